using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Character-level checks: replacement characters, NUL and other control characters, and mojibake
/// (UTF-8 read as Windows-1252: <c>â€™</c>, <c>Ã©</c>) in a file that was not repaired because only some of it is
/// double-encoded. One issue per kind per line keeps the output readable.
/// </summary>
internal static class TextChecks
{
    public static void Run(string text, IssueList issues, bool reportMojibake = true)
    {
        var lastControlLine = -1;
        var lastMojibakeLine = -1;
        var line = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Printable ASCII, most of any text: no control character, and no mojibake starts with it.
            i = TextScan.SkipPrintableAscii(text, i);
            if (i >= text.Length)
            {
                break;
            }

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
                    issues.Add(DiagnosticCatalog.InvalidText, new TextRange(i, 1), Describe(c));
                    lastControlLine = line;
                }

                continue;
            }

            if (reportMojibake && line != lastMojibakeLine && MojibakeLength(text, i) is var length and > 0)
            {
                issues.Add(DiagnosticCatalog.Mojibake, new TextRange(i, length), "'" + text.Substring(i, length) + "'", $"did you mean '{Repair(text, i)}'?");
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

    /// <summary>The length of a mojibake run at <paramref name="i"/> (see <see cref="Normalization.Mojibake"/>), or 0.</summary>
    private static int MojibakeLength(string text, int i) => text[i] < '\u00C2' ? 0 : Normalization.Mojibake.RunAt(text, i, out _);

    /// <summary>What the characters were meant to say, for the message.</summary>
    private static string Repair(string text, int i) => Normalization.Mojibake.RunAt(text, i, out var codePoint) > 0 ? Normalization.Mojibake.Decode(codePoint) : string.Empty;
}
