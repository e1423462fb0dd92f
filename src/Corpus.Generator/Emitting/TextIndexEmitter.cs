using System;
using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes a corpus's text index file: a <c>public static Corpus.TextIndex Index</c> property on the corpus class and a
/// nested class whose three tables are UTF-8 literals (RVA data: nothing is built at start-up, nothing allocated).
/// </summary>
public static class TextIndexEmitter
{
    // The same bounds as the article literals: short enough pieces to read, few enough '+' for the compiler.
    private const int MinPieceLength = 4096;
    private const int MaxPieces = 256;

    public static string Emit(TextIndexSource source)
    {
        var writer = new SourceWriter(source.Terms.Length + source.TermTable.Length + source.Postings.Length + 4096);
        GeneratedFile.WriteHeader(writer, "the seed files of corpus " + source.CorpusName + " (text index; turn off with <CorpusTextIndex>false</CorpusTextIndex>)");
        GeneratedFile.OpenNamespace(writer, source.Namespace);
        writer.Open("static partial class " + source.CorpusName);
        writer.Line("/// <summary>");
        writer.Line($"/// The compiled text index of the corpus: {Number(source.TermCount)} terms, {Number(source.TokenCount)} words. Term, prefix and phrase");
        writer.Line("/// queries, case- and accent-insensitive; nothing is built at start-up. See docs/queries.md.");
        writer.Line("/// </summary>");
        writer.Line("public static global::Corpus.TextIndex Index => __TextIndex.Instance;");
        writer.Line();
        writer.Open("private sealed class __TextIndex : global::Corpus.TextIndex");
        writer.Line("internal static readonly __TextIndex Instance = new __TextIndex();");
        writer.Line();
        writer.Line("private __TextIndex() : base(__AllArticles.Items)");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Line("protected override global::System.ReadOnlySpan<byte> Terms =>");
        WriteLiteral(writer, source.Terms);
        writer.Line();
        writer.Line("protected override global::System.ReadOnlySpan<byte> TermTable =>");
        WriteLiteral(writer, source.TermTable);
        writer.Line();
        writer.Line("protected override global::System.ReadOnlySpan<byte> Postings =>");
        WriteLiteral(writer, source.Postings);
        writer.Close();
        writer.Close();
        GeneratedFile.CloseNamespace(writer, source.Namespace);
        return writer.ToString();
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static void WriteLiteral(SourceWriter writer, string text)
    {
        writer.Indent();
        var pieceLength = Math.Max(MinPieceLength, (text.Length / MaxPieces) + 1);
        if (text.Length == 0)
        {
            writer.Line("\"\"u8;");
        }

        var builder = new StringBuilder();
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + pieceLength);
            if (end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end--; // never split a surrogate pair
            }

            builder.Clear();
            builder.Append('"');
            CSharpLiterals.AppendEscaped(builder, text, start, end);
            builder.Append("\"u8");
            builder.Append(end == text.Length ? ";" : " +");
            writer.Line(builder.ToString());
            start = end;
        }

        writer.Outdent();
    }
}
