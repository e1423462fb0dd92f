using System;

namespace Corpus;

/// <summary>
/// Reads the constant offset table that the generator emits for each article (see docs/design.md, "Article tables").
/// The table is a section of the corpus resource (read in place, so reading it allocates nothing) of fixed-width base-64 integers:
/// the first byte is the width (3, 4 or 6 digits), and digit d is stored as the byte <c>'0' + d</c>.
/// Widths 3 and 4 store each value plus one, so that -1 ("none") fits.
/// </summary>
/// <remarks>
/// Layout (ints): a header of <see cref="HeaderLength"/> values, then <c>SliceCount</c> slices of
/// (utf8Start, utf8Length, charStart, charLength), then paragraphs of (slice, kind), then quotations of
/// (textSlice, paragraph, flags, cueSlice, speakerAsWrittenSlice, speakerSlice, continues).
/// A slice index of -1 means "none"; a charStart of -1 marks a string stored after the article text.
/// </remarks>
internal readonly ref struct ArticleTable
{
    internal const int Version = 1;
    internal const int HeaderLength = 10;
    internal const int SliceWidth = 4;
    internal const int ParagraphWidth = 2;
    internal const int QuotationWidth = 7;

    private readonly ReadOnlySpan<byte> _bytes;

    internal ArticleTable(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    internal int this[int index] => TableDigits.Read(_bytes, index);

    internal int TextUtf8Length => this[1];

    internal int TextLength => this[2];

    internal int Date => this[3];

    internal int HeadlineSlice => this[4];

    internal int DatelineSlice => this[5];

    internal int AgencySlice => this[6];

    internal int SliceCount => this[7];

    internal int ParagraphCount => this[8];

    internal int QuotationCount => this[9];

    internal int SliceUtf8Start(int slice) => this[HeaderLength + (slice * SliceWidth)];

    internal int SliceUtf8Length(int slice) => this[HeaderLength + (slice * SliceWidth) + 1];

    internal int SliceStart(int slice) => this[HeaderLength + (slice * SliceWidth) + 2];

    internal int SliceLength(int slice) => this[HeaderLength + (slice * SliceWidth) + 3];

    private int ParagraphBase => HeaderLength + (SliceCount * SliceWidth);

    internal int ParagraphSlice(int paragraph) => this[ParagraphBase + (paragraph * ParagraphWidth)];

    internal ParagraphKind ParagraphKind(int paragraph) => (ParagraphKind)this[ParagraphBase + (paragraph * ParagraphWidth) + 1];

    private int QuotationBase => ParagraphBase + (ParagraphCount * ParagraphWidth);

    internal int QuotationField(int quotation, int field) => this[QuotationBase + (quotation * QuotationWidth) + field];
}
