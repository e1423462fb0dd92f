using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Reads the dateline that may open a story: <c>BEIJING (AP) —</c>, <c>HONG KONG China and ...</c>,
/// <c>BEIJING U.S. Secretary ...</c>, <c>Beijing, June 19 (Reuters) -</c>.
/// </summary>
public static class DatelineParser
{
    private const int MaxPlaceWords = 4;
    private const int MaxMixedCaseDatelineLength = 60;

    /// <summary>The place and the agency of a dateline; either may be none.</summary>
    public readonly record struct Result(TextRange Place, TextRange Agency);

    public static Result Read(string text, TextRange paragraph)
    {
        var capitals = ReadCapitalisedPlace(text, paragraph);
        return !capitals.Place.IsNone ? capitals : ReadPlaceBeforeAgency(text, paragraph);
    }

    /// <summary>An all-capitals place (<c>HONG KONG</c>), then optionally <c>(AGENCY)</c> and a dash.</summary>
    private static Result ReadCapitalisedPlace(string text, TextRange paragraph)
    {
        var i = paragraph.Start;
        var placeEnd = -1;
        var words = 0;
        while (words < MaxPlaceWords && i < paragraph.End)
        {
            var wordEnd = i;
            while (wordEnd < paragraph.End && (char.IsUpper(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '\u2019'))
            {
                wordEnd++;
            }

            // A word of two or more capitals that ends at a space, comma or parenthesis ("U.S." and "Sunday" do not).
            var ends = wordEnd == paragraph.End || text[wordEnd] is ' ' or ',' or '(' or '\u00A0';
            if (wordEnd - i < 2 || !ends)
            {
                break;
            }

            if (words == 0 && TextScan.EqualsAny(text, new TextRange(i, wordEnd - i), NewsLexicon.NonPlaceAcronyms, ignoreCase: false))
            {
                return new Result(TextRange.None, TextRange.None);
            }

            placeEnd = wordEnd;
            words++;
            i = wordEnd;
            while (i < paragraph.End && text[i] is ' ' or ',' or '\u00A0')
            {
                i++;
            }
        }

        if (placeEnd < 0)
        {
            return new Result(TextRange.None, TextRange.None);
        }

        var place = new TextRange(paragraph.Start, placeEnd - paragraph.Start);
        var agency = ReadParenthesisedAgency(text, i, paragraph.End, out var afterAgency);
        var afterDash = SkipDash(text, afterAgency, paragraph.End);

        // Without an agency or a dash, the story must go on with a capitalised word: "HONG KONG China and ...".
        var marked = !agency.IsNone || afterDash != afterAgency;
        if (!marked && (i >= paragraph.End || !char.IsUpper(text[i])))
        {
            return new Result(TextRange.None, TextRange.None);
        }

        return new Result(place, agency);
    }

    /// <summary>A mixed-case place before an agency and a dash: <c>Beijing, June 19 (Reuters) -</c>.</summary>
    private static Result ReadPlaceBeforeAgency(string text, TextRange paragraph)
    {
        var limit = System.Math.Min(paragraph.End, paragraph.Start + MaxMixedCaseDatelineLength);
        var open = text.IndexOf('(', paragraph.Start, limit - paragraph.Start);
        if (open <= paragraph.Start || !char.IsUpper(text[paragraph.Start]))
        {
            return new Result(TextRange.None, TextRange.None);
        }

        var agency = ReadParenthesisedAgency(text, open, paragraph.End, out var afterAgency);
        if (agency.IsNone || SkipDash(text, afterAgency, paragraph.End) == afterAgency)
        {
            return new Result(TextRange.None, TextRange.None);
        }

        var placeEnd = open;
        var comma = text.IndexOf(',', paragraph.Start, open - paragraph.Start);
        if (comma > 0)
        {
            placeEnd = comma;
        }

        while (placeEnd > paragraph.Start && text[placeEnd - 1] == ' ')
        {
            placeEnd--;
        }

        return new Result(new TextRange(paragraph.Start, placeEnd - paragraph.Start), agency);
    }

    private static TextRange ReadParenthesisedAgency(string text, int i, int end, out int after)
    {
        after = i;
        if (i >= end || text[i] != '(')
        {
            return TextRange.None;
        }

        var close = text.IndexOf(')', i, System.Math.Min(end - i, 24));
        if (close < 0)
        {
            return TextRange.None;
        }

        var name = new TextRange(i + 1, close - i - 1);
        if (!AgencyNames.IsAgency(text, name) && !IsAllCapitals(text, name))
        {
            return TextRange.None;
        }

        after = close + 1;
        while (after < end && text[after] is ' ' or '\u00A0')
        {
            after++;
        }

        return name;
    }

    private static int SkipDash(string text, int i, int end)
    {
        if (i < end && text[i] is '-' or '\u2013' or '\u2014')
        {
            i++;
            while (i < end && text[i] is '-' or ' ' or '\u00A0')
            {
                i++;
            }
        }

        return i;
    }

    private static bool IsAllCapitals(string text, TextRange range)
    {
        if (range.Length < 2)
        {
            return false;
        }

        for (var i = range.Start; i < range.End; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
