// Compiled into both the runtime (the reader, ArticleTable.cs beside it) and the generator and build task (the writer,
// Storage/ArticleTableBuilder.cs), like the rest of Format/, so the two cannot disagree about an article table.
// Change it in one place only, and bump CorpusFormat.Version when the layout changes.
#if CORPUS_GENERATOR
namespace Corpus.Generator.Storage;
#else
namespace Corpus;
#endif

/// <summary>
/// The layout of one article's table (docs/design.md, "Article tables"): a header of little-endian 32-bit integers,
/// three string bytes, the record widths and the language code, one 16-bit descriptor per field, then three arrays of bit-packed records (paragraphs, quotations, strings).
/// </summary>
/// <remarks>
/// Each field of a record has the width, in bits (0 to 32), that its largest value in this article needs, so a table
/// costs what its values hold: a field that is zero throughout (the UTF-16 corrections of an ASCII-only article) costs
/// nothing. A field's descriptor is its bit offset in the record shifted left by 6, plus its width; a record's width is
/// where its last field ends (stored all the same: one load on the paragraph scan's path, not three), and each array
/// starts where the one before ends, so its bit offset is not stored. Fields that may be
/// "none" (−1) are stored plus one. A table is followed by more of its resource (CorpusFormat.TailBytes), so the
/// reader loads any field with one unaligned 64-bit read.
/// </remarks>
internal static class ArticleTableFormat
{
    // Header, byte offsets of little-endian 32-bit integers, then three bytes.
    internal const int TextUtf8Length = 0;
    internal const int TextLength = 4;
    internal const int Date = 8;
    internal const int ParagraphCount = 12;
    internal const int QuotationCount = 16;
    internal const int StringCount = 20;
    internal const int Headline = 24; // a string index plus one (0 = none), one byte: the writer adds these first
    internal const int Dateline = 25;
    internal const int Agency = 26;
    internal const int ParagraphBits = 27; // bits per record: one byte (5 fields of at most 32 bits)
    internal const int QuotationBits = 28; // 16-bit (10 fields)
    internal const int StringBits = 30; // one byte (2 fields)
    internal const int Language = 31; // the ISO 639-1 code, two lower-case ASCII letters
    internal const int Descriptors = 33; // FieldCount × 16 bits

    // Fields, in record order: paragraphs, quotations, strings (a text the article shows as a string or UTF-8 only:
    // headline, dateline, agency, cues, speakers, each distinct text once).
    internal const int ParagraphStart = 0; // UTF-8 start
    internal const int ParagraphLength = 1; // UTF-8 length
    internal const int ParagraphShift = 2; // UTF-8 start − UTF-16 start
    internal const int ParagraphExtra = 3; // UTF-8 length − UTF-16 length
    internal const int ParagraphKind = 4;
    internal const int QuotationParagraph = 5; // plus one
    internal const int QuotationStart = 6; // UTF-8 start of the quoted words
    internal const int QuotationLength = 7;
    internal const int QuotationShift = 8;
    internal const int QuotationExtra = 9;
    internal const int QuotationFlags = 10; // 1 = marked
    internal const int QuotationContinues = 11; // the quotation continued, plus one (0 = none)
    internal const int QuotationCue = 12; // a string index, plus one (0 = none)
    internal const int QuotationSpeakerAsWritten = 13;
    internal const int QuotationSpeaker = 14;
    internal const int StringStart = 15; // UTF-8 start in the article's data (text, then strings stored after it)
    internal const int StringLength = 16; // UTF-8 length
    internal const int FieldCount = 17;

    internal const int FirstParagraphField = ParagraphStart;
    internal const int FirstQuotationField = QuotationParagraph;
    internal const int FirstStringField = StringStart;

    /// <summary>The header's length in bytes: the bit-packed records start here.</summary>
    internal const int HeaderLength = Descriptors + (2 * FieldCount);

    /// <summary>The bit offset of the first paragraph: the header's end.</summary>
    internal const int ParagraphBase = 8 * HeaderLength;

    internal const int OffsetShift = 6;
    internal const int WidthMask = 63;

    /// <summary>The table's length in bytes (the article's file name follows it).</summary>
    internal static int Length(System.ReadOnlySpan<byte> table)
    {
        var bits = (long)ParagraphBase
            + ((long)CorpusFormat.ReadInt32(table, ParagraphCount) * table[ParagraphBits])
            + ((long)CorpusFormat.ReadInt32(table, QuotationCount) * (table[QuotationBits] | (table[QuotationBits + 1] << 8)))
            + ((long)CorpusFormat.ReadInt32(table, StringCount) * table[StringBits]);
        return (int)((bits + 7) / 8);
    }

    /// <summary>Whether a field is stored plus one (it may be −1, "none"); the header's string bytes always are.</summary>
    internal static bool PlusOne(int field) =>
        field == QuotationParagraph || field == QuotationContinues || field == QuotationCue || field == QuotationSpeakerAsWritten || field == QuotationSpeaker;

    /// <summary>A value as <paramref name="field"/> stores it: plus one where −1 means none.</summary>
    internal static long Stored(int field, long value) => PlusOne(field) ? value + 1 : value;

    /// <summary>A stored value of <paramref name="field"/> back as the value: minus one where <see cref="PlusOne"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int Value(int field, int stored) => PlusOne(field) ? stored - 1 : stored;

    /// <summary>A string index (−1 for none) as a header byte stores it (<see cref="Headline"/> and the two after it).</summary>
    internal static byte StoredString(int index) => checked((byte)(index + 1));

    /// <summary>A header string byte back as a string index (−1 for none).</summary>
    internal static int StringValue(byte stored) => stored - 1;

    /// <summary>Bit of <see cref="QuotationFlags"/>: the words stand inside quotation marks.</summary>
    internal const int MarkedFlag = 1;

    /// <summary>A date as <see cref="Date"/> stores it, (year &lt;&lt; 9) | (month &lt;&lt; 5) | day (24 bits); 0 is none.</summary>
    internal static int PackDate(int year, int month, int day) => (year << 9) | (month << 5) | day;

    internal static int DateYear(int packed) => packed >> 9;

    internal static int DateMonth(int packed) => (packed >> 5) & 15;

    internal static int DateDay(int packed) => packed & 31;
}
