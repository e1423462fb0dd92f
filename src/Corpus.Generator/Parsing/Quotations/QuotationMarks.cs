using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Pairs the quotation marks of a paragraph. Handles curly, straight, low and angle double marks, single marks
/// (nested, or on their own when they clearly pair), apostrophes, and the garbling real text has: a closing mark
/// written as an opening one, a stray second closing mark after the real one, a mark never closed. Every
/// recovery is recorded as an issue at the mark, for validation to report.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>How far a stray closing mark may stand after a closed quotation and still be taken as its real end.</summary>
    private const int StrayCloseReach = 160;

    /// <summary>How far ahead a lone single opening mark looks for its closing mark.</summary>
    private const int SingleMarkReach = 600;

    /// <param name="text">The article's text.</param>
    /// <param name="paragraph">The paragraph whose marks are paired.</param>
    /// <param name="nextParagraphOpensWithMark">Whether the next paragraph opens with a quotation mark.</param>
    /// <param name="issues">Receives every recovery from garbled marks.</param>
    /// <param name="doubledApostrophes">Whether two apostrophes are a double mark (<see cref="Languages.LanguageRules.DoubledApostropheIsMark"/>).</param>
    public static List<MarkedSpan> Find(string text, TextRange paragraph, bool nextParagraphOpensWithMark, List<QuotationIssue> issues, bool doubledApostrophes = true)
    {
        var spans = new List<MarkedSpan>();
        var open = -1;
        var nested = 0;
        var lastOpening = -1;
        var end = paragraph.End;
        for (var i = paragraph.Start; i < end; i++)
        {
            // Only a quotation mark or an apostrophe moves the state below; every other character (most of them,
            // and nearly all below U+00AB) is passed by, a vector of them at a time, or with one or two comparisons.
            i = NextCandidate(text, i, end);
            if (i >= end)
            {
                break;
            }

            var c = text[i];
            if (c < '\u00AB' ? c != '"' && c != '\'' && c != '`' : !IsMarkCharacter(c))
            {
                continue;
            }

            if (c == '`')
            {
                // Two backticks: the opening double mark of wire archives and tokenised corpora (``We will,'' she
                // said), which close with two apostrophes. A lone backtick is no mark.
                if (doubledApostrophes && open < 0 && i + 2 < end && text[i + 1] == '`' && !char.IsWhiteSpace(text[i + 2])
                    && (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1])))
                {
                    open = i + 1;
                    nested = 0;
                    lastOpening = open;
                    i++;
                }

                continue;
            }

            if (c == '\'' && i + 1 < end && text[i + 1] == '\'')
            {
                // Two apostrophes: the double mark of archives typed without one (''We will,'' she said).
                if (!doubledApostrophes)
                {
                    i++; // a wiki's italics where the language has marks of its own: no mark
                    continue;
                }

                if (open >= 0)
                {
                    Close(text, spans, open, i);
                    open = -1;
                }
                else if (LooksOpening(text, paragraph, i) && i + 2 < end && !char.IsWhiteSpace(text[i + 2]))
                {
                    open = i + 1;
                    nested = 0;
                    lastOpening = open;
                }

                i++;
                continue;
            }

            if (open < 0 && IsDoubledOpening(text, paragraph, i))
            {
                // “”This or ""This: a mark written twice opens one quotation (the first of the two is dropped).
                open = i + 1;
                nested = 0;
                lastOpening = open;
                i++;
                continue;
            }

            if (open >= 0 && ClosesByType(text[open], c))
            {
                // „…“ and »…« close with the mark English or French open with: the opening mark says which.
                Close(text, spans, open, i);
                open = -1;
            }
            else if (IsDoubleOpening(c) || (c == '"' && open < 0 && LooksOpening(text, paragraph, i)))
            {
                if (open >= 0 && LooksClosing(text, paragraph, i))
                {
                    Close(text, spans, open, i);
                    open = -1;
                }
                else
                {
                    if (open >= 0)
                    {
                        issues.Add(new QuotationIssue(QuotationIssueKind.Unclosed, new TextRange(open, 1)));
                        Add(text, spans, new MarkedSpan(open, open + 1, i, -1, false));
                    }

                    open = i;
                    nested = 0;
                    lastOpening = i;
                }
            }
            else if (IsDoubleClosing(c) || c == '"')
            {
                if (open >= 0)
                {
                    Close(text, spans, open, i);
                    open = -1;
                }
                else if (LooksOpening(text, paragraph, i))
                {
                    open = i;
                    nested = 0;
                    lastOpening = i;
                }
                else if (!ExtendToStrayClose(text, spans, lastOpening, i, issues))
                {
                    issues.Add(new QuotationIssue(QuotationIssueKind.UnopenedClose, new TextRange(i, 1)));
                }
            }
            else if (open >= 0)
            {
                // Inside a double quotation, single marks nest; an apostrophe never changes the count.
                if (c == '\u2018' && LooksOpening(text, paragraph, i))
                {
                    nested++;
                }
                else if (c == '\u2019' && nested > 0 && !NextIsLetterOrDigit(text, end, i))
                {
                    nested--;
                }
            }
            else if ((c == '\u2018' || c == '\'') && LooksOpening(text, paragraph, i) && (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1])))
            {
                var close = FindSingleClose(text, paragraph, i);
                if (close > 0)
                {
                    Add(text, spans, new MarkedSpan(i, i + 1, close, close, false));
                    lastOpening = i;
                    i = close;
                }
            }
        }

        if (open >= 0)
        {
            if (!nextParagraphOpensWithMark)
            {
                issues.Add(new QuotationIssue(QuotationIssueKind.Unclosed, new TextRange(open, 1)));
            }

            Add(text, spans, new MarkedSpan(open, open + 1, end, -1, nextParagraphOpensWithMark));
        }

        return spans;
    }

    /// <summary>
    /// The start of the first vector of characters in [i, end) that holds a straight mark, a backtick or a character from U+00AB
    /// on (every mark the pairing loop acts on is one of them), or <paramref name="i"/> itself where too few are left.
    /// </summary>
    private static int NextCandidate(string text, int i, int end)
    {
        if (!Vector.IsHardwareAccelerated)
        {
            return i;
        }

        var width = Vector<ushort>.Count;
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        var belowMarks = new Vector<ushort>('\u00AA');
        var quote = new Vector<ushort>('"');
        var apostrophe = new Vector<ushort>('\'');
        var backtick = new Vector<ushort>('`');
        while (i + width <= end)
        {
            var block = MemoryMarshal.Read<Vector<ushort>>(bytes.Slice(i * sizeof(char)));
            if (Vector.GreaterThanAny(block, belowMarks) || Vector.EqualsAny(block, quote) || Vector.EqualsAny(block, apostrophe) || Vector.EqualsAny(block, backtick))
            {
                break;
            }

            i += width;
        }

        return i;
    }

    /// <summary>Every character the pairing loop acts on: the double marks, the single marks and the straight apostrophe.</summary>
    private static bool IsMarkCharacter(char c) => IsDoubleMark(c) || c is '\'' or '\u2018' or '\u2019';

    /// <summary>True when a paragraph's first character is an opening quotation mark.</summary>
    public static bool OpensWithMark(string text, TextRange paragraph, bool doubledApostrophes = true) =>
        paragraph.Length > 2 && (IsDoubleOpening(text[paragraph.Start]) || text[paragraph.Start] == '"' || (doubledApostrophes && IsDoubledMark(text, paragraph.Start + 1)));

    /// <summary>True when the span's mark is the paragraph's first character (both characters of a <c>''</c> or <c>``</c> mark).</summary>
    public static bool OpensParagraph(string text, TextRange paragraph, MarkedSpan span) =>
        span.OpenMark == paragraph.Start || (span.OpenMark == paragraph.Start + 1 && IsDoubledMark(text, span.OpenMark));

    /// <summary>True when the mark at <paramref name="mark"/> is the second of two apostrophes or two backticks: one double mark.</summary>
    public static bool IsDoubledMark(string text, int mark) =>
        mark > 0 && mark < text.Length && text[mark] is '\'' or '`' && text[mark - 1] == text[mark];

    /// <summary>True when the paragraph holds a double quotation mark anywhere.</summary>
    public static bool HoldsDoubleMark(string text, TextRange paragraph)
    {
        for (var i = paragraph.Start; i < paragraph.Start + paragraph.Length; i++)
        {
            if (IsDoubleMark(text[i]) || (text[i] == '\'' && i + 1 < paragraph.Start + paragraph.Length && text[i + 1] == '\''))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDoubleMark(char c) => IsDoubleOpening(c) || IsDoubleClosing(c) || c == '"';

    /// <summary>Two double marks in a row at a word's start, a word right after them.</summary>
    private static bool IsDoubledOpening(string text, TextRange paragraph, int i) =>
        i + 2 < paragraph.End && IsDoubleMark(text[i]) && IsDoubleMark(text[i + 1]) && char.IsLetterOrDigit(text[i + 2])
        && (i == paragraph.Start || char.IsWhiteSpace(text[i - 1]));

    private static bool IsDoubleOpening(char c) => c is '\u201C' or '\u201E' or '\u00AB';

    /// <summary>
    /// A mark that can only close the quotation its opening mark began: German „…“ (or „…”) and »…«, where the
    /// closing mark is one other languages open with. Marks of the same type as their opening mark are left to
    /// the rules below (“…” and «…» pair as they always did).
    /// </summary>
    private static bool ClosesByType(char opening, char c) => opening switch
    {
        '\u201E' => c is '\u201C' or '\u201D',
        '\u00BB' => c == '\u00AB',
        _ => false,
    };

    private static bool IsDoubleClosing(char c) => c is '\u201D' or '\u00BB';

    private static void Close(string text, List<MarkedSpan> spans, int open, int close) =>
        Add(text, spans, new MarkedSpan(open, open + 1, close, close, false));

    /// <summary>Keeps spans that hold at least one letter or digit; the words are trimmed of white space.</summary>
    private static void Add(string text, List<MarkedSpan> spans, MarkedSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                spans.Add(span with { Start = start, End = end });
                return;
            }
        }
    }

    /// <summary>
    /// A closing mark with nothing open, shortly after a closed quotation and before any new opening mark or
    /// sentence end, is the quotation's real end: the earlier closing mark was the stray one (garbled text such
    /// as <c>“… order.” rule-based.”</c>).
    /// </summary>
    private static bool ExtendToStrayClose(string text, List<MarkedSpan> spans, int lastOpening, int close, List<QuotationIssue> issues)
    {
        if (spans.Count == 0)
        {
            return false;
        }

        var last = spans[spans.Count - 1];
        if (last.CloseMark < 0 || last.OpenMark != lastOpening || close - last.CloseMark > StrayCloseReach)
        {
            return false;
        }

        for (var i = last.CloseMark + 1; i < close - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && i + 2 < close && char.IsUpper(text[i + 2]))
            {
                return false;
            }
        }

        issues.Add(new QuotationIssue(QuotationIssueKind.UnopenedClose, new TextRange(last.CloseMark, 1)));
        spans[spans.Count - 1] = last with { End = close, CloseMark = close };
        return true;
    }

    /// <summary>
    /// An opening mark stands at the start or after space or an opening bracket or dash, and a word follows it. An
    /// invisible formatting character (a direction mark pasted from a social post) stands for no character, and a
    /// space before an ellipsis is the elided start of the words (<c>” … and then</c>).
    /// </summary>
    private static bool LooksOpening(string text, TextRange paragraph, int i)
    {
        var before = i == paragraph.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or ':'
            || char.GetUnicodeCategory(text[i - 1]) == UnicodeCategory.Format;
        return before && i + 1 < paragraph.End && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '\u2018' or '\'' or '\u2026' or '.' or '(' or '['
            || (text[i + 1] == ' ' && i + 2 < paragraph.End && text[i + 2] == '\u2026'));
    }

    /// <summary>
    /// A mark that closes: only punctuation (or nothing) follows it before the next word, or it is written against the
    /// words before it with a space after (<c>“Not now,“ she said</c>: a closing mark typed as an opening one).
    /// </summary>
    private static bool LooksClosing(string text, TextRange paragraph, int i)
    {
        if (i > paragraph.Start && text[i - 1] is '.' or ',' or '!' or '?' or '…' && i + 1 < paragraph.End && char.IsWhiteSpace(text[i + 1]))
        {
            return true;
        }

        var j = i + 1;
        while (j < paragraph.End && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j >= paragraph.End || text[j] is '.' or ',' or ';' or ':' or '!' or '?' or ')';
    }

    private static bool NextIsLetterOrDigit(string text, int end, int i) => i + 1 < end && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>The closing single mark for a lone opening one: after a non-space, before a non-letter, with no double mark between.</summary>
    private static int FindSingleClose(string text, TextRange paragraph, int open)
    {
        var closing = text[open] == '\u2018' ? '\u2019' : '\'';
        var limit = System.Math.Min(paragraph.End, open + SingleMarkReach);
        for (var i = open + 2; i < limit; i++)
        {
            var c = text[i];
            if (IsDoubleOpening(c) || IsDoubleClosing(c) || c == '"')
            {
                return -1;
            }

            if (c == closing && !char.IsWhiteSpace(text[i - 1]) && !NextIsLetterOrDigit(text, paragraph.End, i))
            {
                // "Lopezes’ visit": a plural possessive, not a close, when a lower-case word follows.
                var j = i + 1;
                while (j < limit && text[j] == ' ')
                {
                    j++;
                }

                if (text[i - 1] == 's' && j < limit && j > i + 1 && char.IsLower(text[j]) && closing == '\u2019')
                {
                    continue;
                }

                return i;
            }
        }

        return -1;
    }
}
