using System.Collections.Generic;
using Corpus.Generator.Formatting;
using Corpus.Generator.Model;

namespace Corpus.Generator.Storage;

/// <summary>The one-line XML doc of an article's member: file, date, dateline, headline and counts, as IntelliSense shows it.</summary>
internal static class ArticleSummary
{
    public static string Of(ArticleModel article)
    {
        var parts = new List<string> { "Seed file <c>" + CommentText.Xml(article.FileName) + "</c>" };
        if (article.Date is { } date)
        {
            parts.Add(date.ToString());
        }

        if (!article.Dateline.IsNone)
        {
            parts.Add(CommentText.Xml(article.Dateline.Of(article.Text)));
        }

        if (!article.Headline.IsNone)
        {
            parts.Add("\"" + CommentText.Xml(article.Headline.Of(article.Text)) + "\"");
        }

        parts.Add(CountText.Of(article.Paragraphs.Count, "paragraph"));
        parts.Add(CountText.Of(article.Quotations.Count, "quotation"));
        return string.Join(", ", parts) + ".";
    }
}
