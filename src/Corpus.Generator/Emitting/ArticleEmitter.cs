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
    public static string Emit(ArticleSource source)
    {
        var article = source.Article;
        var tableBuilder = new ArticleTableBuilder(article.Text);
        var table = tableBuilder.Build(article);
        var className = GeneratedFile.ArticleClassName(source.MemberName);

        var writer = new SourceWriter(article.Text.Length + table.Length + 2048);
        GeneratedFile.WriteHeader(writer, "seed file " + article.FileName);
        writer.Open("namespace " + GeneratedFile.ArticleNamespace(source.Namespace, source.CorpusName));
        writer.Line("/// <summary>" + Summary(article) + " Reached through <c>" + source.CorpusName + "." + source.MemberName + "</c>.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open($"internal sealed class {className} : global::Corpus.Article");
        writer.Line($"internal static readonly {className} Instance = new {className}();");
        writer.Line();
        // One UTF-8 literal per article holds its text, tables, id and file name, sliced by the members below: each
        // literal is a static field of <PrivateImplementationDetails>, and the runtime refuses to load a type with more
        // than 65,535 fields ("Internal limitation: too many fields"), which four literals per article reached at
        // about 16,000 articles. UTF-8 names also keep the 16 MB user-string heap (CS8103) out of reach. A lone
        // surrogate (possible in a Windows file name) cannot be UTF-8, so such names stay string literals.
        var namesAsStrings = HasLoneSurrogate(source.ArticleId) || HasLoneSurrogate(article.FileName);
        var bytes = new Utf8Pieces();
        var text = source.ResourceName is null ? bytes.Add(article.Text + tableBuilder.Extras) : default;
        var extras = source.ResourceName is null ? default : bytes.Add(tableBuilder.Extras);
        var tables = bytes.Add(table);
        var id = namesAsStrings ? default : bytes.Add(source.ArticleId);
        var fileName = namesAsStrings ? default : bytes.Add(article.FileName);
        var names = namesAsStrings
            ? $"{CSharpLiterals.Quoted(source.ArticleId)}, {CSharpLiterals.Quoted(article.FileName)}"
            : $"{id}, {fileName}";
        writer.Line($"private {className}() : base({names})");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        if (source.ResourceName is null)
        {
            writer.Line($"protected override global::System.ReadOnlySpan<byte> Data => {text};");
        }
        else
        {
            // The text stays in the seed file, embedded by the build as a manifest resource: only the tables are compiled.
            var length = Encoding.UTF8.GetByteCount(article.Text).ToString(CultureInfo.InvariantCulture);
            writer.Line($"private static readonly global::Corpus.ResourceText __Text = new global::Corpus.ResourceText(typeof({className}).Assembly, {CSharpLiterals.Quoted(source.ResourceName)}, {length});");
            writer.Line();
            writer.Line("protected override global::System.ReadOnlySpan<byte> Data => __Text.Span;");
            if (tableBuilder.Extras.Length > 0)
            {
                writer.Line();
                writer.Line($"protected override global::System.ReadOnlySpan<byte> ExtraData => {extras};");
            }
        }

        writer.Line();
        writer.Line("// Offsets and kinds of paragraphs and quotations, encoded as fixed-width base-64 (see docs/design.md).");
        writer.Line($"protected override global::System.ReadOnlySpan<byte> TableBytes => {tables};");
        writer.Line();
        writer.Line("private static global::System.ReadOnlySpan<byte> Bytes =>");
        WriteUtf8Literal(writer, bytes.Text);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// Writes <c>"..."u8;</c> as one literal on one line. Why not one piece per line joined by <c>+</c>: Roslyn folds
    /// a chain of UTF-8 literal concatenations very slowly (2 MB of seeds bound in 19 s with per-line pieces, in 1.1 s
    /// as one literal per article), and the build time of large corpora is dominated by it.
    /// </summary>
    private static void WriteUtf8Literal(SourceWriter writer, string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        builder.Append('"');
        CSharpLiterals.AppendEscaped(builder, text, 0, text.Length);
        builder.Append("\"u8;");
        writer.Indent();
        writer.Line(builder.ToString());
        writer.Outdent();
    }
}
