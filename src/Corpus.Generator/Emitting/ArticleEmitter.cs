using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes one article's source file: a static property on the corpus class, and a nested class deriving from
/// <c>Corpus.Article</c> whose text is a UTF-8 literal and whose offsets are a constant byte table (both RVA data:
/// they never touch the 16 MB string heap, and reading them allocates nothing).
/// </summary>
public static class ArticleEmitter
{
    // Keeps each literal piece readable, and the number of pieces joined by '+' small enough for the compiler.
    private const int MaxPieceLength = 4096;
    private const int MaxPieces = 256;
    private const int TableCharactersPerLine = 120;

    public static string Emit(ArticleSource source)
    {
        var article = source.Article;
        var tableBuilder = new ArticleTableBuilder(article.Text);
        var table = tableBuilder.Build(article);
        var className = "__Article_" + source.MemberName;

        var writer = new SourceWriter(article.Text.Length + table.Length + 2048);
        GeneratedFile.WriteHeader(writer, "seed file " + article.FileName);
        GeneratedFile.OpenNamespace(writer, source.Namespace);
        writer.Open("static partial class " + source.CorpusName);
        writer.Line("/// <summary>" + Summary(article) + "</summary>");
        writer.Line($"public static global::Corpus.Article {source.MemberName} => {className}.Instance;");
        writer.Line();
        writer.Open($"private sealed class {className} : global::Corpus.Article");
        writer.Line($"internal static readonly {className} Instance = new {className}();");
        writer.Line();
        writer.Line($"private {className}() : base({CSharpLiterals.Quoted(article.Id)}, {CSharpLiterals.Quoted(article.FileName)})");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Line("protected override global::System.ReadOnlySpan<byte> Data =>");
        var data = article.Text + tableBuilder.Extras;
        WriteUtf8Literal(writer, data, LinePieces(data));
        writer.Line();
        writer.Line("// Offsets and kinds of paragraphs and quotations, encoded as fixed-width base-64 (see docs/design.md).");
        writer.Line("protected override global::System.ReadOnlySpan<byte> TableBytes =>");
        WriteUtf8Literal(writer, table, FixedPieces(table.Length, TableCharactersPerLine));
        writer.Close();
        writer.Close();
        GeneratedFile.CloseNamespace(writer, source.Namespace);
        return writer.ToString();
    }

    private static string Summary(ArticleModel article)
    {
        var parts = new List<string> { "Seed file <c>" + GeneratedFile.XmlText(article.FileName) + "</c>" };
        if (article.Date is { } date)
        {
            parts.Add(date.ToString());
        }

        if (!article.Dateline.IsNone)
        {
            parts.Add(GeneratedFile.XmlText(article.Dateline.Of(article.Text)));
        }

        if (!article.Headline.IsNone)
        {
            parts.Add("\"" + GeneratedFile.XmlText(article.Headline.Of(article.Text)) + "\"");
        }

        parts.Add(article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture) + " paragraphs");
        parts.Add(article.Quotations.Count.ToString(CultureInfo.InvariantCulture) + " quotations");
        return string.Join(", ", parts) + ".";
    }

    /// <summary>Writes <c>"line"u8 + "line"u8 + ...;</c>, one piece per line of the seed where lines are short.</summary>
    private static void WriteUtf8Literal(SourceWriter writer, string text, List<TextRange> pieces)
    {
        writer.Indent();
        if (pieces.Count == 0)
        {
            writer.Line("\"\"u8;");
        }

        var builder = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            builder.Clear();
            builder.Append('"');
            CSharpLiterals.AppendEscaped(builder, text, pieces[i].Start, pieces[i].End);
            builder.Append("\"u8");
            builder.Append(i == pieces.Count - 1 ? ";" : " +");
            writer.Line(builder.ToString());
        }

        writer.Outdent();
    }

    private static List<TextRange> LinePieces(string text)
    {
        var pieces = new List<TextRange>();
        var start = 0;
        while (start < text.Length)
        {
            var lineEnd = text.IndexOf('\n', start);
            var end = lineEnd < 0 ? text.Length : lineEnd + 1;
            end = Math.Min(end, start + MaxPieceLength);
            if (end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end--; // never split a surrogate pair
            }

            pieces.Add(new TextRange(start, end - start));
            start = end;
        }

        return pieces.Count <= MaxPieces ? pieces : Merge(pieces, text.Length);
    }

    private static List<TextRange> FixedPieces(int length, int pieceLength)
    {
        var pieces = new List<TextRange>();
        for (var start = 0; start < length; start += pieceLength)
        {
            pieces.Add(new TextRange(start, Math.Min(pieceLength, length - start)));
        }

        return pieces.Count <= MaxPieces ? pieces : Merge(pieces, length);
    }

    private static List<TextRange> Merge(List<TextRange> pieces, int total)
    {
        var target = (total / MaxPieces) + 1;
        var merged = new List<TextRange>();
        var current = pieces[0];
        for (var i = 1; i < pieces.Count; i++)
        {
            if (current.Length >= target)
            {
                merged.Add(current);
                current = pieces[i];
            }
            else
            {
                current = new TextRange(current.Start, pieces[i].End - current.Start);
            }
        }

        merged.Add(current);
        return merged;
    }
}
