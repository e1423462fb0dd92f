using System;
using System.Linq;
using Xunit;

namespace Corpus.Sample.Tests;

/// <summary>What a text-processing user checks of every article of a corpus: one test case per article.</summary>
public class ArticleTests
{
    [Theory, MemberData(nameof(Seeds.ArticleData), MemberType = typeof(Seeds))]
    public void Every_article_has_a_date_or_a_headline(Seeds.ArticleRow row)
    {
        var article = row.Article;

        Assert.True(article.Date is not null || !string.IsNullOrWhiteSpace(article.Headline), $"{article.Id} has neither a date nor a headline");
    }

    [Theory, MemberData(nameof(Seeds.ArticleData), MemberType = typeof(Seeds))]
    public void Paragraphs_lie_in_order_without_overlap_and_only_white_space_or_the_date_header_between_them(Seeds.ArticleRow row)
    {
        var article = row.Article;
        var text = article.Text;
        Assert.True(article.Paragraphs.Count > 0, $"{article.Id} has no paragraphs");

        var end = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            Assert.True(paragraph.Start >= end, $"paragraph {paragraph.Index} starts at {paragraph.Start}, inside the one before (ends at {end})");
            var gap = text[end..paragraph.Start];
            Assert.True(string.IsNullOrWhiteSpace(gap) || (end == 0 && gap.TrimStart().StartsWith("date ", StringComparison.Ordinal)), $"text between paragraphs: '{gap}'");
            Assert.Equal(paragraph.Text, text.Substring(paragraph.Start, paragraph.Length));
            Assert.False(string.IsNullOrWhiteSpace(paragraph.Text));
            end = paragraph.Start + paragraph.Length;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[end..]), $"text after the last paragraph: '{text[end..]}'");
    }

    [Theory, MemberData(nameof(Seeds.ArticleData), MemberType = typeof(Seeds))]
    public void Metadata_comes_from_the_text(Seeds.ArticleRow row)
    {
        var article = row.Article;

        Assert.Same(article, Seeds.Find(article.Id));
        Assert.Equal(article.Id + ".txt", article.FileName);
        if (article.Headline is { } headline)
        {
            Assert.Contains(headline, article.Text, StringComparison.Ordinal);
        }

        if (article.Dateline is { } place)
        {
            Assert.Contains(place, article.Paragraphs.First(p => p.Kind == ParagraphKind.Body).Text, StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(Seeds.ArticleData), MemberType = typeof(Seeds))]
    public void The_utf8_and_string_views_agree(Seeds.ArticleRow row)
    {
        var article = row.Article;

        Assert.Equal(article.Text, System.Text.Encoding.UTF8.GetString(article.Utf8));
        Assert.Equal(article.Text.Length, article.Length);
    }
}
