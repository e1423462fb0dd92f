using System;

namespace Corpus;

/// <summary>
/// Reads one term's postings in (article, position) order. Varints of seven bits a byte, low bits first, the high
/// bit set when more follow. Per posting: a head (paragraph delta &lt;&lt; 5 | 16 new article | 8 length
/// follows | flags), the article delta when the article changes, the position and start deltas (from 0 after an
/// article change), and the length when it differs from the term's. The generator's <c>TextIndexBuilder</c> writes
/// this format; the two change together.
/// </summary>
internal struct PostingCursor
{
    internal const int KindMask = 3;
    internal const int QuotationFlag = 4;

    private const int LengthFlag = 8;
    private const int NewArticleFlag = 16;
    private const int HeadBits = 5;

    private int _offset;
    private readonly int _end;
    private readonly int _termLength;

    internal PostingCursor(int offset, int end, int termLength)
    {
        _offset = offset;
        _end = end;
        _termLength = termLength;
        Article = -1;
        Ordinal = 0;
        Start = 0;
        Paragraph = 0;
        Flags = 0;
        Length = 0;
    }

    /// <summary>The current posting's article; <see cref="int.MaxValue"/> once the postings are exhausted.</summary>
    internal int Article;
    internal int Ordinal;
    internal int Start;
    internal int Paragraph;
    internal int Flags;
    internal int Length;

    internal readonly bool InScope(TextScope scope) => scope switch
    {
        TextScope.Body => (Flags & KindMask) == (int)ParagraphKind.Body,
        TextScope.Quotations => (Flags & QuotationFlag) != 0,
        _ => true,
    };

    internal bool MoveNext(ReadOnlySpan<byte> postings)
    {
        // The offset lives in a local while decoding, so the JIT keeps it in a register.
        var offset = _offset;
        if (offset >= _end)
        {
            Article = int.MaxValue;
            return false;
        }

        var head = Read(postings, ref offset);
        if ((head & NewArticleFlag) != 0)
        {
            Article += Read(postings, ref offset);
            Ordinal = 0;
            Start = 0;
            Paragraph = 0;
        }

        Paragraph += head >> HeadBits;
        Flags = head & 7;
        Ordinal += Read(postings, ref offset);
        Start += Read(postings, ref offset);
        Length = (head & LengthFlag) != 0 ? Read(postings, ref offset) : _termLength;
        _offset = offset;
        return true;
    }

    /// <summary>Moves to the first posting at or after (article, ordinal); false when there is none.</summary>
    internal bool SkipTo(ReadOnlySpan<byte> postings, int article, int ordinal)
    {
        if (Article > article || (Article == article && Ordinal >= ordinal))
        {
            return Article != int.MaxValue;
        }

        // The hot loop of phrase queries: the decoder state stays in locals and is written back once.
        var offset = _offset;
        var currentArticle = Article;
        var currentOrdinal = Ordinal;
        var start = Start;
        var paragraph = Paragraph;
        while (offset < _end)
        {
            var head = Read(postings, ref offset);
            if ((head & NewArticleFlag) != 0)
            {
                currentArticle += Read(postings, ref offset);
                currentOrdinal = 0;
                start = 0;
                paragraph = 0;
            }

            paragraph += head >> HeadBits;
            currentOrdinal += Read(postings, ref offset);
            start += Read(postings, ref offset);
            var length = (head & LengthFlag) != 0 ? Read(postings, ref offset) : _termLength;
            if (currentArticle > article || (currentArticle == article && currentOrdinal >= ordinal))
            {
                _offset = offset;
                Article = currentArticle;
                Ordinal = currentOrdinal;
                Start = start;
                Paragraph = paragraph;
                Flags = head & 7;
                Length = length;
                return true;
            }
        }

        _offset = offset;
        Article = int.MaxValue;
        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Read(ReadOnlySpan<byte> postings, ref int offset)
    {
        int digit = postings[offset++];
        if (digit < 128)
        {
            return digit; // most deltas fit one byte
        }

        var value = digit & 127;
        var shift = 7;
        while (true)
        {
            digit = postings[offset++];
            value |= (digit & 127) << shift;
            if (digit < 128)
            {
                return value;
            }

            shift += 7;
        }
    }
}
