using System;

namespace Corpus;

/// <summary>One quotation and who said it: a view over the article's constant text.</summary>
public readonly struct Quotation
{
    internal Quotation(Article article, int index)
    {
        Article = article;
        Index = index;
    }

    /// <summary>The article that holds this quotation.</summary>
    public Article Article { get; }

    /// <summary>The quotation's position in <see cref="Article.Quotations"/>.</summary>
    public int Index { get; }

    /// <summary>The quoted words in UTF-8, without the quotation marks.</summary>
    public ReadOnlySpan<byte> Utf8 => Article.QuotationUtf8(Index);

    /// <summary>The quoted words, without the quotation marks.</summary>
    public string Text => Article.QuotationText(Index);

    /// <summary>Where the quoted words start in <see cref="Article.Text"/>, in UTF-16 characters.</summary>
    public int Start => Article.Table.QuotationStart(Index);

    /// <summary>The length of the quoted words in UTF-16 characters.</summary>
    public int Length => Article.Table.QuotationLength(Index);

    /// <summary>Where the quoted words start in <see cref="Article.Utf8"/>, in bytes.</summary>
    public int Utf8Start => Article.Table.QuotationUtf8Start(Index);

    /// <summary>True when the words stand inside quotation marks; false for direct speech whose marks the source dropped.</summary>
    public bool Marked => Article.Table.QuotationMarked(Index);

    /// <summary>The paragraph that holds the quotation.</summary>
    public Paragraph Paragraph => new(Article, Article.Table.QuotationParagraph(Index));

    /// <summary>The speaker: the fullest name the article gives (<c>Maria Lopez</c>), or null when the article does not say.</summary>
    public string? Speaker => Article.StringText(Article.Table.QuotationSpeaker(Index));

    /// <summary>The canonical speaker in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> SpeakerUtf8 => Article.StringUtf8(Article.Table.QuotationSpeaker(Index));

    /// <summary>The speaker as the attribution writes it (<c>he</c>, <c>Lopez</c>), or null.</summary>
    public string? SpeakerAsWritten => Article.StringText(Article.Table.QuotationSpeakerAsWritten(Index));

    /// <summary>The speaker as written, in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> SpeakerAsWrittenUtf8 => Article.StringUtf8(Article.Table.QuotationSpeakerAsWritten(Index));

    /// <summary>The attribution verb or phrase as written (<c>said</c>, <c>according to</c>), or null.</summary>
    public string? Cue => Article.StringText(Article.Table.QuotationCue(Index));

    /// <summary>The cue in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> CueUtf8 => Article.StringUtf8(Article.Table.QuotationCue(Index));

    /// <summary>True when this quotation continues an earlier one (a quotation interrupted by its attribution, or running over paragraphs).</summary>
    public bool IsContinuation => Article.Table.QuotationContinues(Index) >= 0;

    /// <summary>The quotation this one continues; check <see cref="IsContinuation"/> first.</summary>
    public Quotation Continues => new(Article, Article.Table.QuotationContinues(Index));

    /// <inheritdoc/>
    public override string ToString() => Speaker is null ? Text : Speaker + ": " + Text;
}
