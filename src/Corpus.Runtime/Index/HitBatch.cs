using System.Runtime.CompilerServices;

namespace Corpus;

/// <summary>
/// The next hits of a term or prefix walk, decoded together by <see cref="PostingCursor.Decode"/> and held inline in
/// the enumerator: per hit its article, paragraph and UTF-16 start, and its UTF-16 length &lt;&lt;
/// <see cref="LengthShift"/> | the posting's flags.
/// </summary>
internal unsafe struct HitBatch
{
    /// <summary>Hits a batch holds: enough that the decoding loop runs on with its state in registers.</summary>
    internal const int Capacity = 64;

    internal const int Fields = 4;

    internal const int LengthShift = 3;

    internal fixed int Values[Capacity * Fields];

    /// <summary>Writes a hit at <paramref name="slot"/>, its first value in a batch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Write(ref int slot, int article, int paragraph, int start, int length, int flags)
    {
        slot = article;
        Unsafe.Add(ref slot, 1) = paragraph;
        Unsafe.Add(ref slot, 2) = start;
        Unsafe.Add(ref slot, 3) = (length << LengthShift) | flags;
    }
}
