// Compiled into the runtime (Article, Paragraph, Quotation read their fields through it) and into the generator and
// build task (the report reads the spilled articles back through it), like the rest of Format/: one reader of the
// layout in ArticleTableFormat.cs, whoever reads.
using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if CORPUS_GENERATOR
using Corpus.Generator.Model;
using F = Corpus.Generator.Storage.ArticleTableFormat;

namespace Corpus.Generator.Storage;
#else
using F = Corpus.ArticleTableFormat;

namespace Corpus;
#endif

/// <summary>
/// Reads an article's table (layout: <see cref="ArticleTableFormat"/>, docs/design.md "Article tables"), a section of
/// the corpus resource read in place: header integers, then bit-packed records of strings, paragraphs and quotations.
/// A field is one unaligned 64-bit load, a shift and a mask; nothing allocates.
/// </summary>
internal readonly ref struct ArticleTable
{
    private readonly ReadOnlySpan<byte> _bytes;

    internal ArticleTable(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    internal int TextUtf8Length => Int(F.TextUtf8Length);

    internal int TextLength => Int(F.TextLength);

    internal int Date => Int(F.Date);

    internal int HeadlineString => F.StringValue(At(F.Headline));

    internal int DatelineString => F.StringValue(At(F.Dateline));

    internal int AgencyString => F.StringValue(At(F.Agency));

    internal int StringCount => Int(F.StringCount);

    internal byte LanguageFirst => At(F.Language);

    internal byte LanguageSecond => At(F.Language + 1);

    internal int ParagraphCount => Int(F.ParagraphCount);

    internal int QuotationCount => Int(F.QuotationCount);

    internal int StringUtf8Start(int s) => String(s, F.StringStart);

    internal int StringUtf8Length(int s) => String(s, F.StringLength);

    internal int ParagraphUtf8Start(int p) => Paragraph(p, F.ParagraphStart);

    internal int ParagraphUtf8Length(int p) => Paragraph(p, F.ParagraphLength);

    internal int ParagraphStart(int p) => Paragraph(p, F.ParagraphStart) - Paragraph(p, F.ParagraphShift);

    internal int ParagraphLength(int p) => Paragraph(p, F.ParagraphLength) - Paragraph(p, F.ParagraphExtra);

    internal ParagraphKind ParagraphKind(int p) => (ParagraphKind)Paragraph(p, F.ParagraphKind);

    internal int QuotationParagraph(int q) => F.Value(F.QuotationParagraph, Quotation(q, F.QuotationParagraph));

    internal int QuotationUtf8Start(int q) => Quotation(q, F.QuotationStart);

    internal int QuotationUtf8Length(int q) => Quotation(q, F.QuotationLength);

    internal int QuotationStart(int q) => Quotation(q, F.QuotationStart) - Quotation(q, F.QuotationShift);

    internal int QuotationLength(int q) => Quotation(q, F.QuotationLength) - Quotation(q, F.QuotationExtra);

    internal bool QuotationMarked(int q) => (Quotation(q, F.QuotationFlags) & F.MarkedFlag) != 0;

    internal int QuotationContinues(int q) => F.Value(F.QuotationContinues, Quotation(q, F.QuotationContinues));

    internal int QuotationCue(int q) => F.Value(F.QuotationCue, Quotation(q, F.QuotationCue));

    internal int QuotationSpeakerAsWritten(int q) => F.Value(F.QuotationSpeakerAsWritten, Quotation(q, F.QuotationSpeakerAsWritten));

    internal int QuotationSpeaker(int q) => F.Value(F.QuotationSpeaker, Quotation(q, F.QuotationSpeaker));

    // Paragraphs start at the header's end, quotations after the paragraphs, strings after the quotations.
    private long QuotationBase => F.ParagraphBase + (UInt32(F.ParagraphCount) * (long)At(F.ParagraphBits));

    private long StringBase => QuotationBase + (UInt32(F.QuotationCount) * (long)UInt16(F.QuotationBits));

    private int Paragraph(int p, int field) => Field(F.ParagraphBase + ((long)p * At(F.ParagraphBits)), field);

    private int Quotation(int q, int field) => Field(QuotationBase + ((long)q * UInt16(F.QuotationBits)), field);

    private int String(int s, int field) => Field(StringBase + ((long)s * At(F.StringBits)), field);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Field(long record, int field)
    {
        var descriptor = (int)UInt16(F.Descriptors + (2 * field));
        var bit = record + (descriptor >> F.OffsetShift);
        var word = UInt64((int)(bit >> 3));
        return (int)((word >> (int)(bit & 7)) & ((1UL << (descriptor & F.WidthMask)) - 1));
    }

    private int Int(int offset) => (int)UInt32(offset);

    // The format is little-endian, as is every platform .NET runs on today, where the reversal is compiled away. More
    // of the resource follows every table (CorpusFormat.TailBytes), so an 8-byte load at a field's first byte stays in it.
    private ref byte At(int offset) => ref Unsafe.Add(ref MemoryMarshal.GetReference(_bytes), offset);

    private ushort UInt16(int offset)
    {
        var value = Unsafe.ReadUnaligned<ushort>(ref At(offset));
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }

    private uint UInt32(int offset)
    {
        var value = Unsafe.ReadUnaligned<uint>(ref At(offset));
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }

    private ulong UInt64(int offset)
    {
        var value = Unsafe.ReadUnaligned<ulong>(ref At(offset));
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }
}
