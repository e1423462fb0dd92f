using Corpus.Generator.Model;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Tests;

using ParagraphKind = Corpus.Generator.Model.ParagraphKind;

/// <summary>What the parse-stage tests read back from an article: a range's text, or a paragraph's kind in context.</summary>
internal static class ParsedText
{
    /// <summary>The text of a range of the article, or null when the parser found none.</summary>
    public static string? Of(ArticleModel article, TextRange range) => range.IsNone ? null : range.Of(article.Text);

    /// <summary>The kind of a paragraph set between two story paragraphs, so "first" and "last" rules do not apply.</summary>
    public static ParagraphKind KindOfMiddle(string paragraph)
    {
        var text = "The story begins here, as stories do.\n\n" + paragraph + "\n\nThe story ends here, as stories do.";
        return ArticleParser.Parse("a", "a.txt", text).Paragraphs[1].Kind;
    }
}
