using System;
using System.Runtime.CompilerServices;

namespace Corpus;

/// <summary>
/// Reads one term's postings in (article, position) order, in the layout of <see cref="PostingLayout"/>. Positions
/// (article, ordinal) are decoded eagerly; details (start, paragraph, flags, length) lazily, by
/// <see cref="LoadDetails"/>, so a phrase query walks a frequent word's ordinals alone. <see cref="SkipTo"/> jumps over
/// whole checkpoint intervals. The generator's <c>TermPostingsWriter</c> writes this format; the two change together.
/// </summary>
internal struct PostingCursor
{
    private int _position;          // next position entry
    private readonly int _positionEnd;
    private int _detail;            // next detail entry not yet decoded
    private int _pendingDetails;    // postings decoded in positions whose details are not decoded yet
    private readonly int _positionBase;
    private readonly int _detailBase;
    private int _checkpoint;        // next checkpoint entry to read
    private readonly int _checkpointEnd;
    private int _checkpointArticle; // the peeked checkpoint: the posting before it, and where the posting after it starts
    private int _checkpointOrdinal;
    private int _checkpointPosition; // int.MaxValue when there are no more checkpoints
    private int _checkpointDetail;
    private readonly int _termLength;
    private readonly int _widthSixteenths;
    private int _anchor;           // the residual of the last long detail entry

    /// <summary>The current posting's article; <see cref="int.MaxValue"/> once the postings are exhausted.</summary>
    internal int Article;

    /// <summary>The current posting's gapped ordinal (<see cref="PostingLayout.GappedOrdinal"/>).</summary>
    internal int Ordinal;

    // Valid after LoadDetails (MoveNext loads them).
    internal int Start;
    internal int Paragraph;
    internal int Flags;
    internal int Length;

    internal PostingCursor(ReadOnlySpan<byte> postings, int offset, int count, int termLength, int widthSixteenths)
    {
        var checkpointBytes = count > PostingLayout.SkipInterval ? Read(postings, ref offset) : 0;
        var positionBytes = Read(postings, ref offset);
        _checkpoint = offset;
        _checkpointEnd = offset + checkpointBytes;
        _positionBase = _checkpointEnd;
        _position = _positionBase;
        _positionEnd = _positionBase + positionBytes;
        _detailBase = _positionEnd;
        _detail = _detailBase;
        _pendingDetails = 0;
        _termLength = termLength;
        _widthSixteenths = widthSixteenths;
        _anchor = 0;
        _checkpointArticle = 0;
        _checkpointOrdinal = 0;
        _checkpointPosition = _positionBase;
        _checkpointDetail = _detailBase;
        Article = -1;
        Ordinal = 0;
        Start = 0;
        Paragraph = 0;
        Flags = 0;
        Length = 0;
        NextCheckpoint(postings);
    }

    internal readonly bool InScope(TextScope scope) => scope switch
    {
        TextScope.Body => (Flags & PostingLayout.KindMask) == (int)ParagraphKind.Body,
        TextScope.Quotations => (Flags & PostingLayout.QuotationFlag) != 0,
        _ => true,
    };

    /// <summary>Moves to the next posting and decodes its details; false when there is none.</summary>
    /// <remarks>The loop of term queries (inlined there): both streams in one pass, the state in locals.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MoveNext(ReadOnlySpan<byte> postings)
    {
        if (_pendingDetails != 0)
        {
            return MoveNextBehind(postings);
        }

        var offset = _position;
        if (offset >= _positionEnd)
        {
            Article = int.MaxValue;
            return false;
        }

        var ordinal = Ordinal;
        var delta = Read(postings, ref offset);
        if (delta == 0)
        {
            Article += Read(postings, ref offset);
            ordinal = Read(postings, ref offset);
        }
        else
        {
            ordinal += delta;
        }

        _position = offset;
        Ordinal = ordinal;
        var at = _detail;
        var entry = Read(postings, ref at);
        if ((entry & PostingLayout.LongEntryBit) == 0)
        {
            Start = _anchor + PostingLayout.UnZigZag(entry >> PostingLayout.ShortEntryBits) + PostingLayout.PredictedStart(ordinal, _widthSixteenths);
            Flags = (Flags & PostingLayout.KindMask) | ((entry & PostingLayout.ShortQuotationBit) << 1);
            Length = _termLength;
        }
        else
        {
            DecodeLong(postings, ref at, entry);
            Start = _anchor + PostingLayout.PredictedStart(ordinal, _widthSixteenths);
        }

        _detail = at;
        return true;
    }

    // After SkipTo (phrases), details are behind the positions: catch up, then move.
    private bool MoveNextBehind(ReadOnlySpan<byte> postings)
    {
        if (!NextPosition(postings))
        {
            return false;
        }

        LoadDetails(postings);
        return true;
    }

    /// <summary>
    /// Moves to the first posting at or after (article, ordinal), decoding positions only; false when there is none.
    /// Call <see cref="LoadDetails"/> before reading the posting's start, paragraph, flags or length.
    /// </summary>
    internal bool SkipTo(ReadOnlySpan<byte> postings, int article, int ordinal)
    {
        if (Article > article || (Article == article && Ordinal >= ordinal))
        {
            return Article != int.MaxValue;
        }

        // Jump over every checkpoint interval that ends before the target (the posting after a checkpoint is a reset,
        // so nothing before it is needed). Checkpoints the cursor already walked past are dropped.
        while (_checkpointPosition != int.MaxValue)
        {
            if (_checkpointPosition >= _position && (_checkpointArticle > article || (_checkpointArticle == article && _checkpointOrdinal >= ordinal)))
            {
                break;
            }

            if (_checkpointPosition >= _position)
            {
                _position = _checkpointPosition;
                _detail = _checkpointDetail;
                _pendingDetails = 0;
                Article = _checkpointArticle;
                Ordinal = _checkpointOrdinal;
            }

            NextCheckpoint(postings);
        }

        // The hot loop of phrase queries: one or two bytes a posting, the state in locals.
        var offset = _position;
        var current = Article;
        var currentOrdinal = Ordinal;
        var pending = _pendingDetails;
        while (offset < _positionEnd)
        {
            var delta = BranchFreeRead(postings, ref offset);
            if (delta == 0)
            {
                current += Read(postings, ref offset);
                currentOrdinal = Read(postings, ref offset);
            }
            else
            {
                currentOrdinal += delta;
            }

            pending++;
            if (current > article || (current == article && currentOrdinal >= ordinal))
            {
                _position = offset;
                _pendingDetails = pending;
                Article = current;
                Ordinal = currentOrdinal;
                return true;
            }
        }

        _position = offset;
        _pendingDetails = pending;
        Article = int.MaxValue;
        return false;
    }

    /// <summary>Decodes the details (start, paragraph, flags, length) of the current posting.</summary>
    internal void LoadDetails(ReadOnlySpan<byte> postings)
    {
        var pending = _pendingDetails;
        if (pending == 0)
        {
            return;
        }

        var offset = _detail;
        if (pending > 1)
        {
            SkipDetails(postings, ref offset, pending - 1);
        }

        var entry = Read(postings, ref offset);
        if ((entry & PostingLayout.LongEntryBit) == 0)
        {
            // Same paragraph (so same kind), term length: the residual from the anchor and the quotation bit.
            Start = _anchor + PostingLayout.UnZigZag(entry >> PostingLayout.ShortEntryBits) + PostingLayout.PredictedStart(Ordinal, _widthSixteenths);
            Flags = (Flags & PostingLayout.KindMask) | ((entry & PostingLayout.ShortQuotationBit) << 1);
            Length = _termLength;
        }
        else
        {
            DecodeLong(postings, ref offset, entry);
            Start = _anchor + PostingLayout.PredictedStart(Ordinal, _widthSixteenths);
        }

        _detail = offset;
        _pendingDetails = 0;
    }

    // Steps over the details of postings passed over: only long entries matter (they move the paragraph and the
    // anchor); short ones are one number each, stepped over without decoding.
    private void SkipDetails(ReadOnlySpan<byte> postings, ref int offset, int count)
    {
        var at = offset;
        for (; count > 0; count--)
        {
            var first = postings[at] - '0';
            if ((first & PostingLayout.LongEntryBit) != 0)
            {
                DecodeLong(postings, ref at, Read(postings, ref at));
                continue;
            }

            // One or two bytes without a branch; a third (a residual of 128 or more) is rare.
            var more = first >> 5;
            at += 1 + more;
            if ((more & ((postings[at - 1] - '0') >> 5)) != 0)
            {
                while (postings[at++] >= '0' + 32)
                {
                }
            }
        }

        offset = at;
    }

    // A long entry: paragraph (or its delta), flags, the anchor (residual) and the length.
    private void DecodeLong(ReadOnlySpan<byte> postings, ref int offset, int entry)
    {
        var head = entry >> 1;
        var residual = PostingLayout.UnZigZag(Read(postings, ref offset));
        if ((head & PostingLayout.ResetFlag) != 0)
        {
            Paragraph = head >> PostingLayout.HeadBits;
            _anchor = residual;
        }
        else
        {
            Paragraph += head >> PostingLayout.HeadBits;
            _anchor += residual;
        }

        Flags = head & PostingLayout.FlagsMask;
        Length = (head & PostingLayout.LengthFlag) != 0 ? Read(postings, ref offset) : _termLength;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextPosition(ReadOnlySpan<byte> postings)
    {
        var offset = _position;
        if (offset >= _positionEnd)
        {
            Article = int.MaxValue;
            return false;
        }

        var delta = Read(postings, ref offset);
        if (delta == 0)
        {
            Article += Read(postings, ref offset);
            Ordinal = Read(postings, ref offset);
        }
        else
        {
            Ordinal += delta;
        }

        _position = offset;
        _pendingDetails++;
        return true;
    }

    private void NextCheckpoint(ReadOnlySpan<byte> postings)
    {
        if (_checkpoint >= _checkpointEnd)
        {
            _checkpointPosition = int.MaxValue;
            return;
        }

        var offset = _checkpoint;
        _checkpointArticle += Read(postings, ref offset);
        _checkpointOrdinal = Read(postings, ref offset);
        _checkpointPosition += Read(postings, ref offset);
        _checkpointDetail += Read(postings, ref offset);
        _checkpoint = offset;
    }

    // One or two bytes without a branch (the lengths of frequent words' numbers are mixed, so a branch on them is
    // mispredicted often); the literal ends with PostingLayout.Padding bytes, so the second read stays in range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Read(ReadOnlySpan<byte> postings, ref int offset)
    {
        // Branches: cheaper than BranchFreeRead where one length dominates (most terms).
        var digit = postings[offset++] - '0';
        if (digit < 32)
        {
            return digit; // most numbers fit one byte
        }

        var value = digit & 31;
        digit = postings[offset++] - '0';
        value |= (digit & 31) << 5;
        return digit < 32 ? value : ReadLong(postings, ref offset, value);
    }

    // One or two bytes without a branch, for the phrase loops over very frequent words, whose numbers mix one and two
    // bytes so that a branch on the length is mispredicted often. The literal ends with PostingLayout.Padding bytes,
    // so the second read stays in range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BranchFreeRead(ReadOnlySpan<byte> postings, ref int offset)
    {
        var first = postings[offset] - '0';
        var second = postings[offset + 1] - '0';
        var more = first >> 5;
        var value = (first & 31) | (((second & 31) << 5) & -more);
        offset += 1 + more;
        return (more & (second >> 5)) == 0 ? value : ReadLong(postings, ref offset, value);
    }

    // The third byte and on (numbers of 1024 and more).
    private static int ReadLong(ReadOnlySpan<byte> postings, ref int offset, int value)
    {
        var shift = 10;
        while (true)
        {
            var digit = postings[offset++] - '0';
            value |= (digit & 31) << shift;
            if (digit < 32)
            {
                return value;
            }

            shift += 5;
        }
    }
}
