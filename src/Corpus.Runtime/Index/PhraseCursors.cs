namespace Corpus;

/// <summary>
/// One posting cursor per phrase word, held inline like <see cref="PhraseTerms"/>. The fields are consecutive, so
/// <see cref="At"/> reaches cursor i as a reference (no copy in and out per step).
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
internal struct PhraseCursors
{
    internal PostingCursor First;
#pragma warning disable CS0169 // reached through Unsafe.Add from First, never by name
    private PostingCursor _c1, _c2, _c3, _c4, _c5, _c6, _c7;
#pragma warning restore CS0169

    /// <summary>Cursor <paramref name="index"/> (0–7) by reference, from a reference to <see cref="First"/>.</summary>
    internal static ref PostingCursor At(ref PostingCursor first, int index) =>
        ref System.Runtime.CompilerServices.Unsafe.Add(ref first, index);
}
