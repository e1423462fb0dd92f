using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Normalization;

/// <summary>
/// The first step of parsing: the forms text arrives in, made regular. Hard-wrapped lines are joined into their
/// paragraphs; a file with no blank lines has a paragraph per line; a consistently double-encoded file (mojibake)
/// is repaired. Everything else is left exactly as written (CRLF, a writer's own line breaks), and every offset of
/// the result maps back to the file (<see cref="SourceMap"/>). One pass to read the layout, one to build; linear.
/// </summary>
internal static class TextNormalizer
{
    public static NormalizedText Normalize(string source)
    {
        var layout = TextLayout.Of(source);
        var repair = IsConsistentlyDoubleEncoded(source);
        if (!repair && !layout.IsWrapped)
        {
            return new NormalizedText(source, SourceMap.Identity, layout.LineBreaksSplitParagraphs, 0, TextRange.None, string.Empty);
        }

        var builder = new StringBuilder(source.Length);
        var normalPoints = new List<int>();
        var sourcePoints = new List<int>();
        var joined = new List<int>();
        var repairs = 0;
        var firstRepair = TextRange.None;
        var firstAsWritten = string.Empty;
        var lineStart = 0;
        var lineContentEnd = 0;
        for (var i = 0; i < source.Length;)
        {
            var c = source[i];
            if (c is '\n' or '\r')
            {
                var next = TextLayout.SkipLineBreak(source, i);
                if (layout.IsWrapped && ShouldJoin(source, lineStart, lineContentEnd, next, layout))
                {
                    joined.Add(builder.Length);
                    builder.Append(' ');
                    if (next - i != 1)
                    {
                        normalPoints.Add(builder.Length);
                        sourcePoints.Add(next);
                    }
                }
                else
                {
                    builder.Append(source, i, next - i);
                }

                i = next;
                lineStart = next;
                lineContentEnd = next;
                continue;
            }

            if (repair && c >= '\u0080' && Mojibake.RunAt(source, i, out var codePoint) is var length and > 0)
            {
                var decoded = Mojibake.Decode(codePoint);
                if (repairs++ == 0)
                {
                    firstRepair = new TextRange(builder.Length, decoded.Length);
                    firstAsWritten = source.Substring(i, length);
                }

                builder.Append(decoded);
                normalPoints.Add(builder.Length);
                sourcePoints.Add(i + length);
                i += length;
                lineContentEnd = i;
                continue;
            }

            builder.Append(c);
            i++;
            if (!char.IsWhiteSpace(c))
            {
                lineContentEnd = i;
            }
        }

        var map = new SourceMap(normalPoints.ToEquatableArray(), sourcePoints.ToEquatableArray(), joined.ToEquatableArray());
        return new NormalizedText(builder.ToString(), map, layout.LineBreaksSplitParagraphs, repairs, firstRepair, firstAsWritten);
    }

    /// <summary>
    /// A line break was put in by wrapping when the next line's first word would not have fitted on this line
    /// (the rule every wrapping tool follows). Where lines are paragraphs, a line that ends a sentence before one
    /// that starts a new one is a paragraph end, even if long.
    /// </summary>
    private static bool ShouldJoin(string text, int lineStart, int lineContentEnd, int nextLine, TextLayout layout)
    {
        var lineLength = lineContentEnd - lineStart;
        if (lineLength == 0 || nextLine >= text.Length || char.IsWhiteSpace(text[nextLine]))
        {
            return false; // a blank line, the end of the text, or an indented line: a break of the writer's
        }

        var wordEnd = nextLine;
        while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && wordEnd - nextLine <= layout.WrapWidth)
        {
            wordEnd++;
        }

        if (lineLength + 1 + (wordEnd - nextLine) <= layout.WrapWidth)
        {
            return false;
        }

        return !layout.LineBreaksSplitParagraphs || !(EndsSentence(text[lineContentEnd - 1]) && StartsSentence(text[nextLine]));
    }

    private static bool EndsSentence(char c) => c is '.' or '?' or '!' or ':' or '"' or '\u201D' or '\u2019' or '\'' or ')';

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '\u2014' or '-';

    /// <summary>
    /// True when every line with a double-encoded sequence holds no other non-ASCII character: then repairing cannot
    /// damage text that was meant as written. Lines are judged apart, because a page's title often comes from a
    /// separate, correctly encoded source (a meta tag) while its body went through the bad export.
    /// </summary>
    private static bool IsConsistentlyDoubleEncoded(string text)
    {
        var anyRun = false;
        var lineHasRun = false;
        var lineHasStray = false;
        for (var i = 0; i < text.Length; i++)
        {
            i = TextScan.SkipPrintableAscii(text, i); // no line end and nothing double-encoded
            if (i >= text.Length)
            {
                break;
            }

            var c = text[i];
            if (c < '\u0080')
            {
                if (c is '\n' or '\r')
                {
                    if (lineHasRun && lineHasStray)
                    {
                        return false;
                    }

                    lineHasRun = lineHasStray = false;
                }

                continue;
            }

            var length = Mojibake.RunAt(text, i, out _);
            if (length > 0)
            {
                anyRun = lineHasRun = true;
                i += length - 1;
            }
            else if (c != '\uFEFF')
            {
                lineHasStray = true;
            }
        }

        return anyRun && !(lineHasRun && lineHasStray);
    }
}
