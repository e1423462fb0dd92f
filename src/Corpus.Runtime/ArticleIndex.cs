using System;
using System.ComponentModel;
using System.Text;

namespace Corpus;

/// <summary>
/// Lookup of an article's position by id, for generated <c>Find</c> methods: the ids, sorted ordinally, arrive as one
/// UTF-8 constant (RVA data, never the 16 MB string heap), are decoded once on first use, and are then searched by
/// binary search without allocating. Why not a <c>switch</c> on the id: Roslyn compiles large switches in
/// superlinear time (8,000 string cases: 27 s of CPU; 20,000 int cases: 78 s).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleIndex
{
    private readonly string[] _ids;

    /// <summary>Called by generated code only.</summary>
    /// <param name="sortedIds">The ids in ordinal order, each followed by a NUL byte (a character no file name holds).</param>
    public unsafe ArticleIndex(ReadOnlySpan<byte> sortedIds)
    {
        if (sortedIds.IsEmpty)
        {
            _ids = Array.Empty<string>();
            return;
        }

        string all;
        fixed (byte* bytes = sortedIds)
        {
            all = Encoding.UTF8.GetString(bytes, sortedIds.Length - 1); // without the last separator
        }

        _ids = all.Split('\0');
    }

    /// <summary>The position of <paramref name="id"/> in the sorted ids, or -1.</summary>
    /// <param name="id">The article id to find.</param>
    /// <returns>The index, or -1 when no article has that id.</returns>
    public int IndexOf(ReadOnlySpan<char> id)
    {
        var low = 0;
        var high = _ids.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = id.SequenceCompareTo(_ids[middle].AsSpan());
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return -1;
    }
}
