using System.IO;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Corpus.Index.Benchmarks;

/// <summary>
/// The same corpus in Lucene.NET 4.8, in memory (RAMDirectory): one document per paragraph, analysed like the compiled
/// index (StandardTokenizer, lower case, ASCII folding; no stop words, so phrases with "the" and "of" match alike;
/// apostrophes split words, as in the compiled index: StandardTokenizer alone keeps "Blinken's" as one token, so
/// Lucene found 928 fewer occurrences of "blinken" and 385 fewer paragraphs than the compiled index before).
/// </summary>
public sealed class LuceneIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string Field = "text";

    private LuceneIndex(RAMDirectory directory, DirectoryReader reader)
    {
        Directory = directory;
        Reader = reader;
        Searcher = new IndexSearcher(reader);
    }

    // Positions and offsets, so that Lucene can give every occurrence's span, as the compiled index does.
    // Apostrophes become spaces (one character for one, so offsets do not move): the compiled index's terms are runs of
    // letters and digits (docs/queries.md), and UAX #29, which StandardTokenizer follows, does not break at an apostrophe.
    private static readonly NormalizeCharMap Apostrophes = Map("'", "\u2019", "\u2018", "\u02BC");

    private static readonly FieldType TextWithOffsets = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };

    public RAMDirectory Directory { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public static LuceneIndex Build(ArticleList articles)
    {
        var directory = new RAMDirectory();
        var analyzer = Analyzer.NewAnonymous(
            (field, reader) =>
            {
                var tokenizer = new StandardTokenizer(Version, reader);
                TokenStream stream = new LowerCaseFilter(Version, tokenizer);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            },
            (field, reader) => new MappingCharFilter(Apostrophes, reader));
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            foreach (var article in articles)
            {
                foreach (var paragraph in article.Paragraphs)
                {
                    var document = new Document
                    {
                        new StringField("id", article.Id, Lucene.Net.Documents.Field.Store.YES),
                        new StringField("kind", paragraph.Kind.ToString(), Lucene.Net.Documents.Field.Store.NO),
                        new Field(Field, paragraph.Text, TextWithOffsets),
                    };
                    writer.AddDocument(document);
                }
            }

            writer.Commit();
        }

        return new LuceneIndex(directory, DirectoryReader.Open(directory));
    }

    private static NormalizeCharMap Map(params string[] apostrophes)
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var apostrophe in apostrophes)
        {
            builder.Add(apostrophe, " ");
        }

        return builder.Build();
    }

    /// <summary>The number of paragraphs (documents) that match: Lucene counts documents, not occurrences.</summary>
    public int Count(Query query)
    {
        var collector = new TotalHitCountCollector();
        Searcher.Search(query, collector);
        return collector.TotalHits;
    }

    public int Term(string term) => Count(new TermQuery(new Term(Field, term)));

    /// <summary>Every occurrence of a term with its offsets (the work the compiled index does per hit): sums the starts.</summary>
    public long TermOccurrences(string term)
    {
        long total = 0;
        foreach (var leaf in Reader.Leaves)
        {
            var positions = leaf.AtomicReader.GetTermPositionsEnum(new Term(Field, term));
            if (positions is null)
            {
                continue;
            }

            int doc;
            while ((doc = positions.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var freq = positions.Freq;
                for (var i = 0; i < freq; i++)
                {
                    positions.NextPosition();
                    total += positions.StartOffset + doc;
                }
            }
        }

        return total;
    }

    /// <summary>How many occurrences of a term the index holds (the sanity line's check that both engines see the same words).</summary>
    public long OccurrenceCount(string term)
    {
        long total = 0;
        foreach (var leaf in Reader.Leaves)
        {
            total += leaf.AtomicReader.TotalTermFreq(new Term(Field, term));
        }

        return total;
    }

    public int Prefix(string prefix) => Count(new PrefixQuery(new Term(Field, prefix)));

    public int Phrase(params string[] words)
    {
        var query = new PhraseQuery();
        foreach (var word in words)
        {
            query.Add(new Term(Field, word));
        }

        return Count(query);
    }
}
