using System;

namespace Corpus;

/// <summary>Folds a query into its terms' UTF-8 bytes exactly as the generator folded the articles (<see cref="TermFolding"/>).</summary>
internal static class QueryFolding
{
    /// <summary>
    /// Writes the folded terms of <paramref name="text"/> one after another into <paramref name="bytes"/> (which holds
    /// at least 3 bytes per character) and the end of each into <paramref name="ends"/>. Returns the number of terms,
    /// counting (but not storing) any beyond <paramref name="ends"/>' length.
    /// </summary>
    internal static int Fold(ReadOnlySpan<char> text, Span<byte> bytes, Span<int> ends)
    {
        var length = 0;
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var folded = TermFolding.Fold(c);
            if (folded == TermFolding.Separator)
            {
                if (inWord)
                {
                    if (count < ends.Length)
                    {
                        ends[count] = length;
                    }

                    count++;
                    inWord = false;
                }

                continue;
            }

            if (folded == TermFolding.Skip)
            {
                continue;
            }

            inWord = true;
            if (folded < 0x80)
            {
                bytes[length++] = (byte)folded;
            }
            else if (folded < 0x800)
            {
                bytes[length++] = (byte)(0xC0 | (folded >> 6));
                bytes[length++] = (byte)(0x80 | (folded & 0x3F));
            }
            else
            {
                bytes[length++] = (byte)(0xE0 | (folded >> 12));
                bytes[length++] = (byte)(0x80 | ((folded >> 6) & 0x3F));
                bytes[length++] = (byte)(0x80 | (folded & 0x3F));
            }
        }

        if (inWord)
        {
            if (count < ends.Length)
            {
                ends[count] = length;
            }

            count++;
        }

        return count;
    }
}
