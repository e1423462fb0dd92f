using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes a corpus's text index file: a <c>public static Corpus.TextIndex Index</c> property on the corpus class and a
/// nested class whose three tables are UTF-8 literals (RVA data: nothing is built at start-up). The postings, as large
/// as the text, are split into pieces that the first query joins once (Corpus.JoinedBytes); queries allocate nothing.
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
        // The postings are as large as the text: as one literal they cost the compiler far more than their size
        // (Corpus.JoinedBytes says how much), so they are pieces of at most ChunkLength bytes, joined on first use.
        var chunks = Chunks(source.Postings);
        var length = System.Text.Encoding.UTF8.GetByteCount(source.Postings).ToString(CultureInfo.InvariantCulture);
        writer.Line($"private static readonly global::Corpus.JoinedBytes __Postings = new global::Corpus.JoinedBytes({length}, {chunks.Count.ToString(CultureInfo.InvariantCulture)}, __PostingsChunk);");
        writer.Line();
        writer.Line("protected override global::System.ReadOnlySpan<byte> Postings => __Postings.Span;");
        writer.Line();
        writer.Line("private static global::System.ReadOnlySpan<byte> __PostingsChunk(int chunk) => chunk switch");
        writer.Line("{");
        writer.Indent();
        var builder = new StringBuilder();
        for (var i = 0; i < chunks.Count; i++)
        {
            builder.Clear();
            builder.Append(i.ToString(CultureInfo.InvariantCulture)).Append(" => \"");
            CSharpLiterals.AppendEscaped(builder, source.Postings, chunks[i].Start, chunks[i].End);
            builder.Append("\"u8,");
            writer.Line(builder.ToString());
        }

        writer.Line("_ => default,");
        writer.Outdent();
        writer.Line("};");
        writer.Close();
        writer.Close();
        GeneratedFile.CloseNamespace(writer, source.Namespace);
        return writer.ToString();
    }

    /// <summary>Piece length of the postings, in characters (the postings are printable ASCII).</summary>
    public const int ChunkLength = 1 << 18;

    private static List<(int Start, int End)> Chunks(string text)
    {
        var chunks = new List<(int Start, int End)>();
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + ChunkLength);
            if (end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end--; // never split a surrogate pair
            }

            chunks.Add((start, end));
            start = end;
        }

        return chunks;
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
