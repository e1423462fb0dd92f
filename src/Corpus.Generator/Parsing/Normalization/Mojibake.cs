namespace Corpus.Generator.Parsing.Normalization;

/// <summary>
/// UTF-8 that was decoded as Windows-1252 and saved again (<c>â€™</c> for <c>’</c>, <c>Ã©</c> for <c>é</c>): each
/// byte of a multi-byte sequence became one character. Finds such a run at an offset and decodes what it meant.
/// </summary>
internal static class Mojibake
{
    /// <summary>
    /// The length of the run at <paramref name="i"/> that decodes to one well-formed UTF-8 character, or 0;
    /// <paramref name="codePoint"/> is that character.
    /// </summary>
    public static int RunAt(string text, int i, out int codePoint)
    {
        codePoint = 0;
        var lead = ToByte(text[i]);
        int continuations;
        if (lead is >= 0xC2 and <= 0xDF)
        {
            continuations = 1;
            codePoint = lead & 0x1F;
        }
        else if (lead is >= 0xE0 and <= 0xEF)
        {
            continuations = 2;
            codePoint = lead & 0x0F;
        }
        else if (lead is >= 0xF0 and <= 0xF4)
        {
            continuations = 3;
            codePoint = lead & 0x07;
        }
        else
        {
            return 0;
        }

        if (i + continuations >= text.Length)
        {
            return 0;
        }

        for (var k = 1; k <= continuations; k++)
        {
            var b = ToByte(text[i + k]);
            if (b is < 0x80 or > 0xBF)
            {
                return 0;
            }

            codePoint = (codePoint << 6) | (b & 0x3F);
        }

        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 a writer could have produced.
        var shortest = continuations switch { 1 => 0x80, 2 => 0x800, _ => 0x10000 };
        if (codePoint < shortest || codePoint is >= 0xD800 and <= 0xDFFF || codePoint > 0x10FFFF)
        {
            return 0;
        }

        return continuations + 1;
    }

    /// <summary>True when a character is what Windows-1252 shows for a byte of 0x80 or more (so it may be part of a run).</summary>
    public static bool IsHighByteCharacter(char c) => ToByte(c) >= 0x80;

    /// <summary>
    /// The byte Windows-1252 shows as <paramref name="c"/>, or -1. The five bytes that code page leaves undefined
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through as the C1 controls of the same value, as Windows decodes them.
    /// </summary>
    public static int ToByte(char c)
    {
        if (c < '\u0080' || (c >= '\u00A0' && c <= '\u00FF') || c is '\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D')
        {
            return c;
        }

        return c switch
        {
            '\u20AC' => 0x80, '\u201A' => 0x82, '\u0192' => 0x83, '\u201E' => 0x84, '\u2026' => 0x85, '\u2020' => 0x86,
            '\u2021' => 0x87, '\u02C6' => 0x88, '\u2030' => 0x89, '\u0160' => 0x8A, '\u2039' => 0x8B, '\u0152' => 0x8C,
            '\u017D' => 0x8E, '\u2018' => 0x91, '\u2019' => 0x92, '\u201C' => 0x93, '\u201D' => 0x94, '\u2022' => 0x95,
            '\u2013' => 0x96, '\u2014' => 0x97, '\u02DC' => 0x98, '\u2122' => 0x99, '\u0161' => 0x9A, '\u203A' => 0x9B,
            '\u0153' => 0x9C, '\u017E' => 0x9E, '\u0178' => 0x9F,
            _ => -1,
        };
    }

    /// <summary>The character a run stood for, as a string (two UTF-16 units above U+FFFF).</summary>
    public static string Decode(int codePoint) => char.ConvertFromUtf32(codePoint);
}
