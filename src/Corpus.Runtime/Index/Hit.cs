using System;

namespace Corpus;

/// <summary>One match of a text query: where in which article and paragraph. A view; creating it allocates nothing.</summary>
public readonly struct Hit
{
    private readonly int _paragraph;

    internal Hit(Article article, int paragraph, int start, int length, bool inQuotation)
    {
        Article = article;
        _paragraph = paragraph;
        Start = start;
        Length = length;
        InQuotation = inQuotation;
    }

    /// <summary>The article that holds the match.</summary>
    public Article Article { get; }

    /// <summary>The paragraph that holds the match.</summary>
    public Paragraph Paragraph => new(Article, _paragraph);

    /// <summary>Where the match starts in <see cref="Corpus.Article.Text"/>, in UTF-16 characters.</summary>
    public int Start { get; }

    /// <summary>The match's length in UTF-16 characters, as written (accents and case as in the article).</summary>
    public int Length { get; }

    /// <summary>True when the (first word of the) match is inside a quotation.</summary>
    public bool InQuotation { get; }

    /// <summary>The matched text as written (decodes and caches <see cref="Corpus.Article.Text"/> on first use).</summary>
    public ReadOnlySpan<char> Span => Article.Text.AsSpan(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => Article.Id + "@" + Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Span.ToString();
}
