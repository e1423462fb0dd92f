using System;

namespace Corpus;

/// <summary>
/// Reads the build's fixed-width tables (Emitting/TableEncoding.cs): the first byte is the width, 3, 4 or 6; each
/// value is that many base-64 digits written as '0' + digit; widths 3 and 4 store value + 1 so that -1 (none) fits.
/// </summary>
internal static class TableDigits
{
    internal static int Read(ReadOnlySpan<byte> table, int index)
    {
        var width = table[0] - '0';
        var digits = table.Slice(1 + (index * width), width);
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 6) | (digit - '0');
        }

        return width == 6 ? value : value - 1;
    }
}
