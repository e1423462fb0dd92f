using System;

namespace Corpus;

/// <summary>
/// Reads one term's postings in (article, position) order. Each posting is five varints (five bits a byte, low bits
/// first, byte = '0' + (bits | 32 when more follow)): article delta, then position, start and (paragraph &lt;&lt; 3 |
/// flags) as deltas from the previous posting of the same article (from 0 after an article change), then length.
/// The generator's <c>TextIndexBuilder</c> writes this format; the two change together.
/// </summary>
internal struct PostingCursor
{
    internal const int KindMask = 3;
    internal const int QuotationFlag = 4;

    private int _offset;
    private readonly int _end;

    internal PostingCursor(int offset, int end)
    {
        _offset = offset;
        _end = end;
        Article = 0;
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

        var articleDelta = Read(postings);
        if (articleDelta != 0)
        {
            Article += articleDelta;
            Ordinal = 0;
            Start = 0;
            Paragraph = 0;
        }

        Ordinal += Read(postings);
        Start += Read(postings);
        var paragraphAndFlags = Read(postings);
        Paragraph += paragraphAndFlags >> 3;
        Flags = paragraphAndFlags & 7;
        Length = Read(postings);
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
