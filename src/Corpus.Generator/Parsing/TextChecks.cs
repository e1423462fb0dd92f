using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Character-level checks: replacement characters, NUL and other control characters, and mojibake
/// (UTF-8 read as Windows-1252: <c>â€™</c>, <c>Ã©</c>). One issue per kind per line keeps the output readable.
/// </summary>
public static class TextChecks
{
    public static void Run(string text, IssueList issues)
    {
        var lastControlLine = -1;
        var lastMojibakeLine = -1;
        var line = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                continue;
            }

            if (IsUnwantedControl(c) || c == '\uFFFD')
            {
                if (line != lastControlLine)
                {
                    issues.Add(DiagnosticIds.InvalidText, new TextRange(i, 1), Describe(c));
                    lastControlLine = line;
                }

                continue;
            }

            if (line != lastMojibakeLine && MojibakeLength(text, i) is var length and > 0)
            {
                issues.Add(DiagnosticIds.Mojibake, new TextRange(i, length), text.Substring(i, length), Repair(text.Substring(i, length)));
                lastMojibakeLine = line;
            }
        }
    }

    /// <summary>Control characters other than tab and line ends (which are ordinary text).</summary>
    public static bool IsUnwantedControl(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r') || c is '\u007F' || (c >= '\u0080' && c <= '\u009F' && c != '\u0085');

    private static string Describe(char c) => c switch
    {
        '\0' => "a NUL character (U+0000)",
        '\uFFFD' => "a replacement character (U+FFFD): bytes that were not valid UTF-8 somewhere upstream",
        _ => $"a control character (U+{(int)c:X4})",
    };

    /// <summary>
    /// A UTF-8 lead byte read as Windows-1252 (Ã, Â, â, Ð, Ñ, ...) followed by what its continuation bytes
    /// become in that code page. Returns the length of the suspicious run, or 0.
    /// </summary>
    private static int MojibakeLength(string text, int i)
    {
        var lead = text[i];
        int continuations;
        if (lead >= '\u00C2' && lead <= '\u00DF')
        {
            continuations = 1;
        }
        else if (lead == '\u00E2')
        {
            // Only the lead of U+2000–U+2FFF (â): typographic quotes and dashes are by far the commonest victims,
            // and other three-byte leads (à, é, ...) are ordinary letters in Latin text.

            continuations = 2;
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
            if (!IsContinuationAs1252(text[i + k]))
            {
                return 0;
            }
        }

        return continuations + 1;
    }

    // Bytes 0x80–0xBF as Windows-1252 shows them: the C1 range is mapped to punctuation like € ‚ ƒ „ … † ‡ ™ œ.
    private static bool IsContinuationAs1252(char c) =>
        (c >= '\u00A0' && c <= '\u00BF')
        || c is '\u20AC' or '\u201A' or '\u0192' or '\u201E' or '\u2026' or '\u2020' or '\u2021' or '\u02C6' or '\u2030'
            or '\u0160' or '\u2039' or '\u0152' or '\u017D' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2022'
            or '\u2013' or '\u2014' or '\u02DC' or '\u2122' or '\u0161' or '\u203A' or '\u0153' or '\u017E' or '\u0178';

    /// <summary>What the bytes were meant to say, for the message.</summary>
    private static string Repair(string run)
    {
        var bytes = new byte[run.Length];
        for (var k = 0; k < run.Length; k++)
        {
            bytes[k] = ToWindows1252Byte(run[k]);
        }

        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static byte ToWindows1252Byte(char c) => c switch
    {
        '\u20AC' => 0x80, '\u201A' => 0x82, '\u0192' => 0x83, '\u201E' => 0x84, '\u2026' => 0x85, '\u2020' => 0x86,
        '\u2021' => 0x87, '\u02C6' => 0x88, '\u2030' => 0x89, '\u0160' => 0x8A, '\u2039' => 0x8B, '\u0152' => 0x8C,
        '\u017D' => 0x8E, '\u2018' => 0x91, '\u2019' => 0x92, '\u201C' => 0x93, '\u201D' => 0x94, '\u2022' => 0x95,
        '\u2013' => 0x96, '\u2014' => 0x97, '\u02DC' => 0x98, '\u2122' => 0x99, '\u0161' => 0x9A, '\u203A' => 0x9B,
        '\u0153' => 0x9C, '\u017E' => 0x9E, '\u0178' => 0x9F,
        _ => (byte)c,
    };
}
