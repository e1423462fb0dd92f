namespace Corpus;

/// <summary>
/// The layout of one term's postings in the index's <c>Postings</c> literal, shared by the generator's writer and the
/// runtime's <see cref="PostingCursor"/> (this file is compiled into both, as <c>TermFolding.cs</c>). Every number is a
/// varint of five bits per printable byte (<c>'0'</c> + bits, +32 when more bytes follow). A term's region is:
/// <code>
/// [skip bytes]  (only when the term has more than SkipInterval postings)
/// [position bytes]
/// [checkpoints] one per SkipInterval postings: article and ordinal of the posting before, byte offsets of the posting
///               in the position and detail streams (all four as deltas from the previous checkpoint)
/// [positions]   per posting: ordinal delta (≥ 1), or 0 then the article delta and the absolute ordinal (a reset)
/// [details]     per posting, when it is in the previous posting's paragraph, not a reset and as long as the term
///               (most postings), a short entry: one number, (start residual − anchor, zigzag) &lt;&lt; 2 | 2 inside a
///               quotation; otherwise a long entry: head &lt;&lt; 1 | 1 (head: paragraph or its delta &lt;&lt; 5 | 16 reset
///               | 8 length follows | flags), the start residual (reset) or residual − anchor (zigzag), and the length
///               if it follows. The anchor is the residual of the last long entry (see <see cref="PredictedStart"/>).
/// </code>
/// Positions and details are separate streams so that a phrase query can walk a frequent word's ordinals (about one
/// byte each) and decode its details only where the phrase matches; short entries do not depend on each other, so the
/// details of the postings in between are stepped over, not decoded. A reset (new article, or the first posting after a
/// checkpoint) stores absolute values, so a cursor can jump to a checkpoint without the state before it.
/// </summary>
internal static class PostingLayout
{
    /// <summary>Postings between checkpoints; terms with no more postings than this have none.</summary>
    internal const int SkipInterval = 32;

    /// <summary>Paragraph kind (bits 0–1) and inside-a-quotation (bit 2), as in the tokens.</summary>
    internal const int FlagsMask = 7;
    internal const int KindMask = 3;
    internal const int QuotationFlag = 4;
    internal const int LengthFlag = 8;
    internal const int ResetFlag = 16;
    internal const int HeadBits = 5;

    /// <summary>
    /// Bytes after the last term's region, so that a reader can always load two bytes at once (see the cursor's Read).
    /// </summary>
    internal const string Padding = "00";

    /// <summary>Bit 0 of a detail entry: set for a long entry (head, residual, length), clear for a short one.</summary>
    internal const int LongEntryBit = 1;

    /// <summary>Bit 1 of a short detail entry: the word is inside a quotation.</summary>
    internal const int ShortQuotationBit = 2;

    /// <summary>The residual delta of a short detail entry starts at bit 2.</summary>
    internal const int ShortEntryBits = 2;

    /// <summary>
    /// Ordinals count one extra position at every paragraph break, so words at consecutive ordinals are always in one
    /// paragraph and a phrase never needs to compare paragraphs.
    /// </summary>
    internal static int GappedOrdinal(int ordinal, int paragraph) => ordinal + paragraph;

    /// <summary>
    /// Where a word at this (gapped) ordinal would start if every word took the corpus's mean width (in sixteenths of
    /// a character, stored in the term table's closing row). The index stores the start minus this prediction, which is
    /// small and fits one or two digits where the start itself takes two or three.
    /// </summary>
    internal static int PredictedStart(int ordinal, int widthSixteenths) => (int)(((long)ordinal * widthSixteenths) >> 4);

    internal static int ZigZag(int value) => (value << 1) ^ (value >> 31);

    internal static int UnZigZag(int value) => (int)((uint)value >> 1) ^ -(value & 1);
}
