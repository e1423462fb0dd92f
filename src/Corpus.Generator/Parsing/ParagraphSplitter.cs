using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Splits text into paragraphs at blank lines (or, in a file that has none, at every line break); each range is
/// trimmed of surrounding white space. A line break after a line longer than any wrapping tool makes is a
/// paragraph break too: scrapers that keep a blank line after the title often put single breaks after that.
/// </summary>
internal static class ParagraphSplitter
{
    public static List<TextRange> Split(string text, int start, bool everyLine = false)
    {
        var paragraphs = new List<TextRange>();
        var paragraphStart = -1;
        var lastContent = -1;
        var lineHasContent = false;
        var lineStart = start;
        for (var i = start; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\n' : text[i];
            if (c > ' ' && c < '\u007F')
            {
                // A run of printable ASCII other than the space (most of any text): content, and no line break.
                if (paragraphStart < 0)
                {
                    paragraphStart = i;
                }

                while (i + 1 < text.Length && text[i + 1] > ' ' && text[i + 1] < '\u007F')
                {
                    i++;
                }

                lineHasContent = true;
                lastContent = i;
                continue;
            }

            if (c == '\n' && i > start && text[i - 1] == '\r')
            {
                continue; // the second half of CRLF
            }

            if (IsLineBreak(c))
            {
                var longLine = lineHasContent && lastContent + 1 - System.Math.Max(lineStart, paragraphStart) > Normalization.TextLayout.WidestWrap;
                if ((!lineHasContent || everyLine || longLine) && paragraphStart >= 0)
                {
                    // A blank line (or any line end, when lines are paragraphs) closes the paragraph.
                    paragraphs.Add(new TextRange(paragraphStart, lastContent + 1 - paragraphStart));
                    paragraphStart = -1;
                }

                lineHasContent = false;
                lineStart = i + 1;
                if (atEnd && paragraphStart >= 0)
                {
                    paragraphs.Add(new TextRange(paragraphStart, lastContent + 1 - paragraphStart));
                }

                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = i;
                }

                lineHasContent = true;
                lastContent = i;
            }
        }

        return paragraphs;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
