using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Spanish dialogue: a paragraph that opens with a dash is someone's words, up to an incise that a dash opens with a
/// lower-case cue (<c>—Ganaremos —dijo Azucena—. Y pronto.</c>); the words after the incise's closing dash go on
/// with the quotation. Read only where the language writes dialogue so (<see cref="Languages.LanguageRules.WritesDialogueDashes"/>)
/// and only in a paragraph with no quotation marks: the spans are what <see cref="QuotationMarks"/> would give for marks.
/// </summary>
internal static class DialogueDashes
{
    public static List<MarkedSpan> Find(string text, TextRange paragraph)
    {
        var spans = new List<MarkedSpan>();
        var open = paragraph.Start;
        while (open < paragraph.End && char.IsWhiteSpace(text[open]))
        {
            open++;
        }

        if (open >= paragraph.End - 1 || !IsDash(text[open]) || !char.IsLetter(text[open + 1]))
        {
            return spans; // a dialogue line opens with the dash right before its first word
        }

        while (open >= 0 && open < paragraph.End)
        {
            var incise = FindIncise(text, open + 1, paragraph.End);
            Add(text, spans, new MarkedSpan(open, open + 1, incise < 0 ? paragraph.End : incise, incise, false));
            if (incise < 0)
            {
                break;
            }

            // The incise ends at its closing dash, or with the paragraph: the words after that dash are the quotation's again.
            var close = NextDash(text, incise + 1, paragraph.End);
            open = close >= 0 && HasLetter(text, close + 1, paragraph.End) ? close : -1;
        }

        return spans;
    }

    /// <summary>An incise's opening dash: after a space, before a lower-case word (<c> —dijo</c>), or -1.</summary>
    private static int FindIncise(string text, int from, int end)
    {
        for (var i = from; i + 1 < end; i++)
        {
            if (IsDash(text[i]) && char.IsWhiteSpace(text[i - 1]) && char.IsLower(text[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int NextDash(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (IsDash(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasLetter(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDash(char c) => c is '\u2014' or '\u2015' or '\u2013';

    /// <summary>Keeps spans with a letter, trimmed of white space and of the punctuation an incise leaves (<c>. </c> after its dash).</summary>
    private static void Add(string text, List<MarkedSpan> spans, MarkedSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '.' or ','))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (HasLetter(text, start, end))
        {
            spans.Add(span with { Start = start, End = end });
        }
    }
}
