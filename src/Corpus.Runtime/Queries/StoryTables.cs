using System;
using System.ComponentModel;
using System.Text;

namespace Corpus;

/// <summary>
/// Builds a corpus's story groups, quotation clusters and names from the tables the generator emits (one UTF-8
/// constant each, RVA data): articles are referred to by their position in the corpus's <c>Articles</c>, so the
/// compiler binds three literals instead of one member access per mention (tens of thousands in a large corpus).
/// Tables are read in order only, so they are varints (each value plus one, 7 bits a byte, low first, the high bit set
/// on every byte but the last; Storage/StoryTableEncoding.cs in the generator); each starts with its number of entries.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StoryTables
{
    /// <summary>Called by generated code: per group, similarity in hundredths, size, then each article.</summary>
    public static StoryGroup[] Groups(ArticleList articles, ReadOnlySpan<byte> table)
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

    /// <summary>Called by generated code: per cluster, similarity in hundredths, size, then (article, quotation) pairs, each against the one before.</summary>
    public static QuotationCluster[] Clusters(ArticleList articles, ReadOnlySpan<byte> table)
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

    /// <summary>Called by generated code: the names, each followed by a NUL byte; per name, its mention count then (article, paragraph) pairs, each against the one before.</summary>
    public static NamedEntity[] Names(ArticleList articles, ReadOnlySpan<byte> table, ReadOnlySpan<byte> names)
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
