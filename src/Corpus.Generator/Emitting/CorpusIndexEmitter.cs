using System.Globalization;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes the corpus class's index file: the article count, every article in a stable order, and lookup by id
/// as a compiled <c>switch</c> (no dictionary is built at run time).
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
        writer.Line("public static global::Corpus.Article? Find(global::System.ReadOnlySpan<char> id) => id switch");
        writer.Line("{");
        writer.Indent();
        foreach (var member in source.Members)
        {
            if (member.InLookup)
            {
                writer.Line($"{CSharpLiterals.Quoted(member.Id)} => {member.MemberName},");
            }
        }

        writer.Line("_ => null,");
        writer.Outdent();
        writer.Line("};");
        writer.Line();
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
}
