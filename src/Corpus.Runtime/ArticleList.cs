using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus;

/// <summary>The articles of a corpus in a stable order (by member name). <c>foreach</c> over it allocates nothing.</summary>
public readonly struct ArticleList : IReadOnlyList<Article>
{
    private readonly Article[] _articles;

    /// <summary>Created by the runtime over a corpus's articles (CorpusStore, StoryGroup).</summary>
    internal ArticleList(Article[] articles) => _articles = articles ?? throw new ArgumentNullException(nameof(articles));

    /// <inheritdoc/>
    public int Count => _articles.Length;

    /// <inheritdoc/>
    public Article this[int index] => _articles[index];

    /// <summary>The articles as a span.</summary>
    public ReadOnlySpan<Article> AsSpan() => _articles;

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public ReadOnlySpan<Article>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>
    /// The quotations of a speaker across these articles: by canonical name ("Maria Lopez"), the words it ends
    /// with ("Lopez"), or the name as an attribution wrote it. Case is ignored; enumerating allocates nothing.
    /// </summary>
    /// <param name="speaker">The speaker's name.</param>
    public SpeakerQuotations QuotationsBy(string speaker) => new(_articles, speaker, indexed: true);

    /// <summary>
    /// Every speaker quoted in these articles with their quotation count, most quoted first. Computed on first call
    /// and cached; later calls allocate nothing.
    /// </summary>
    public ReadOnlySpan<SpeakerCount> Speakers() => SpeakerTable.For(_articles);

    IEnumerator<Article> IEnumerable<Article>.GetEnumerator() => ((IEnumerable<Article>)_articles).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _articles.GetEnumerator();

    /// <summary>The count and the first ids, for a debugger or a test message: <c>5 articles: a, b, c, …</c>.</summary>
    public override string ToString() => Describe.Articles(_articles ?? Array.Empty<Article>());
}
