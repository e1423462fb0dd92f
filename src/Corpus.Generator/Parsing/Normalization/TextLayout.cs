namespace Corpus.Generator.Parsing.Normalization;

/// <summary>
/// The line layout of a file, read in one pass: whether paragraphs are separated by blank lines or by single line
/// breaks (many scrapers), and whether lines were hard-wrapped at a fixed width (plain-text archives, e-mail).
/// </summary>
internal readonly record struct TextLayout(bool LineBreaksSplitParagraphs, int WrapWidth)
{
    // Hard wrapping happens at 60-80 columns; a file whose longest line inside a paragraph is outside this band
    // was not wrapped by a tool, and its line breaks are the writer's.
    private const int NarrowestWrap = 40;
    public const int WidestWrap = 100;
    private const int MinWrappedLines = 2;

    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>True when the file was hard-wrapped (then <see cref="WrapWidth"/> is its longest wrapped line).</summary>
    public bool IsWrapped => WrapWidth > 0;

    public static TextLayout Of(string text)
    {
        var i = SkipHeaderLine(text);
        var blankSeparators = 0;
        var linesInBlocks = 0;
        var widest = 0;
        var previousLength = -1; // length of the previous non-blank line, -1 after a blank line or at the start
        var sawContent = false;
        var blankSince = false;
        while (i < text.Length)
        {
            // The line end by a vectorised search, then its content end backwards: most characters are never visited.
            var lineStart = i;
            var found = text.IndexOfAny(LineBreaks, i);
            i = found < 0 ? text.Length : found;
            var contentEnd = i;
            while (contentEnd > lineStart && char.IsWhiteSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }

            var length = contentEnd - lineStart;
            var blank = contentEnd == lineStart;
            i = SkipLineBreak(text, i);
            if (blank)
            {
                blankSince = sawContent;
                previousLength = -1;
                continue;
            }

            if (blankSince)
            {
                blankSeparators++;
                blankSince = false;
            }

            if (previousLength >= 0)
            {
                linesInBlocks++;
                widest = System.Math.Max(widest, previousLength);
            }

            sawContent = true;
            previousLength = length;
        }

        var wrapWidth = linesInBlocks >= MinWrappedLines && widest is >= NarrowestWrap and <= WidestWrap ? widest : 0;
        return new TextLayout(blankSeparators == 0 && linesInBlocks > 0, wrapWidth);
    }

    /// <summary>The header line <c> date ...</c> is apart from the layout: files keep a blank line after it either way.</summary>
    private static int SkipHeaderLine(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (string.CompareOrdinal(text, i, "date ", 0, 5) != 0)
        {
            return 0;
        }

        while (i < text.Length && !IsLineBreak(text[i]))
        {
            i++;
        }

        return i;
    }

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The offset after the line break at <paramref name="i"/> (CRLF counts as one).</summary>
    public static int SkipLineBreak(string text, int i)
    {
        if (i >= text.Length)
        {
            return i;
        }

        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }
}
