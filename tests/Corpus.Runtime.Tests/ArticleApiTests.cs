using System;
using System.Linq;
using System.Text;
using Xunit;

namespace Corpus.Runtime.Tests;

/// <summary>The generated API over real compiled corpora: order, lookup, text views and offsets agree.</summary>
public class ArticleApiTests
{
    [Fact]
    public void Articles_are_in_a_stable_order_and_counted()
    {
        Assert.Equal(5, Seeds.Count);
        Assert.Equal(Seeds.Count, Seeds.Articles.Count);
        Assert.Equal(Seeds.Articles.Select(a => a.Id).OrderBy(id => id, StringComparer.Ordinal), Seeds.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Members_and_lookup_return_the_same_instance()
    {
        foreach (var article in Seeds.Articles)
        {
            Assert.Same(article, Seeds.Find(article.Id));
        }

        Assert.Same(Seeds._000_7357a1aa9a7ac386, Seeds.Articles[0]);
    }

    [Fact]
    public void Utf8_and_string_views_hold_the_same_text()
    {
        foreach (var article in Seeds.Articles)
        {
            Assert.Equal(article.Text, Encoding.UTF8.GetString(article.Utf8));
            Assert.Equal(article.Length, article.Text.Length);
            foreach (var paragraph in article.Paragraphs)
            {
                Assert.Equal(paragraph.Text, Encoding.UTF8.GetString(paragraph.Utf8));
                Assert.Equal(paragraph.Text, article.Text.Substring(paragraph.Start, paragraph.Length));
                Assert.True(article.Utf8.Slice(paragraph.Utf8Start).StartsWith(paragraph.Utf8));
            }

            foreach (var quotation in article.Quotations)
            {
                Assert.Equal(quotation.Text, article.Text.Substring(quotation.Start, quotation.Length));
                Assert.Equal(quotation.Text, Encoding.UTF8.GetString(quotation.Utf8));
                Assert.InRange(quotation.Start, quotation.Paragraph.Start, quotation.Paragraph.Start + quotation.Paragraph.Length);
            }
        }
    }

    [Fact]
    public void The_seed_text_is_compiled_byte_for_byte()
    {
        var text = Seeds._004_30997ad6c51fc156.Text;
        Assert.StartsWith(" date 2023-06-19 The United States and China agreed", text, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2023, 6, 19), Seeds._004_30997ad6c51fc156.Date);
    }

    [Fact]
    public void A_second_corpus_in_the_same_project_is_its_own_class()
    {
        Assert.Equal(3, Extra.Count);
        var bridge = Extra.bridge;
        Assert.Equal("LONDON", bridge.Dateline);
        Assert.Equal("Reuters", bridge.Agency);
        Assert.Equal(new DateTime(2024, 3, 1), bridge.Date);
        Assert.Null(Seeds.Find("bridge"));
        Assert.Contains("ünïcödé", Extra.unicode.Text, StringComparison.Ordinal);
    }
}
