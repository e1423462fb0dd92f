using System;

namespace Corpus.Generator.Parsing;

/// <summary>Searches over ascending integers (offsets, starts): a plain loop, as the rules ask it of nearly every word.</summary>
internal static class SortedInts
{
    /// <summary>The index of the last element at or before <paramref name="value"/>, or -1.</summary>
    public static int LastAtOrBefore(ReadOnlySpan<int> sorted, int value)
    {
        int low = 0, high = sorted.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            if (sorted[middle] <= value)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
