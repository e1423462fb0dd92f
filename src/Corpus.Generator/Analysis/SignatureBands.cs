using System.Runtime.CompilerServices;
using System.Collections.Immutable;

namespace Corpus.Generator.Analysis;

/// <summary>
/// The items grouped, band by band, by the value of that band of their MinHash signatures (the buckets of
/// locality-sensitive hashing): each bucket's items ascending, the buckets in the order their first item comes.
/// </summary>
/// <remarks>
/// Each signature is read once, for all its bands: reading one band of every signature per band touched every
/// signature's memory once a band, which cost more than the grouping itself. A band then costs a counting sort of
/// the bucket numbers, and no list per key.
/// </remarks>
internal sealed class SignatureBands
{
    private readonly int _count;
    private readonly int[] _bucketOf; // band after band: each item's bucket in that band, or -1 without a full signature
    private readonly int[] _buckets; // buckets per band
    private readonly int[] _next;

    /// <param name="signatures">Each item's signature; an item without a full one is in no bucket.</param>
    /// <param name="rows">Signature positions per band (1 or 2).</param>
    [MethodImpl(JitHints.FullyOptimized)]
    public SignatureBands(ImmutableArray<uint>[] signatures, int rows)
    {
        _count = signatures.Length;
        Count = WordSetSignature.Length / rows;
        _bucketOf = new int[Count * _count];
        _buckets = new int[Count];
        _next = new int[_count];
        Members = new int[_count];
        Starts = new int[_count + 1];

        var keys = new BandKeys[Count];
        for (var band = 0; band < Count; band++)
        {
            keys[band] = new BandKeys();
        }

        for (var i = 0; i < _count; i++)
        {
            var signature = signatures[i];
            for (var band = 0; band < Count; band++)
            {
                var bucket = -1;
                if (signature.Length == WordSetSignature.Length)
                {
                    bucket = keys[band].BucketOf(rows == 1 ? signature[band] : ((ulong)signature[2 * band] << 32) | signature[(2 * band) + 1]);
                }

                _bucketOf[(band * _count) + i] = bucket;
            }
        }

        for (var band = 0; band < Count; band++)
        {
            _buckets[band] = keys[band].Count;
        }
    }

    /// <summary>The number of bands.</summary>
    public int Count { get; }

    /// <summary>The items of every bucket of the band last <see cref="Group"/>ed, bucket after bucket.</summary>
    public int[] Members { get; }

    /// <summary>Where each bucket starts in <see cref="Members"/>; bucket <c>b</c> ends where <c>b + 1</c> starts.</summary>
    public int[] Starts { get; }

    /// <summary>Fills <see cref="Members"/> and <see cref="Starts"/> with the buckets of band <paramref name="band"/>; returns their number.</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public int Group(int band)
    {
        var buckets = _buckets[band];
        var offset = band * _count;
        var next = _next;
        for (var b = 0; b < buckets; b++)
        {
            next[b] = 0;
        }

        for (var i = 0; i < _count; i++)
        {
            if (_bucketOf[offset + i] >= 0)
            {
                next[_bucketOf[offset + i]]++;
            }
        }

        // A counting sort by bucket: items ascending within each bucket, because they are placed in item order.
        Starts[0] = 0;
        for (var b = 0; b < buckets; b++)
        {
            Starts[b + 1] = Starts[b] + next[b];
            next[b] = Starts[b];
        }

        for (var i = 0; i < _count; i++)
        {
            var bucket = _bucketOf[offset + i];
            if (bucket >= 0)
            {
                Members[next[bucket]++] = i;
            }
        }

        return buckets;
    }
}
