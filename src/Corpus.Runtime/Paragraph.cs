using System;

namespace Corpus;

/// <summary>One paragraph of an article: a view over the article's constant text.</summary>
public readonly struct Paragraph
{
    internal Paragraph(Article article, int index)
    {
        Article = article;
        Index = index;
    }

    /// <summary>The article that holds this paragraph.</summary>
    public Article Article { get; }

    /// <summary>The paragraph's position in <see cref="Article.Paragraphs"/>.</summary>
    public int Index { get; }

    /// <summary>What the paragraph is: story, headline, caption or web boilerplate.</summary>
    public ParagraphKind Kind => Article.Table.ParagraphKind(Index);

    /// <summary>The paragraph's text in UTF-8.</summary>
    public ReadOnlySpan<byte> Utf8 => Article.ParagraphUtf8(Index);

    /// <summary>The paragraph's text (decoded on first use, then cached).</summary>
    public string Text => Article.ParagraphText(Index);

    /// <summary>Where the paragraph starts in <see cref="Article.Text"/>, in UTF-16 characters.</summary>
    public int Start => Article.Table.ParagraphStart(Index);

    /// <summary>The paragraph's length in UTF-16 characters.</summary>
    public int Length => Article.Table.ParagraphLength(Index);

    /// <summary>Where the paragraph starts in <see cref="Article.Utf8"/>, in bytes.</summary>
    public int Utf8Start => Article.Table.ParagraphUtf8Start(Index);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
