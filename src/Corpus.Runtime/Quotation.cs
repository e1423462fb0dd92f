using System;

namespace Corpus;

/// <summary>One quotation and who said it: a view over the article's constant text.</summary>
public readonly struct Quotation
{
    private const int TextField = 0;
    private const int ParagraphField = 1;
    private const int FlagsField = 2;
    private const int CueField = 3;
    private const int SpeakerAsWrittenField = 4;
    private const int SpeakerField = 5;
    private const int ContinuesField = 6;
    private const int MarkedFlag = 1;

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
    public ReadOnlySpan<byte> Utf8 => Article.SliceUtf8(Field(TextField));

    /// <summary>The quoted words, without the quotation marks.</summary>
    public string Text => Article.SliceText(Field(TextField))!;

    /// <summary>Where the quoted words start in <see cref="Article.Text"/>, in UTF-16 characters.</summary>
    public int Start => Article.Table.SliceStart(Field(TextField));

    /// <summary>The length of the quoted words in UTF-16 characters.</summary>
    public int Length => Article.Table.SliceLength(Field(TextField));

    /// <summary>Where the quoted words start in <see cref="Article.Utf8"/>, in bytes.</summary>
    public int Utf8Start => Article.Table.SliceUtf8Start(Field(TextField));

    /// <summary>True when the words stand inside quotation marks; false for direct speech whose marks the source dropped.</summary>
    public bool Marked => (Field(FlagsField) & MarkedFlag) != 0;

    /// <summary>The paragraph that holds the quotation.</summary>
    public Paragraph Paragraph => new(Article, Field(ParagraphField));

    /// <summary>The speaker: the fullest name the article gives (<c>Maria Lopez</c>), or null when the article does not say.</summary>
    public string? Speaker => Article.SliceText(Field(SpeakerField));

    /// <summary>The canonical speaker in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> SpeakerUtf8 => Article.SliceUtf8(Field(SpeakerField));

    /// <summary>The speaker as the attribution writes it (<c>he</c>, <c>Lopez</c>), or null.</summary>
    public string? SpeakerAsWritten => Article.SliceText(Field(SpeakerAsWrittenField));

    /// <summary>The speaker as written, in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> SpeakerAsWrittenUtf8 => Article.SliceUtf8(Field(SpeakerAsWrittenField));

    /// <summary>The attribution verb or phrase as written (<c>said</c>, <c>according to</c>), or null.</summary>
    public string? Cue => Article.SliceText(Field(CueField));

    /// <summary>The cue in UTF-8 (empty when none).</summary>
    public ReadOnlySpan<byte> CueUtf8 => Article.SliceUtf8(Field(CueField));

    /// <summary>True when this quotation continues an earlier one (a quotation interrupted by its attribution, or running over paragraphs).</summary>
    public bool IsContinuation => Field(ContinuesField) >= 0;

    /// <summary>The quotation this one continues; check <see cref="IsContinuation"/> first.</summary>
    public Quotation Continues => new(Article, Field(ContinuesField));

    private int Field(int field) => Article.Table.QuotationField(Index, field);

    /// <inheritdoc/>
    public override string ToString() => Speaker is null ? Text : Speaker + ": " + Text;
}
