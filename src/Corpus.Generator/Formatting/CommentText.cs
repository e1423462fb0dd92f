using System.Text;

namespace Corpus.Generator.Formatting;

/// <summary>
/// Text from seeds and file names made safe for generated comments and XML docs, whatever it holds: a line
/// break (<c>\n</c>, <c>\r</c>, U+0085, U+2028, U+2029) would end a <c>//</c> comment and spill into code; a control
/// character, a lone surrogate or U+FFFE/U+FFFF is not XML (CS1570) nor UTF-8 (CS9026 at emit). Each becomes
/// U+FFFD, so the comment still shows where a character was.
/// </summary>
internal static class CommentText
{
    /// <summary>Text for a one-line <c>//</c> comment.</summary>
    public static string Line(string text) => Clean(text, xml: false);

    /// <summary>Text for a one-line XML doc comment: also <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped.</summary>
    public static string Xml(string text) => Clean(text, xml: true);

    private static string Clean(string text, bool xml)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF')
            {
                replacement = c == '\t' ? " " : "\uFFFD"; // char.IsControl covers \n, \r and U+0085
            }
            else if (xml)
            {
                replacement = c switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    _ => null,
                };
            }

            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }
}
