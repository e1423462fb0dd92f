using System.Globalization;
using Corpus.Generator.Formatting;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes the corpus class: the article count, a typed member per article (its doc shows the article's file, date,
/// headline and counts; none past <c>CorpusTypedMemberLimit</c> articles), and the queries, all reading the corpus resource the build task embedded through one
/// <c>Corpus.CorpusStore</c>. No text, table or index is compiled: the file is one short line per article.
/// </summary>
internal static class CorpusIndexEmitter
{
    public static string Emit(CorpusIndexSource source)
    {
        var count = source.Members.Count.ToString(CultureInfo.InvariantCulture);
        var articles = CountText.Of(source.Members.Count, "article");
        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, "the seed files of corpus " + source.CorpusName);
        GeneratedFile.OpenNamespace(writer, source.Namespace);
        writer.Line(source.TypedMembers
            ? $"/// <summary>The <c>{source.CorpusName}</c> corpus: {articles} compiled from seed files.</summary>"
            : $"/// <summary>The <c>{source.CorpusName}</c> corpus: {articles} compiled from seed files, more than <c>CorpusTypedMemberLimit</c>: reach them with <see cref=\"Find\"/> and <see cref=\"Articles\"/>.</summary>");
        // Once, on this declaration of the partial class (the attribute allows one): coverage tools and analyzers skip it.
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open("public static partial class " + source.CorpusName);
        writer.Line("/// <summary>The number of articles.</summary>");
        writer.Line($"public const int Count = {count};");
        writer.Line();
        writer.Line("/// <summary>Every article, ordered by member name.</summary>");
        writer.Line("public static global::Corpus.ArticleList Articles => __Store.Instance.Articles;");
        writer.Line();
        writer.Line("/// <summary>The article whose id (seed file name without extension) is <paramref name=\"id\"/>, or null.</summary>");
        writer.Line("/// <param name=\"id\">The article id, e.g. the seed file name without its extension.</param>");
        writer.Line("/// <returns>The article, or null when no seed has that id.</returns>");
        writer.Line("public static global::Corpus.Article? Find(global::System.ReadOnlySpan<char> id) => __Store.Instance.Find(id);");
        writer.Line();
        writer.Line("/// <summary>Groups of articles that tell the same story (content words shared), with their similarity.</summary>");
        writer.Line("public static global::System.ReadOnlySpan<global::Corpus.StoryGroup> Stories => __Store.Instance.Stories;");
        writer.Line();
        writer.Line("/// <summary>Quotations that several articles report, even worded differently, with their similarity.</summary>");
        writer.Line("public static global::System.ReadOnlySpan<global::Corpus.QuotationCluster> QuotationClusters => __Store.Instance.QuotationClusters;");
        writer.Line();
        writer.Line("/// <summary>The people and organisations the corpus names, most widely mentioned first, with the paragraphs that mention them.</summary>");
        writer.Line("public static global::System.ReadOnlySpan<global::Corpus.NamedEntity> Names => __Store.Instance.Names;");
        writer.Line();
        if (source.TextIndex)
        {
            writer.Line("/// <summary>");
            writer.Line("/// The compiled text index of the corpus: term, prefix and phrase queries, case- and accent-insensitive; nothing is");
            writer.Line("/// built at start-up (turn it off with <c>&lt;CorpusTextIndex&gt;false&lt;/CorpusTextIndex&gt;</c>). See docs/queries.md.");
            writer.Line("/// </summary>");
            writer.Line("public static global::Corpus.TextIndex Index => __Store.Instance.Index;");
            writer.Line();
        }

        if (source.TypedMembers)
        {
            for (var i = 0; i < source.Members.Count; i++)
            {
                var member = source.Members[i];
                writer.Line($"/// <summary>{source.Summaries[i]} Id <c>{GeneratedFile.XmlText(member.Id)}</c>.</summary>");
                writer.Line($"public static global::Corpus.Article {member.MemberName} => __Store.Instance[{i.ToString(CultureInfo.InvariantCulture)}];");
                writer.Line();
            }
        }

        // A holder class, so that the resource is looked up on first use only. The fingerprint says which seeds the
        // resource must hold: a resource from another build is refused with a message to rebuild, never read.
        writer.Open("private static class __Store");
        var name = CSharpLiterals.Quoted(CorpusFormat.ResourceName(source.Namespace, source.CorpusName));
        var fingerprint = "0x" + source.Fingerprint.ToString("X16", CultureInfo.InvariantCulture) + "UL";
        writer.Line($"internal static readonly global::Corpus.CorpusStore Instance = new global::Corpus.CorpusStore(typeof({source.CorpusName}), {name}, {fingerprint}, Count);");
        writer.Close();
        writer.Close();
        GeneratedFile.CloseNamespace(writer, source.Namespace);
        return writer.ToString();
    }
}
