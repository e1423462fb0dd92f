using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Analysis;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes a corpus's story file: the groups of articles that tell the same story, the quotations several articles
/// report and the names of the corpus, as digit tables over the articles' positions (decoded on first access).
/// </summary>
public static class StoryEmitter
{
    public static string Emit(StorySource source)
    {
        var position = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < source.Articles.Count; i++)
        {
            position[source.Articles[i]] = i;
        }

        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, "the story analysis of corpus " + source.CorpusName);
        GeneratedFile.OpenNamespace(writer, source.Namespace);
        writer.Open("public static partial class " + source.CorpusName);
        writer.Line("/// <summary>Groups of articles that tell the same story (content words shared), with their similarity.</summary>");
        writer.Line("public static global::System.ReadOnlySpan<global::Corpus.StoryGroup> Stories => __Stories.Groups;");
        writer.Line();
        writer.Line("/// <summary>Quotations that several articles report, even worded differently, with their similarity.</summary>");
        writer.Line("public static global::System.ReadOnlySpan<global::Corpus.QuotationCluster> QuotationClusters => __Stories.Clusters;");
        writer.Line();
        writer.Line("/// <summary>The people and organisations the corpus names, most widely mentioned first, with the paragraphs that mention them.</summary>");
        writer.Line("public static global::System.ReadOnlySpan<global::Corpus.NamedEntity> Names => __Stories.Names;");
        writer.Line();
        writer.Line("// A holder class, so that the arrays (and the articles they name) are created on first use only; the tables");
        writer.Line("// refer to articles by their position in Articles (see Corpus.StoryTables for the format).");
        writer.Open("private static class __Stories");
        writer.Line($"internal static readonly global::Corpus.StoryGroup[] Groups = global::Corpus.StoryTables.Groups(Articles, {Table(GroupValues(source, position))}u8);");
        writer.Line();
        writer.Line($"internal static readonly global::Corpus.QuotationCluster[] Clusters = global::Corpus.StoryTables.Clusters(Articles, {Table(ClusterValues(source, position))}u8);");
        writer.Line();
        writer.Line($"internal static readonly global::Corpus.NamedEntity[] Names = global::Corpus.StoryTables.Names(Articles, {Table(NameValues(source, position))}u8,");
        writer.Indent();
        writer.Line(CSharpLiterals.Quoted(string.Concat(source.Names.Select(n => n.Name + "\0"))) + "u8);");
        writer.Outdent();
        writer.Close();
        writer.Close();
        GeneratedFile.CloseNamespace(writer, source.Namespace);
        return writer.ToString();
    }

    private static IEnumerable<int> GroupValues(StorySource source, Dictionary<string, int> position)
    {
        yield return source.Stories.Count;
        foreach (var story in source.Stories)
        {
            yield return Hundredths(story.Similarity);
            yield return story.Members.Count;
            foreach (var member in story.Members)
            {
                yield return position[member];
            }
        }
    }

    private static IEnumerable<int> ClusterValues(StorySource source, Dictionary<string, int> position)
    {
        yield return source.Clusters.Count;
        foreach (var cluster in source.Clusters)
        {
            yield return Hundredths(cluster.Similarity);
            yield return cluster.Occurrences.Count;
            foreach (var occurrence in cluster.Occurrences)
            {
                yield return position[occurrence.Member];
                yield return occurrence.Index;
            }
        }
    }

    private static IEnumerable<int> NameValues(StorySource source, Dictionary<string, int> position)
    {
        yield return source.Names.Count;
        foreach (var name in source.Names)
        {
            yield return name.Mentions.Count;
            foreach (var mention in name.Mentions)
            {
                yield return position[mention.Member];
                yield return mention.Paragraph;
            }
        }
    }

    // The digits include a backslash, so the table is escaped like any text.
    private static string Table(IEnumerable<int> values) => CSharpLiterals.Quoted(TableEncoding.Encode(values.ToList()));

    // The analysis formats similarity with two decimals ("0.27"), so hundredths are exact.
    private static int Hundredths(string similarity) =>
        (int)System.Math.Round(double.Parse(similarity, NumberStyles.Float, CultureInfo.InvariantCulture) * 100);
}
