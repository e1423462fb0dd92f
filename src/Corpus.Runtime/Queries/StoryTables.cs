using System;
using System.Text;

namespace Corpus;

/// <summary>
/// Builds a corpus's story groups, quotation clusters and names from three sections of its resource (the build task's
/// Storage/StoryTableEncoding.cs writes them), on first use (<see cref="CorpusStore"/>): articles are referred to by
/// their position in the corpus's <c>Articles</c>. Tables are read in order only, so they are <see cref="Varint"/>s,
/// each value plus one (−1 fits); each starts with its number of entries.
/// </summary>
internal static class StoryTables
{
    /// <summary>Per group: similarity in hundredths, size, then each article.</summary>
    internal static StoryGroup[] Groups(ArticleList articles, ReadOnlySpan<byte> table)
    {
        var reader = new Reader(table);
        var groups = new StoryGroup[reader.Next()];
        for (var g = 0; g < groups.Length; g++)
        {
            var similarity = reader.Next() / 100.0;
            var members = new Article[reader.Next()];
            for (var i = 0; i < members.Length; i++)
            {
                members[i] = articles[reader.Next()];
            }

            groups[g] = new StoryGroup(members, similarity);
        }

        return groups;
    }

    /// <summary>Per cluster: similarity in hundredths, size, then (article, quotation) pairs, each against the one before.</summary>
    internal static QuotationCluster[] Clusters(ArticleList articles, ReadOnlySpan<byte> table)
    {
        var reader = new Reader(table);
        var clusters = new QuotationCluster[reader.Next()];
        for (var c = 0; c < clusters.Length; c++)
        {
            var similarity = reader.Next() / 100.0;
            var (members, indexes) = reader.Pairs(articles);
            clusters[c] = new QuotationCluster(members, indexes, similarity);
        }

        return clusters;
    }

    /// <summary>The names, each followed by a NUL byte; per name, its mention count then (article, paragraph) pairs, each against the one before.</summary>
    internal static NamedEntity[] Names(ArticleList articles, ReadOnlySpan<byte> table, ReadOnlySpan<byte> names)
    {
        var reader = new Reader(table);
        var entities = new NamedEntity[reader.Next()];
        for (var n = 0; n < entities.Length; n++)
        {
            var end = names.IndexOf((byte)0);
            var name = Encoding.UTF8.GetString(names.Slice(0, end).ToArray());
            names = names.Slice(end + 1);
            var (members, paragraphs) = reader.Pairs(articles);
            entities[n] = new NamedEntity(name, members, paragraphs);
        }

        return entities;
    }

    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _table;
        private int _index;

        public Reader(ReadOnlySpan<byte> table)
        {
            _table = table;
            _index = 0;
        }

        public int Next() => Varint.Read(_table, ref _index) - 1;

        public (Article[] Articles, int[] Indexes) Pairs(ArticleList articles)
        {
            // Each pair against the one before (the writer's StoryTableEncoding.Pair): the article's distance, zigzag;
            // in the same article the index's distance, zigzag, else the index.
            var members = new Article[Next()];
            var indexes = new int[members.Length];
            var (article, index) = (0, 0);
            for (var i = 0; i < members.Length; i++)
            {
                var next = article + Varint.Unzigzag((uint)Next());
                index = next == article ? index + Varint.Unzigzag((uint)Next()) : Next();
                article = next;
                members[i] = articles[article];
                indexes[i] = index;
            }

            return (members, indexes);
        }
    }
}
