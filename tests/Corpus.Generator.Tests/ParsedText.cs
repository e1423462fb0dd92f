using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;

using Corpus.Train;

namespace Corpus.Generator.Tests;

using ParagraphKind = Corpus.Generator.Model.ParagraphKind;

/// <summary>What the parse-stage tests read back from an article: a range's text, or a paragraph's kind in context.</summary>
internal static class ParsedText
{
    /// <summary>A quotation as the speaker tests read it: its words and its speaker.</summary>
    public sealed record Quoted(string Text, string? Speaker);

    /// <summary>The quotations the parse stage finds in a text, read in the language given (or the one detected).</summary>
    public static List<Quoted> Quotations(string text, string? language = null)
    {
        var article = ArticleParser.Parse("t", "t.txt", text, Corpus.Generator.Parsing.Quotations.QuotationModels.Learned, language);
        return article.Quotations.Select(q => new Quoted(q.Text.Of(article.Text), q.Speaker)).ToList();
    }

    /// <summary>The text of a range of the article, or null when the parser found none.</summary>
    public static string? Of(ArticleModel article, TextRange range) => range.IsNone ? null : range.Of(article.Text);

    /// <summary>The kind of a paragraph set between two story paragraphs, so "first" and "last" rules do not apply.</summary>
    public static ParagraphKind KindOfMiddle(string paragraph)
    {
        var text = "The story begins here, as stories do.\n\n" + paragraph + "\n\nThe story ends here, as stories do.";
        return ArticleParser.Parse("a", "a.txt", text).Paragraphs[1].Kind;
    }

    /// <summary>A seed as the scorer reads the sample's <c>--json</c>: what the parse stage found, in the scorer's terms.</summary>
    public static SeedScore.Article Scored(string id, string seedText)
    {
        var article = ArticleParser.Parse(id, id + ".txt", seedText);
        var text = article.Text;
        return new SeedScore.Article(
            id,
            article.Date?.ToString(),
            Of(article, article.Headline),
            Of(article, article.Dateline),
            Of(article, article.Agency),
            article.Paragraphs.Select(p => new SeedScore.Paragraph(KindName(p.Kind), p.Range.Of(text))).ToList(),
            article.Quotations.Select(q => new SeedScore.Quotation(q.Text.Of(text), q.Speaker, Array.Empty<string>(), q.Marked)).ToList());
    }

    /// <summary>The kind as the JSON schema names it.</summary>
    public static string KindName(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Headline => "headline",
        ParagraphKind.Caption => "caption",
        ParagraphKind.Boilerplate => "boilerplate",
        _ => "body",
    };
}
