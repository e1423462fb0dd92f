using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus;

/// <summary>The articles of a corpus in a stable order (by member name). <c>foreach</c> over it allocates nothing.</summary>
public readonly struct ArticleList : IReadOnlyList<Article>
{
    private readonly Article[] _articles;

    /// <summary>Called by generated code.</summary>
    public ArticleList(Article[] articles) => _articles = articles ?? throw new ArgumentNullException(nameof(articles));

    /// <inheritdoc/>
    public int Count => _articles.Length;

    /// <inheritdoc/>
    public Article this[int index] => _articles[index];

    /// <summary>The articles as a span.</summary>
    public ReadOnlySpan<Article> AsSpan() => _articles;

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public ReadOnlySpan<Article>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<Article> IEnumerable<Article>.GetEnumerator() => ((IEnumerable<Article>)_articles).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _articles.GetEnumerator();
}
