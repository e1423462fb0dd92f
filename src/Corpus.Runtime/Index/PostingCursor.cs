using System;

namespace Corpus;

/// <summary>
/// Reads one term's postings in (article, position) order. Varints of five bits a byte, low bits first, byte =
/// '0' + (bits | 32 when more follow). Per posting: a head (paragraph delta &lt;&lt; 5 | 16 new article | 8 length
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
        if (_offset >= _end)
        {
            Article = int.MaxValue;
            return false;
        }

        var head = Read(postings);
        if ((head & NewArticleFlag) != 0)
        {
            Article += Read(postings);
            Ordinal = 0;
            Start = 0;
            Paragraph = 0;
        }

        Paragraph += head >> HeadBits;
        Flags = head & 7;
        Ordinal += Read(postings);
        Start += Read(postings);
        Length = (head & LengthFlag) != 0 ? Read(postings) : _termLength;
        return true;
    }

    /// <summary>Moves to the first posting at or after (article, ordinal); false when there is none.</summary>
    internal bool SkipTo(ReadOnlySpan<byte> postings, int article, int ordinal)
    {
        while (Article < article || (Article == article && Ordinal < ordinal))
        {
            if (!MoveNext(postings))
            {
                return false;
            }
        }

        return Article != int.MaxValue;
    }

    private int Read(ReadOnlySpan<byte> postings)
    {
        var value = 0;
        var shift = 0;
        while (true)
        {
            var digit = postings[_offset++] - '0';
            value |= (digit & 31) << shift;
            if (digit < 32)
            {
                return value;
            }

            shift += 5;
        }
    }
}
