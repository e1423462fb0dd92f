using System;
using System.Text;
using Xunit;

namespace Corpus.Sample.Tests;

/// <summary>What a text-processing user checks of every quotation: one test case per quotation, named by its speaker and words.</summary>
public class QuotationTests
{
    [Theory, MemberData(nameof(Seeds.QuotationData), MemberType = typeof(Seeds))]
    public void Every_quotation_text_occurs_in_its_article_at_its_offsets(Seeds.QuotationRow row)
    {
        var quotation = row.Quotation;
        var article = quotation.Article;

        Assert.Equal(quotation.Text, article.Text.Substring(quotation.Start, quotation.Length));
        Assert.True(article.Utf8.Slice(quotation.Utf8Start, quotation.Utf8.Length).SequenceEqual(quotation.Utf8));
        Assert.Equal(quotation.Text, Encoding.UTF8.GetString(quotation.Utf8));
    }

    [Theory, MemberData(nameof(Seeds.QuotationData), MemberType = typeof(Seeds))]
    public void Every_quotation_lies_inside_its_paragraph(Seeds.QuotationRow row)
    {
        var quotation = row.Quotation;
        var paragraph = quotation.Paragraph;

        Assert.InRange(quotation.Start, paragraph.Start, paragraph.Start + paragraph.Length);
        Assert.InRange(quotation.Start + quotation.Length, paragraph.Start, paragraph.Start + paragraph.Length);
    }

    [Theory, MemberData(nameof(Seeds.QuotationData), MemberType = typeof(Seeds))]
    public void A_quotation_says_something_and_a_speaker_when_given_is_a_name(Seeds.QuotationRow row)
    {
        var quotation = row.Quotation;

        Assert.False(string.IsNullOrWhiteSpace(quotation.Text));
        if (quotation.Speaker is { } speaker)
        {
            Assert.False(string.IsNullOrWhiteSpace(speaker));
            Assert.True(char.IsUpper(speaker[0]), $"speaker '{speaker}' does not start with a capital");
        }
    }

    [Theory, MemberData(nameof(Seeds.QuotationData), MemberType = typeof(Seeds))]
    public void A_continued_quotation_continues_an_earlier_one_of_the_same_article(Seeds.QuotationRow row)
    {
        var quotation = row.Quotation;
        if (!quotation.IsContinuation)
        {
            return;
        }

        Assert.Same(quotation.Article, quotation.Continues.Article);
        Assert.True(quotation.Continues.Index < quotation.Index);
    }
}
