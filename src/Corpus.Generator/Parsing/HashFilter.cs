using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Generator.Parsing;

/// <summary>
/// A bit per slot of word hashes (<see cref="Lexicons.SpeechLexicon.CaseInsensitiveHash"/>) that some set holds:
/// a word whose slot is clear is in none of the sets, which one read of the bits tells where a hash-set look-up
/// cost a probe. A set bit only means "ask the set", so callers give the same answers as asking it every time.
/// </summary>
internal sealed class HashFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    public HashFilter(params IEnumerable<uint>[] sets)
    {
        foreach (var set in sets)
        {
            foreach (var hash in set)
            {
                var slot = hash & (Bits - 1);
                _bits[slot >> 6] |= 1UL << (int)(slot & 63);
            }
        }
    }

    /// <summary>False when no set given holds the hash; true when one may.</summary>
    /// <remarks>Inlined: the callers ask it word after word, and the call cost more than the test.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint hash)
    {
        var slot = hash & (Bits - 1);
        return (_bits[slot >> 6] & (1UL << (int)(slot & 63))) != 0;
    }
}
