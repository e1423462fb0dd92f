using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>
/// A person or organisation the corpus names (found at build time), with the paragraphs that mention them and
/// their quotations. Enumerating mentions allocates nothing.
/// </summary>
public sealed class NamedEntity
{
    private readonly Article[] _articles;
    private readonly int[] _paragraphs;
    private Article[]? _distinct;

    /// <summary>Created from the corpus resource (StoryTables): mention i is paragraph <c>paragraphs[i]</c> of <c>articles[i]</c>.</summary>
    internal NamedEntity(string name, Article[] articles, int[] paragraphs)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _articles = articles ?? throw new ArgumentNullException(nameof(articles));
        _paragraphs = paragraphs ?? throw new ArgumentNullException(nameof(paragraphs));
        if (articles.Length != paragraphs.Length)
        {
            throw new ArgumentException("One paragraph per article.", nameof(paragraphs));
        }
    }

    /// <summary>The fullest name the corpus gives ("Maria Lopez", "Transport Ministry").</summary>
    public string Name { get; }

    /// <summary>The number of paragraphs that mention the name.</summary>
    public int MentionCount => _articles.Length;

    /// <summary>A paragraph that mentions the name.</summary>
    public Paragraph Mention(int index) => _articles[index].Paragraphs[_paragraphs[index]];

    /// <summary>The articles that mention the name, in id order.</summary>
    public ArticleList Articles => new(_distinct ??= Distinct(_articles));

    /// <summary>The quotations attributed to this name in the articles that mention it.</summary>
    public SpeakerQuotations Quotations => Articles.QuotationsBy(Name);

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static Article[] Distinct(Article[] articles)
    {
        var list = new List<Article>();
        foreach (var article in articles)
        {
            if (!list.Contains(article))
            {
                list.Add(article);
            }
        }

        return list.ToArray();
    }
}
