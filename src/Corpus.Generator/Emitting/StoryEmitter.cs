using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Analysis;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes a corpus's story file: the groups of articles that tell the same story and the quotations several
/// articles report, as small arrays of references to the article members (created on first access).
/// </summary>
public static class StoryEmitter
{
    public static string Emit(StorySource source)
    {
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
        writer.Line("// A holder class, so that the arrays (and the articles they name) are created on first use only.");
        writer.Open("private static class __Stories");
        writer.Line("internal static readonly global::Corpus.StoryGroup[] Groups = new global::Corpus.StoryGroup[]");
        writer.Line("{");
        writer.Indent();
        foreach (var story in source.Stories)
        {
            writer.Line($"new global::Corpus.StoryGroup(new global::Corpus.Article[] {{ {string.Join(", ", story.Members)} }}, {story.Similarity}),");
        }

        writer.Outdent();
        writer.Line("};");
        writer.Line();
        writer.Line("internal static readonly global::Corpus.QuotationCluster[] Clusters = new global::Corpus.QuotationCluster[]");
        writer.Line("{");
        writer.Indent();
        foreach (var cluster in source.Clusters)
        {
            writer.Line(New("QuotationCluster", null, cluster.Occurrences.Select(o => (o.Member, o.Index)), cluster.Similarity));
        }

        writer.Outdent();
        writer.Line("};");
        writer.Line();
        writer.Line("internal static readonly global::Corpus.NamedEntity[] Names = new global::Corpus.NamedEntity[]");
        writer.Line("{");
        writer.Indent();
        foreach (var name in source.Names)
        {
            writer.Line(New("NamedEntity", CSharpLiterals.Quoted(name.Name), name.Mentions.Select(o => (o.Member, o.Paragraph)), null));
        }

        writer.Outdent();
        writer.Line("};");
        writer.Close();
        writer.Close();
        GeneratedFile.CloseNamespace(writer, source.Namespace);
        return writer.ToString();
    }

    /// <summary>
    /// One array item: <c>new T(head, new Article[] { members }, new int[] { indexes }, tail)</c>, where each index is
    /// a quotation or a paragraph of the article beside it.
    /// </summary>
    private static string New(string type, string? head, IEnumerable<(string Member, int Index)> occurrences, string? tail)
    {
        var list = occurrences.ToList();
        var articles = string.Join(", ", list.Select(o => o.Member));
        var indexes = string.Join(", ", list.Select(o => o.Index.ToString(CultureInfo.InvariantCulture)));
        return $"new global::Corpus.{type}({(head is null ? string.Empty : head + ", ")}new global::Corpus.Article[] {{ {articles} }}, new int[] {{ {indexes} }}{(tail is null ? string.Empty : ", " + tail)}),";
    }
}
