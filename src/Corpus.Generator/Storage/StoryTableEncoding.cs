using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Analysis;

namespace Corpus.Generator.Storage;

/// <summary>
/// A corpus's story groups, quotation clusters and names as the tables <c>Corpus.StoryTables</c> reads: articles by
/// their position in <c>Articles</c>, similarities in hundredths, each table led by its number of entries. Read once
/// and in order, so varints: each value plus one (−1 fits), 7 bits a byte, low first, the high bit on all but the last.
/// An (article, index) pair of a cluster or a name is stored against the pair before it (<see cref="Pair"/>): most
/// follow in article order, a few paragraphs apart, so a pair is mostly two bytes instead of three or four.
/// </summary>
internal static class StoryTableEncoding
{
    public static byte[] Groups(StorySource source) => Table(GroupValues(source, Positions(source)));

    public static byte[] Clusters(StorySource source) => Table(ClusterValues(source, Positions(source)));

    public static byte[] Names(StorySource source) => Table(NameValues(source, Positions(source)));

    /// <summary>The names, UTF-8, each followed by NUL.</summary>
    public static byte[] NameStrings(StorySource source) => Encoding.UTF8.GetBytes(string.Concat(source.Names.Select(n => n.Name + "\0")));

    [MethodImpl(JitHints.FullyOptimized)]
    private static Dictionary<string, int> Positions(StorySource source)
    {
        var position = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < source.Articles.Count; i++)
        {
            position[source.Articles[i]] = i;
        }

        return position;
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static IEnumerable<int> GroupValues(StorySource source, Dictionary<string, int> position)
    {
        yield return source.Stories.Count;
        foreach (var story in source.Stories)
        {
            yield return story.Similarity;
            yield return story.Members.Count;
            foreach (var member in story.Members)
            {
                yield return position[member];
            }
        }
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static IEnumerable<int> ClusterValues(StorySource source, Dictionary<string, int> position)
    {
        yield return source.Clusters.Count;
        foreach (var cluster in source.Clusters)
        {
            yield return cluster.Similarity;
            yield return cluster.Occurrences.Count;
            var previous = (Article: 0, Index: 0);
            foreach (var occurrence in cluster.Occurrences)
            {
                foreach (var value in Pair(ref previous, position[occurrence.Member], occurrence.Index))
                {
                    yield return value;
                }
            }
        }
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static IEnumerable<int> NameValues(StorySource source, Dictionary<string, int> position)
    {
        yield return source.Names.Count;
        foreach (var name in source.Names)
        {
            yield return name.Mentions.Count;
            var previous = (Article: 0, Index: 0);
            foreach (var mention in name.Mentions)
            {
                foreach (var value in Pair(ref previous, position[mention.Member], mention.Paragraph))
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>
    /// A pair as <c>Corpus.StoryTables</c> reads it: the article's distance from the previous pair's (zigzag: 0, −1, 1,
    /// −2 ... as 0, 1, 2, 3 ...; the first from article 0), then, in the same article, the index's distance from the
    /// previous index (zigzag), else the index itself.
    /// </summary>
    private static int[] Pair(ref (int Article, int Index) previous, int article, int index)
    {
        var sameArticle = article == previous.Article;
        var pair = new[] { (int)Varint.Zigzag(article - previous.Article), sameArticle ? (int)Varint.Zigzag(index - previous.Index) : index };
        previous = (article, index);
        return pair;
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static byte[] Table(IEnumerable<int> values)
    {
        var bytes = new List<byte>();
        var buffer = new byte[Varint.MaxBytes];
        foreach (var value in values)
        {
            var length = 0;
            Varint.Write(buffer, ref length, (uint)(value + 1));
            for (var i = 0; i < length; i++)
            {
                bytes.Add(buffer[i]);
            }
        }

        return bytes.ToArray();
    }
}
