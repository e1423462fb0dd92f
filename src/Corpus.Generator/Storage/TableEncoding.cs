using System.Collections.Generic;
using System.Text;

namespace Corpus.Generator.Storage;

/// <summary>
/// Encodes an integer table (the text index's term table; article tables are binary, ArticleTableBuilder) as printable ASCII, so it can be emitted as one UTF-8 string literal
/// (compiled as RVA data, and far cheaper for the compiler than a <c>new byte[] { ... }</c> initializer of the same
/// size). Fixed width gives random access at run time: the first character is the width (3, 4 or 6), then each value
/// is that many base-64 digits, most significant first, with digit d written as the character <c>'0' + d</c>.
/// Widths 3 and 4 hold values from -1 to 2^18 - 2 and 2^24 - 2 (stored plus one); width 6 holds any 32-bit value.
/// The runtime's <c>TableDigits</c> reads this format (the text index's term table); the two change together.
/// </summary>
internal static class TableEncoding
{
    public const char DigitBase = '0';

    public static string Encode(IReadOnlyList<int> values)
    {
        // The narrowest width that holds every value: 3 digits hold -1 to 2^18 - 2 (an article under 256 K
        // characters), 4 digits -1 to 2^24 - 2, both stored plus one; 6 digits any 32-bit value.
        var width = 3;
        foreach (var value in values)
        {
            if (value < -1 || value > (1 << 24) - 2)
            {
                width = 6;
                break;
            }

            if (value > (1 << 18) - 2)
            {
                width = 4;
            }
        }

        var small = width < 6;
        var builder = new StringBuilder(1 + (values.Count * width));
        builder.Append((char)('0' + width));
        foreach (var value in values)
        {
            var bits = small ? (uint)(value + 1) : (uint)value;
            for (var k = width - 1; k >= 0; k--)
            {
                builder.Append((char)(DigitBase + ((bits >> (6 * k)) & 63)));
            }
        }

        return builder.ToString();
    }
}
