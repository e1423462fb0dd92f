using System;
using System.Runtime.CompilerServices;

namespace Corpus.Generator.Indexing;

/// <summary>
/// Numbers a corpus's distinct terms as the index builder meets them, keyed by their UTF-8 bytes: the articles' shares
/// (<see cref="ArticlePostings"/>) hold terms as bytes, and a string for each of millions of (article, term) pairs is
/// what made the build's memory grow with the text. Open addressing, at most half full.
/// </summary>
internal sealed class TermIds
{
    private byte[] _bytes = new byte[1 << 16];
    private int _used;
    private int[] _starts = new int[1 << 10];
    private int[] _lengths = new int[1 << 10];
    private int[] _slots = new int[1 << 11]; // id + 1, or 0 for free

    public int Count { get; private set; }

    public ReadOnlySpan<byte> Term(int id) => _bytes.AsSpan(_starts[id], _lengths[id]);

    /// <summary>The id of <c>source[start..start+length)</c>, a new one (the next number) when the term is new.</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public int GetOrAdd(byte[] source, int start, int length)
    {
        var term = source.AsSpan(start, length);
        var mask = _slots.Length - 1;
        var slot = (int)(Hash(term) & (uint)mask);
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            if (term.SequenceEqual(Term(id)))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        var added = Count++;
        if (added == _starts.Length)
        {
            Array.Resize(ref _starts, added * 2);
            Array.Resize(ref _lengths, added * 2);
        }

        if (_used + length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + length));
        }

        term.CopyTo(_bytes.AsSpan(_used));
        _starts[added] = _used;
        _lengths[added] = length;
        _used += length;
        _slots[slot] = added + 1;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return added;
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = (int)(Hash(Term(id)) & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id + 1;
        }

        _slots = slots;
    }

    // FNV-1a: terms are short words, so a byte loop is as fast as anything wider.
    [MethodImpl(JitHints.FullyOptimized)]
    private static uint Hash(ReadOnlySpan<byte> term)
    {
        var hash = 2166136261u;
        foreach (var b in term)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}
