// Compiled into the runtime (the reader, Index/PostingCursor.cs) and into the generator and build task (the writers,
// Indexing/ArticlePostings.cs and TextIndexBuilder.cs), like CorpusFormat.cs: the text index's postings and term
// table. Bump CorpusFormat.Version when either changes.
#if CORPUS_GENERATOR
namespace Corpus.Generator.Storage;
#else
namespace Corpus;
#endif

/// <summary>
/// The text index (docs/queries.md): per term, its postings in (article, position) order, as <see cref="Varint"/>s.
/// Per posting: a head (paragraph delta &lt;&lt; <see cref="HeadBits"/> | <see cref="NewArticleFlag"/> |
/// <see cref="LengthFlag"/> | the paragraph kind in <see cref="KindMask"/> | <see cref="QuotationFlag"/>), the article
/// delta when the article changes (from −1 for the first), the position and UTF-16 start deltas (from 0 after an
/// article change), and the UTF-16 length only when it differs from the folded term's.
/// </summary>
internal static class PostingFormat
{
    /// <summary>The paragraph kind's bits in a head (<c>ParagraphKind</c>).</summary>
    internal const int KindMask = 3;

    /// <summary>Set in a head when the word is inside a quotation.</summary>
    internal const int QuotationFlag = 4;

    /// <summary>Set in a head when the posting's length follows (it differs from the term's).</summary>
    internal const int LengthFlag = 8;

    /// <summary>Set in a head when the article changes: the article delta follows, and the deltas after it start from 0.</summary>
    internal const int NewArticleFlag = 16;

    /// <summary>The head's bits below the paragraph delta.</summary>
    internal const int HeadBits = 5;

    /// <summary>The bits of a head a hit reports: the kind and the quotation flag.</summary>
    internal const int FlagsMask = KindMask | QuotationFlag;

    internal static int Head(int paragraphDelta, bool newArticle, bool lengthFollows, int flags) =>
        (paragraphDelta << HeadBits) | (newArticle ? NewArticleFlag : 0) | (lengthFollows ? LengthFlag : 0) | flags;

    // The term table: per term its byte start in the terms, its byte start in the postings and its occurrence count,
    // then a closing row (the terms' length, the postings' length, 0); little-endian 32-bit integers.

    /// <summary>Integers per term table row.</summary>
    internal const int RowValues = 3;

    internal const int TermStart = 0;
    internal const int PostingStart = 1;
    internal const int OccurrenceCount = 2;

    /// <summary>The byte offset of a value of the term table.</summary>
    internal static int TableOffset(int term, int column) => 4 * ((RowValues * term) + column);

    /// <summary>The terms a term table holds (its closing row left out).</summary>
    internal static int TermCount(int tableBytes) => tableBytes == 0 ? 0 : (tableBytes / (4 * RowValues)) - 1;
}
