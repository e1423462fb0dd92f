using System;

namespace Corpus;

/// <summary>
/// Reads one term's postings in (article, position) order, in the layout of <see cref="PostingFormat"/> (the file the
/// generator's writers compile too).
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

    internal readonly bool InScope(TextScope scope) => scope switch
    {
        TextScope.Body => (Flags & PostingFormat.KindMask) == (int)ParagraphKind.Body,
        TextScope.Quotations => (Flags & PostingFormat.QuotationFlag) != 0,
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

        var head = Varint.Read(postings, ref offset);
        if ((head & PostingFormat.NewArticleFlag) != 0)
        {
            Article += Varint.Read(postings, ref offset);
            Ordinal = 0;
            Start = 0;
            Paragraph = 0;
        }

        Paragraph += head >> PostingFormat.HeadBits;
        Flags = head & PostingFormat.FlagsMask;
        Ordinal += Varint.Read(postings, ref offset);
        Start += Varint.Read(postings, ref offset);
        Length = (head & PostingFormat.LengthFlag) != 0 ? Varint.Read(postings, ref offset) : _termLength;
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
            var head = Varint.Read(postings, ref offset);
            if ((head & PostingFormat.NewArticleFlag) != 0)
            {
                currentArticle += Varint.Read(postings, ref offset);
                currentOrdinal = 0;
                start = 0;
                paragraph = 0;
            }

            paragraph += head >> PostingFormat.HeadBits;
            currentOrdinal += Varint.Read(postings, ref offset);
            start += Varint.Read(postings, ref offset);
            var length = (head & PostingFormat.LengthFlag) != 0 ? Varint.Read(postings, ref offset) : _termLength;
            if (currentArticle > article || (currentArticle == article && currentOrdinal >= ordinal))
            {
                _offset = offset;
                Article = currentArticle;
                Ordinal = currentOrdinal;
                Start = start;
                Paragraph = paragraph;
                Flags = head & PostingFormat.FlagsMask;
                Length = length;
                return true;
            }
        }

        _offset = offset;
        Article = int.MaxValue;
        return false;
    }
}
