using System.Collections.Generic;
using System.Collections.Immutable;

namespace Corpus.Generator.Analysis;

/// <summary>
/// The items of one band of their MinHash signatures grouped by the band's value (the buckets of locality-sensitive
/// hashing): each bucket's items ascending, the buckets in the order their first item comes. One key table and a
/// few arrays serve every band, so a band costs one look-up per item and no list per key.
/// </summary>
internal sealed class SignatureBands
{
    private readonly ImmutableArray<uint>[] _signatures;
    private readonly int _rows;
    private readonly Dictionary<ulong, int> _bucketOfKey;
    private readonly int[] _bucketOf;
    private readonly int[] _sizes;

    /// <param name="signatures">Each item's signature; an item without a full one is in no bucket.</param>
    /// <param name="rows">Signature positions per band (1 or 2).</param>
    public SignatureBands(ImmutableArray<uint>[] signatures, int rows)
    {
        _signatures = signatures;
        _rows = rows;
        _bucketOfKey = new Dictionary<ulong, int>(signatures.Length);
        _bucketOf = new int[signatures.Length];
        _sizes = new int[signatures.Length];
        Members = new int[signatures.Length];
        Starts = new int[signatures.Length + 1];
    }

    /// <summary>The items of every bucket of the band last <see cref="Group"/>ed, bucket after bucket.</summary>
    public int[] Members { get; }

    /// <summary>Where each bucket starts in <see cref="Members"/>; bucket <c>b</c> ends where <c>b + 1</c> starts.</summary>
    public int[] Starts { get; }

    /// <summary>Groups the items by the band that starts at signature position <paramref name="band"/>; returns the number of buckets.</summary>
    public int Group(int band)
    {
        _bucketOfKey.Clear();
        var buckets = 0;
        for (var i = 0; i < _signatures.Length; i++)
        {
            var signature = _signatures[i];
            if (signature.Length != WordSetSignature.Length)
            {
                _bucketOf[i] = -1;
                continue;
            }

            var key = _rows == 1 ? signature[band] : ((ulong)signature[band] << 32) | signature[band + 1];
            if (!_bucketOfKey.TryGetValue(key, out var bucket))
            {
                bucket = buckets++;
                _bucketOfKey.Add(key, bucket);
                _sizes[bucket] = 0;
            }

            _bucketOf[i] = bucket;
            _sizes[bucket]++;
        }

        // A counting sort by bucket: items ascending within each bucket, because they are placed in item order.
        Starts[0] = 0;
        for (var b = 0; b < buckets; b++)
        {
            Starts[b + 1] = Starts[b] + _sizes[b];
            _sizes[b] = Starts[b];
        }

        for (var i = 0; i < _signatures.Length; i++)
        {
            if (_bucketOf[i] >= 0)
            {
                Members[_sizes[_bucketOf[i]]++] = i;
            }
        }

        return buckets;
    }
}
