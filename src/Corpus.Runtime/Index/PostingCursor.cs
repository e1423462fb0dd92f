using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Corpus;

/// <summary>
/// Reads one term's postings in (article, position) order, in the layout of <see cref="PostingFormat"/> (the file the
/// generator's writers compile too): a posting at a time for phrases (<see cref="MoveNext"/>, <see cref="SkipTo"/>), a
/// batch of hits at a time for term and prefix walks (<see cref="Decode"/>), a batch of paragraphs at a time for a
/// term's paragraphs (<see cref="DecodeParagraphs"/>). All decode through <see cref="Step{TDetails}"/>, with their
/// state in locals.
/// </summary>
internal struct PostingCursor
{
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

    // A scope as a type, so that each Decode is compiled for its own: the whole corpus's test is gone from the loop.
    private interface IScope
    {
        bool Holds(int flags);
    }

    // Whether a step decodes a posting's position, start and length, or only passes over them (a paragraph walk).
    private interface IDetails
    {
        bool Read { get; }
    }

    internal readonly bool InScope(TextScope scope) => InScope(Flags, scope);

    internal bool MoveNext(ReadOnlySpan<byte> postings)
    {
        var state = Load(postings);
        if (state.Offset >= state.End)
        {
            Article = int.MaxValue;
            return false;
        }

        Step<Details>(ref MemoryMarshal.GetReference(postings), ref state);
        Save(state);
        return true;
    }

    /// <summary>
    /// Moves to the next posting in <paramref name="scope"/> whose paragraph is not the current one's (from before the
    /// first posting: the first in scope); false when there is none.
    /// </summary>
    internal bool NextParagraph(ReadOnlySpan<byte> postings, TextScope scope)
    {
        var article = Article;
        var paragraph = Paragraph;
        while (MoveNext(postings))
        {
            if (InScope(scope) && (Paragraph != paragraph || Article != article))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves to the first posting at or after (article, ordinal); false when there is none.</summary>
    internal bool SkipTo(ReadOnlySpan<byte> postings, int article, int ordinal)
    {
        if (Article > article || (Article == article && Ordinal >= ordinal))
        {
            return Article != int.MaxValue;
        }

        // The hot loop of phrase queries: the decoder's state stays in locals and is written back once.
        ref var data = ref MemoryMarshal.GetReference(postings);
        var state = Load(postings);
        while (state.Offset < state.End)
        {
            Step<Details>(ref data, ref state);
            if (state.Article > article || (state.Article == article && state.Ordinal >= ordinal))
            {
                Save(state);
                return true;
            }
        }

        Save(state);
        Article = int.MaxValue;
        return false;
    }

    /// <summary>
    /// Decodes the next postings in <paramref name="scope"/> into a <see cref="HitBatch"/> (from
    /// <paramref name="hits"/>, its first value), at most <see cref="HitBatch.Capacity"/>: fewer only when this term's
    /// postings end. The term walk's loop: its state stays in registers for the whole batch and is written back once;
    /// a posting at a time, it went through the cursor's fields and a call per hit (about 1.7 times slower).
    /// </summary>
    internal int Decode(ReadOnlySpan<byte> postings, TextScope scope, ref int hits) => scope switch
    {
        TextScope.Body => Decode<BodyScope>(postings, ref hits),
        TextScope.Quotations => Decode<QuotationScope>(postings, ref hits),
        _ => Decode<AllScope>(postings, ref hits),
    };

    /// <summary>
    /// Decodes the next postings in <paramref name="scope"/> as paragraphs: writes (article, paragraph) into
    /// <paramref name="paragraphs"/> for each posting in scope whose paragraph is not the last one written (kept in
    /// <paramref name="lastArticle"/> and <paramref name="lastParagraph"/>, −1 before the first), at most
    /// <paramref name="capacity"/>. A posting's position, start and length are passed over, not decoded, so after this
    /// the cursor's <see cref="Ordinal"/>, <see cref="Start"/> and <see cref="Length"/> mean nothing.
    /// </summary>
    internal int DecodeParagraphs(ReadOnlySpan<byte> postings, TextScope scope, ref int paragraphs, int capacity, ref int lastArticle, ref int lastParagraph) => scope switch
    {
        TextScope.Body => DecodeParagraphs<BodyScope>(postings, ref paragraphs, capacity, ref lastArticle, ref lastParagraph),
        TextScope.Quotations => DecodeParagraphs<QuotationScope>(postings, ref paragraphs, capacity, ref lastArticle, ref lastParagraph),
        _ => DecodeParagraphs<AllScope>(postings, ref paragraphs, capacity, ref lastArticle, ref lastParagraph),
    };

    private static bool InScope(int flags, TextScope scope) => scope switch
    {
        TextScope.Body => (flags & PostingFormat.KindMask) == (int)ParagraphKind.Body,
        TextScope.Quotations => (flags & PostingFormat.QuotationFlag) != 0,
        _ => true,
    };

    /// <summary>
    /// Decodes the posting at <see cref="State.Offset"/> of <paramref name="data"/> (the postings' first byte) into the
    /// state: the one place that reads the layout. Unchecked reads (<see cref="Varint.ReadUnchecked"/>): callers stop at
    /// the term's end, which the state keeps inside the postings, and every value the build wrote there ends before it.
    /// With <see cref="ParagraphOnly"/> the position, start and length are passed over (the state keeps old values).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step<TDetails>(ref byte data, ref State state)
        where TDetails : struct, IDetails
    {
        var head = Varint.ReadUnchecked(ref data, ref state.Offset);
        if ((head & PostingFormat.NewArticleFlag) != 0)
        {
            state.Article += Varint.ReadUnchecked(ref data, ref state.Offset);
            state.Ordinal = 0;
            state.Start = 0;
            state.Paragraph = 0;
        }

        state.Paragraph += head >> PostingFormat.HeadBits;
        state.Flags = head & PostingFormat.FlagsMask;
        if (!default(TDetails).Read)
        {
            // The position and start, and the length when it follows, a byte at a time. (Finding the values' ends
            // in one 8-byte load with bit operations was slower, 26 against 20 µs for blinken's paragraphs: each
            // posting's offset then waits for the load before it, where a predicted branch lets the loads run ahead.)
            Varint.SkipUnchecked(ref data, ref state.Offset);
            Varint.SkipUnchecked(ref data, ref state.Offset);
            if ((head & PostingFormat.LengthFlag) != 0)
            {
                Varint.SkipUnchecked(ref data, ref state.Offset);
            }

            return;
        }

        state.Ordinal += Varint.ReadUnchecked(ref data, ref state.Offset);
        state.Start += Varint.ReadUnchecked(ref data, ref state.Offset);
        state.Length = (head & PostingFormat.LengthFlag) != 0 ? Varint.ReadUnchecked(ref data, ref state.Offset) : state.TermLength;
    }

    private int Decode<TScope>(ReadOnlySpan<byte> postings, ref int hits)
        where TScope : struct, IScope
    {
        ref var data = ref MemoryMarshal.GetReference(postings);
        var state = Load(postings);
        var n = 0;
        ref var hit = ref hits;
        while (n < HitBatch.Capacity && state.Offset < state.End)
        {
            Step<Details>(ref data, ref state);
            if (default(TScope).Holds(state.Flags))
            {
                HitBatch.Write(ref hit, state.Article, state.Paragraph, state.Start, state.Length, state.Flags);
                hit = ref Unsafe.Add(ref hit, HitBatch.Fields);
                n++;
            }
        }

        Save(state);
        return n;
    }

    private int DecodeParagraphs<TScope>(ReadOnlySpan<byte> postings, ref int paragraphs, int capacity, ref int lastArticle, ref int lastParagraph)
        where TScope : struct, IScope
    {
        ref var data = ref MemoryMarshal.GetReference(postings);
        var state = Load(postings);
        var article = lastArticle;
        var paragraph = lastParagraph;
        var n = 0;
        ref var slot = ref paragraphs;
        while (n < capacity && state.Offset < state.End)
        {
            Step<ParagraphOnly>(ref data, ref state);

            // Written every time, kept (the slot moves on) when new and in scope: no branch the data decides.
            var take = ((state.Paragraph != paragraph) | (state.Article != article)) & default(TScope).Holds(state.Flags);
            slot = state.Article;
            Unsafe.Add(ref slot, 1) = state.Paragraph;
            var step = take ? 1 : 0;
            n += step;
            slot = ref Unsafe.Add(ref slot, 2 * step);
            article = take ? state.Article : article;
            paragraph = take ? state.Paragraph : paragraph;
        }

        Save(state);
        lastArticle = article;
        lastParagraph = paragraph;
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly State Load(ReadOnlySpan<byte> postings) => new()
    {
        Offset = _offset,
        End = Math.Min(_end, postings.Length), // never past the postings, whatever the term table says
        TermLength = _termLength,
        Article = Article,
        Ordinal = Ordinal,
        Start = Start,
        Paragraph = Paragraph,
        Flags = Flags,
        Length = Length,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Save(in State state)
    {
        _offset = (int)state.Offset;
        Article = state.Article;
        Ordinal = state.Ordinal;
        Start = state.Start;
        Paragraph = state.Paragraph;
        Flags = state.Flags;
        Length = state.Length;
    }

    private readonly struct AllScope : IScope
    {
        public bool Holds(int flags) => true;
    }

    private readonly struct BodyScope : IScope
    {
        public bool Holds(int flags) => InScope(flags, TextScope.Body);
    }

    private readonly struct QuotationScope : IScope
    {
        public bool Holds(int flags) => InScope(flags, TextScope.Quotations);
    }

    private readonly struct Details : IDetails
    {
        public bool Read => true;
    }

    private readonly struct ParagraphOnly : IDetails
    {
        public bool Read => false;
    }

    /// <summary>The decoder's state while it runs: a local, so the JIT keeps it in registers (offsets as native integers).</summary>
    private struct State
    {
        internal nint Offset;
        internal nint End;
        internal int TermLength;
        internal int Article;
        internal int Ordinal;
        internal int Start;
        internal int Paragraph;
        internal int Flags;
        internal int Length;
    }
}
