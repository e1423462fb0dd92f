using System;

namespace Corpus;

/// <summary>
/// A corpus's compiled inverted index (generated as <c>Name.Index</c>): folded terms to their occurrences, as constant
/// UTF-8 tables in the assembly. Nothing is built at start-up; queries fold their text on the stack and enumerate hits
/// with struct enumerators, so they allocate nothing. Matching ignores case and diacritics (<c>cafe</c> finds
/// <c>Café</c>); a term is a run of letters and digits, so apostrophes split words (<c>China’s</c> is <c>china</c>,
/// <c>s</c>). See docs/queries.md.
/// </summary>
public abstract class TextIndex
{
    private const int StackChars = 256;

    private readonly Article[] _articles;

    // Created by the runtime from the corpus resource only (Storage/StoredTextIndex.cs).
    private protected TextIndex(Article[] articles) => _articles = articles ?? throw new ArgumentNullException(nameof(articles));

    /// <summary>The number of distinct terms.</summary>
    public int TermCount => new IndexTable(TermTable).TermCount;

    /// <summary>The size of the index's constant data in bytes (terms, term table and postings).</summary>
    public int SizeInBytes => Terms.Length + TermTable.Length + Postings.Length;

    /// <summary>Every occurrence of a word (a query of several words is a phrase, as <see cref="Phrase"/>).</summary>
    /// <param name="term">The word, in any case, with or without accents.</param>
    /// <param name="scope">Which paragraphs to search.</param>
    public TextHits Term(ReadOnlySpan<char> term, TextScope scope = TextScope.All) => Query(term, scope, prefix: false);

    /// <summary>Every occurrence of any word that starts with <paramref name="prefix"/>, grouped by word in term order.</summary>
    /// <param name="prefix">The start of a word (one word).</param>
    /// <param name="scope">Which paragraphs to search.</param>
    /// <exception cref="ArgumentException">The prefix holds more than one word.</exception>
    public TextHits Prefix(ReadOnlySpan<char> prefix, TextScope scope = TextScope.All) => Query(prefix, scope, prefix: true);

    /// <summary>
    /// Every occurrence of the words in this order, next to each other in one paragraph (punctuation between them is
    /// ignored). The hit spans from the first word's start to the last word's end.
    /// </summary>
    /// <param name="phrase">Up to eight words.</param>
    /// <param name="scope">Which paragraphs to search; every word of a hit is in scope.</param>
    /// <exception cref="ArgumentException">The phrase has more than eight words.</exception>
    public TextHits Phrase(ReadOnlySpan<char> phrase, TextScope scope = TextScope.All) => Query(phrase, scope, prefix: false);

    /// <summary>The folded UTF-8 bytes of every term, concatenated in order.</summary>
    internal abstract ReadOnlySpan<byte> Terms { get; }

    /// <summary>Per term: start in <see cref="Terms"/>, start in <see cref="Postings"/>, count.</summary>
    internal abstract ReadOnlySpan<byte> TermTable { get; }

    /// <summary>Every term's occurrences, varint-encoded.</summary>
    internal abstract ReadOnlySpan<byte> Postings { get; }

    internal ReadOnlySpan<byte> PostingData => Postings;

    internal Article ArticleAt(int index) => _articles[index];

    /// <summary>The articles by position, for an enumerator to make its hits without a call per hit.</summary>
    internal Article[] ArticleArray => _articles;

    internal PostingCursor Cursor(int term)
    {
        var table = new IndexTable(TermTable);
        var start = table.TermStart(term);
        return new PostingCursor(table.PostingStart(term), table.PostingEnd(term), Utf16Length(Terms.Slice(start, table.TermEnd(term) - start)));
    }

    // Folded terms hold no surrogates: one UTF-16 character per UTF-8 lead byte.
    private static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var length = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                length++;
            }
        }

        return length;
    }

    internal int OccurrenceCount(int term) => new IndexTable(TermTable).OccurrenceCount(term);

    private TextHits Query(ReadOnlySpan<char> text, TextScope scope, bool prefix)
    {
        // Three UTF-8 bytes at most per folded character; a very long query is folded in a heap buffer (documented).
        Span<byte> bytes = text.Length <= StackChars ? stackalloc byte[StackChars * 3] : new byte[text.Length * 3];
        Span<int> ends = stackalloc int[PhraseTerms.Capacity];
        var count = QueryFolding.Fold(text, bytes, ends);
        if (count == 0)
        {
            return default;
        }

        if (prefix)
        {
            if (count > 1)
            {
                throw new ArgumentException("A prefix query takes one word.", nameof(text));
            }

            var (first, last) = PrefixRange(bytes.Slice(0, ends[0]));
            return new TextHits(this, first, last, scope);
        }

        if (count > PhraseTerms.Capacity)
        {
            throw new ArgumentException("A phrase query takes at most " + PhraseTerms.Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture) + " words.", nameof(text));
        }

        var terms = default(PhraseTerms);
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var id = Find(bytes.Slice(start, ends[i] - start));
            if (id < 0)
            {
                return default;
            }

            terms[i] = id;
            start = ends[i];
        }

        terms.Count = count;
        return count == 1 ? new TextHits(this, terms[0], terms[0] + 1, scope) : new TextHits(this, terms, scope);
    }

    private int Find(ReadOnlySpan<byte> term)
    {
        var table = new IndexTable(TermTable);
        var terms = Terms;
        var low = 0;
        var high = table.TermCount - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var start = table.TermStart(middle);
            var compared = terms.Slice(start, table.TermEnd(middle) - start).SequenceCompareTo(term);
            if (compared == 0)
            {
                return middle;
            }

            if (compared < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    // Terms are sorted by bytes, so the terms starting with a prefix are one range of the dictionary.
    private (int First, int Last) PrefixRange(ReadOnlySpan<byte> prefix)
    {
        var first = LowerBound(prefix, inclusive: false);
        return (first, LowerBound(prefix, inclusive: true));
    }

    // The first term whose first prefix.Length bytes compare above the prefix (inclusive) or at or above it.
    private int LowerBound(ReadOnlySpan<byte> prefix, bool inclusive)
    {
        var table = new IndexTable(TermTable);
        var terms = Terms;
        var low = 0;
        var high = table.TermCount;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            var start = table.TermStart(middle);
            var length = Math.Min(prefix.Length, table.TermEnd(middle) - start);
            var compared = terms.Slice(start, length).SequenceCompareTo(prefix);
            if (compared < 0 || (inclusive && compared == 0))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
