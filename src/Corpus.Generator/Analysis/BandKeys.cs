using System.Runtime.CompilerServices;

namespace Corpus.Generator.Analysis;

/// <summary>
/// The bucket number of each distinct band value, numbered as they first come: an open-addressing table of
/// 64-bit keys (linear probing, multiplicative hash). A band value is looked up for every item in every band, the
/// most frequent operation of the grouping, and this table does it without a comparer call or an entry object.
/// </summary>
internal sealed class BandKeys
{
    private ulong[] _keys;
    private int[] _buckets; // bucket number + 1; 0 marks an empty slot
    private int _shift;

    public BandKeys()
    {
        _shift = 64 - 4;
        _keys = new ulong[1 << 4];
        _buckets = new int[1 << 4];
    }

    /// <summary>The number of distinct keys seen.</summary>
    public int Count { get; private set; }

    /// <summary>The bucket of <paramref name="key"/>, a new one (numbered <see cref="Count"/>) the first time it comes.</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public int BucketOf(ulong key)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key);
        while (_buckets[slot] != 0)
        {
            if (_keys[slot] == key)
            {
                return _buckets[slot] - 1;
            }

            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _buckets[slot] = ++Count;
        if (2 * Count > _keys.Length)
        {
            Grow();
        }

        return Count - 1;
    }

    // Fibonacci hashing: the top bits of the key times 2^64 / phi spread even keys that differ only in low bits.
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    [MethodImpl(JitHints.FullyOptimized)]
    private void Grow()
    {
        var (keys, buckets) = (_keys, _buckets);
        _shift--;
        _keys = new ulong[keys.Length * 2];
        _buckets = new int[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var old = 0; old < keys.Length; old++)
        {
            if (buckets[old] != 0)
            {
                var slot = Slot(keys[old]);
                while (_buckets[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _keys[slot] = keys[old];
                _buckets[slot] = buckets[old];
            }
        }
    }
}
