using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>
/// Whether an article keeps in marks a quotation of the plainest form of direct speech: it opens its paragraph and
/// ends with a name or a pronoun and "said" (<c>“…,” Lee said.</c>). A tool that loses marks loses them on every
/// paragraph of a form, so beside such a paragraph an unmarked one of the same form is the reporter's paraphrase
/// (<see cref="UnmarkedFeature.PlainFormInMarks"/>). The name is capitalised words only: a role before it
/// (<c>“…,” the bank's chief economist, Ann Lee, said.</c>) is another form.
/// </summary>
internal static class PlainFormInMarks
{
    private const int LongestName = 4;

    /// <summary>True when a paragraph of the article takes the form.</summary>
    public static bool In(ParagraphWords?[] views)
    {
        foreach (var view in views)
        {
            if (view is not null && view.Spans.Count > 0 && Opens(view))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Opens(ParagraphWords words)
    {
        var span = words.Spans[0];
        // A mark doubled or garbled where the paragraph opens is no plain form: the source's marks are in doubt.
        if (span.CloseMark < 0 || words.Count == 0 || words.SpanOf(0) != 0 || !OpensAtFirstCharacter(words, span) || !char.IsLetterOrDigit(words.Text[span.Start]))
        {
            return false;
        }

        var first = words.WordAtOrAfter(span.CloseMark + 1);
        // The quotation's own comma (or question or exclamation mark) between its words and the name.
        if (first >= words.Count || !(words.GapBeforeHas(first, ',') || words.GapBeforeHas(first, '?') || words.GapBeforeHas(first, '!')))
        {
            return false;
        }

        var end = words.SentenceEnd(words.SentenceOf(first));
        var cue = first + 1;
        if (!GrammarLexicon.PersonSubjectPronouns.Contains(words.WordText(first)))
        {
            for (cue = first; cue < end && cue - first < LongestName && words.IsCapitalized(cue) && (cue == first || !words.NameBreakBefore(cue)); cue++)
            {
            }
        }

        // The name, then "said" or "says", then the sentence's end.
        return cue > first && cue + 1 == end && !words.NameBreakBefore(cue) && words.CueAt(cue, out var length) == "say" && length == 1 && !words.InsideSpan(cue);
    }

    /// <summary>The opening mark is the paragraph's first character (two apostrophes or backticks count as one mark).</summary>
    private static bool OpensAtFirstCharacter(ParagraphWords words, MarkedSpan span)
    {
        var first = FirstCharacter(words);
        return span.OpenMark == first || (span.OpenMark == first + 1 && QuotationMarks.IsDoubledMark(words.Text, span.OpenMark));
    }

    private static int FirstCharacter(ParagraphWords words)
    {
        var i = words.Range.Start;
        while (i < words.Range.End && char.IsWhiteSpace(words.Text[i]))
        {
            i++;
        }

        return i;
    }
}
