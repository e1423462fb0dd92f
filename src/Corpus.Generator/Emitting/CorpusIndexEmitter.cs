using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes the corpus class's index file: the article count, every article in a stable order, and lookup by id
/// as a binary search over the sorted ids (a UTF-8 constant), then a position-to-member dispatch in small switches.
/// </summary>
public static class CorpusIndexEmitter
{
    public static string Emit(CorpusIndexSource source)
    {
        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, "the seed files of corpus " + source.CorpusName);
        GeneratedFile.OpenNamespace(writer, source.Namespace);
        writer.Line($"/// <summary>The <c>{source.CorpusName}</c> corpus: {source.Members.Count.ToString(CultureInfo.InvariantCulture)} articles compiled from seed files.</summary>");
        writer.Open("public static partial class " + source.CorpusName);
        writer.Line("/// <summary>The number of articles.</summary>");
        writer.Line($"public const int Count = {source.Members.Count.ToString(CultureInfo.InvariantCulture)};");
        writer.Line();
        writer.Line("/// <summary>Every article, ordered by member name.</summary>");
        writer.Line("public static global::Corpus.ArticleList Articles => new global::Corpus.ArticleList(__AllArticles.Items);");
        writer.Line();
        writer.Line("/// <summary>The article whose id (seed file name without extension) is <paramref name=\"id\"/>, or null.</summary>");
        writer.Line("/// <param name=\"id\">The article id, e.g. the seed file name without its extension.</param>");
        writer.Line("/// <returns>The article, or null when no seed has that id.</returns>");
        writer.Line("public static global::Corpus.Article? Find(global::System.ReadOnlySpan<char> id) => __ArticleAt(__Index.Ids.IndexOf(id));");
        writer.Line();
        WriteLookup(writer, source.Members.Where(m => m.InLookup).OrderBy(m => m.Id, StringComparer.Ordinal).ToList());
        writer.Line();
        // The members, all here: an article's own file declares only its class (GeneratedFile.ArticleNamespace says why),
        // and this file changes only when seeds are added, removed or renamed.
        foreach (var member in source.Members)
        {
            writer.Line($"/// <summary>The article with id <c>{GeneratedFile.XmlText(member.Id)}</c> (its seed file name without the extension).</summary>");
            writer.Line($"public static global::Corpus.Article {member.MemberName} => {GeneratedFile.ArticleClass(source.Namespace, source.CorpusName, member.MemberName)}.Instance;");
            writer.Line();
        }

        writer.Line("// A holder class, so that touching one article does not create them all.");
        writer.Open("private static class __AllArticles");
        writer.Line("internal static readonly global::Corpus.Article[] Items = new global::Corpus.Article[]");
        writer.Line("{");
        writer.Indent();
        foreach (var member in source.Members)
        {
            writer.Line(member.MemberName + ",");
        }

        writer.Outdent();
        writer.Line("};");
        writer.Close();
        writer.Close();
        GeneratedFile.CloseNamespace(writer, source.Namespace);
        return writer.ToString();
    }

    // Roslyn builds switch expressions in superlinear time (8,000 arms: 12 s of CPU, 20,000 arms: 78 s), so positions
    // map to members through switches of at most ChunkSize arms, chosen by a switch of Count / ChunkSize arms.
    private const int ChunkSize = 64;

    private static void WriteLookup(SourceWriter writer, List<MemberAssignment> sorted)
    {
        var ids = new StringBuilder();
        foreach (var member in sorted)
        {
            ids.Append(member.Id).Append('\0');
        }

        writer.Line("// The ids in ordinal order, NUL-terminated: RVA data, decoded once by the first Find.");
        writer.Open("private static class __Index");
        writer.Line($"internal static readonly global::Corpus.ArticleIndex Ids = new global::Corpus.ArticleIndex({CSharpLiterals.Quoted(ids.ToString())}u8);");
        writer.Close();
        writer.Line();
        var chunks = (sorted.Count + ChunkSize - 1) / ChunkSize;
        writer.Line("private static global::Corpus.Article? __ArticleAt(int index) => (index < 0 ? -1 : index / " + ChunkSize.ToString(CultureInfo.InvariantCulture) + ") switch");
        writer.Line("{");
        writer.Indent();
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var n = chunk.ToString(CultureInfo.InvariantCulture);
            writer.Line($"{n} => __ArticleAt{n}(index),");
        }

        writer.Line("_ => null,");
        writer.Outdent();
        writer.Line("};");
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            writer.Line();
            writer.Line($"private static global::Corpus.Article? __ArticleAt{chunk.ToString(CultureInfo.InvariantCulture)}(int index) => index switch");
            writer.Line("{");
            writer.Indent();
            for (var i = chunk * ChunkSize; i < Math.Min(sorted.Count, (chunk + 1) * ChunkSize); i++)
            {
                writer.Line($"{i.ToString(CultureInfo.InvariantCulture)} => {sorted[i].MemberName},");
            }

            writer.Line("_ => null,");
            writer.Outdent();
            writer.Line("};");
        }
    }
}
