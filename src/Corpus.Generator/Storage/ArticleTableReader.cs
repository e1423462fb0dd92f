using System;
using System.Runtime.CompilerServices;
using F = Corpus.Generator.Storage.ArticleTableFormat;

namespace Corpus.Generator.Storage;

/// <summary>
/// Reads an encoded article's table on the build side (the report reads the articles back as the runtime will see
/// them): the layout is <see cref="ArticleTableFormat"/>, the file the runtime's reader compiles too. Unlike the
/// runtime's reader it reads a field byte by byte, so it needs nothing after the table.
/// </summary>
internal readonly struct ArticleTableReader
{
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _paragraphBits;
    private readonly int _quotationBits;
    private readonly int _stringBits;
    private readonly long _quotationBase;
    private readonly long _stringBase;

    /// <param name="bytes">A buffer holding the table at <paramref name="start"/>.</param>
    public ArticleTableReader(byte[] bytes, int start)
    {
        _bytes = bytes;
        _start = start;
        _paragraphBits = bytes[start + F.ParagraphBits];
        _quotationBits = bytes[start + F.QuotationBits] | (bytes[start + F.QuotationBits + 1] << 8);
        _stringBits = bytes[start + F.StringBits];
        // Paragraphs start at the header's end, quotations after the paragraphs, strings after the quotations.
        _quotationBase = F.ParagraphBase + ((long)CorpusFormat.ReadInt32(bytes.AsSpan(start), F.ParagraphCount) * _paragraphBits);
        _stringBase = _quotationBase + ((long)CorpusFormat.ReadInt32(bytes.AsSpan(start), F.QuotationCount) * _quotationBits);
    }

    public int Date => Int(F.Date);

    public int ParagraphCount => Int(F.ParagraphCount);

    public int QuotationCount => Int(F.QuotationCount);

    public int HeadlineString => F.StringValue(_bytes[_start + F.Headline]);

    public int DatelineString => F.StringValue(_bytes[_start + F.Dateline]);

    public int AgencyString => F.StringValue(_bytes[_start + F.Agency]);

    /// <summary>A string's UTF-8 range in the article's data (text, then the strings stored after it).</summary>
    public (int Start, int Length) String(int s) => (Field(_stringBase + ((long)s * _stringBits), F.StringStart), Field(_stringBase + ((long)s * _stringBits), F.StringLength));

    public (int Start, int Length) Paragraph(int p) => (Paragraph(p, F.ParagraphStart), Paragraph(p, F.ParagraphLength));

    public int ParagraphKind(int p) => Paragraph(p, F.ParagraphKind);

    public int QuotationParagraph(int q) => F.Value(F.QuotationParagraph, Quotation(q, F.QuotationParagraph));

    public (int Start, int Length) Quotation(int q) => (Quotation(q, F.QuotationStart), Quotation(q, F.QuotationLength));

    public bool QuotationMarked(int q) => (Quotation(q, F.QuotationFlags) & F.MarkedFlag) != 0;

    public int QuotationCue(int q) => F.Value(F.QuotationCue, Quotation(q, F.QuotationCue));

    public int QuotationSpeakerAsWritten(int q) => F.Value(F.QuotationSpeakerAsWritten, Quotation(q, F.QuotationSpeakerAsWritten));

    public int QuotationSpeaker(int q) => F.Value(F.QuotationSpeaker, Quotation(q, F.QuotationSpeaker));

    private int Paragraph(int p, int field) => Field(F.ParagraphBase + ((long)p * _paragraphBits), field);

    private int Quotation(int q, int field) => Field(_quotationBase + ((long)q * _quotationBits), field);

    [MethodImpl(JitHints.FullyOptimized)]
    private int Field(long record, int field)
    {
        var descriptor = UInt16(F.Descriptors + (2 * field));
        var width = descriptor & F.WidthMask;
        var bit = record + (descriptor >> F.OffsetShift);
        var first = _start + (int)(bit >> 3);
        var shift = (int)(bit & 7);
        var count = (shift + width + 7) >> 3; // at most 5 bytes: never past the field's own last byte
        ulong word = 0;
        for (var i = 0; i < count; i++)
        {
            word |= (ulong)_bytes[first + i] << (8 * i);
        }

        var value = (word >> shift) & ((1UL << width) - 1);
        return (int)value;
    }

    private int UInt16(int offset) => _bytes[_start + offset] | (_bytes[_start + offset + 1] << 8);

    private int Int(int offset) => CorpusFormat.ReadInt32(_bytes.AsSpan(_start), offset);
}
