using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Generator.Parsing;

/// <summary>
/// A set of word hashes (<see cref="Lexicons.SpeechLexicon.CaseInsensitiveHash"/>) with a <see cref="HashFilter"/> in
/// front: the rules ask these sets of nearly every word in a window, nearly every word is in none, and one read of the
/// filter's bits answers for it where a hash-set probe cost more. A set bit only means "ask the set": the answers are
/// the set's.
/// </summary>
internal sealed class FilteredHashes
{
    private readonly HashSet<uint> _hashes;
    private readonly HashFilter _filter;

    public FilteredHashes(HashSet<uint> hashes)
    {
        _hashes = hashes;
        _filter = new HashFilter(hashes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(uint hash) => _filter.MayContain(hash) && _hashes.Contains(hash);
}
