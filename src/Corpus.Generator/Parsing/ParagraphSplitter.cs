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
        var i = start;
        while (true)
        {
            // From line break to line break by a vectorised search: a line's content is read at its two ends only
            // (its first and last characters that are not white space), where a character loop read every one.
            var next = i < text.Length ? text.IndexOfAny(LineBreaks, i) : -1;
            if (next < 0)
            {
                next = text.Length;
            }

            var first = i;
            while (first < next && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first < next)
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = first;
                }

                var last = next - 1;
                while (char.IsWhiteSpace(text[last]))
                {
                    last--;
                }

                lineHasContent = true;
                lastContent = last;
            }

            i = next;
            var atEnd = i == text.Length;
            var c = atEnd ? '\n' : text[i];
            if (c == '\n' && i > start && text[i - 1] == '\r')
            {
                // The second half of CRLF (at the text's end, as after it: the CR closed the line).
                if (atEnd)
                {
                    break;
                }

                i++;
                continue;
            }

            var longLine = lineHasContent && lastContent + 1 - System.Math.Max(lineStart, paragraphStart) > Normalization.TextLayout.WidestWrap;
            if ((!lineHasContent || everyLine || longLine) && paragraphStart >= 0)
            {
                // A blank line (or any line end, when lines are paragraphs) closes the paragraph.
                paragraphs.Add(new TextRange(paragraphStart, lastContent + 1 - paragraphStart));
                paragraphStart = -1;
            }

            lineHasContent = false;
            lineStart = i + 1;
            if (atEnd)
            {
                if (paragraphStart >= 0)
                {
                    paragraphs.Add(new TextRange(paragraphStart, lastContent + 1 - paragraphStart));
                }

                break;
            }

            i++;
        }

        return paragraphs;
    }

    /// <summary>The characters that end a line.</summary>
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };
}
