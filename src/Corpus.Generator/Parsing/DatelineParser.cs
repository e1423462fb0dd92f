using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Reads the dateline that may open a story, as a small grammar:
/// <code>
/// dateline := place [", " region] ["/" place [", " region]] [","? date] ["(" agency ")"] dash
///           | "(" agency ")" dash                      (CNN) --
///           | PLACE story...                           OSLO Norway and ...   (capitals, no dash)
///           | Place ", " date "(" agency ")" dash      Oslo, May 3 (Reuters) -
/// place   := one to four words in capitals             SAN FRANCISCO, VATICAN CITY
/// region  := a state abbreviation or a country         Wis., N.J., Indonesia, England
/// dash    := - | -- | – | —
/// </code>
/// The place reported runs from the start through the last region (<c>GREEN BAY, Wis.</c>).
/// </summary>
internal static class DatelineParser
{
    private const int MaxPlaceWords = 4;
    private const int MaxRegionWords = 3;
    private const int MaxMixedCaseDatelineLength = 60;

    /// <summary>The place and the agency of a dateline; either may be none.</summary>
    public readonly record struct Result(TextRange Place, TextRange Agency);

    /// <summary>Reads a dateline at the start of <paramref name="paragraph"/>; with <paramref name="requireMark"/>, only one with an agency or a dash.</summary>
    public static Result Read(string text, TextRange paragraph, bool requireMark = false)
    {
        if (paragraph.IsNone || paragraph.Length == 0)
        {
            return new Result(TextRange.None, TextRange.None);
        }

        if (text[paragraph.Start] == '(')
        {
            var agency = ReadParenthesisedAgency(text, paragraph.Start, paragraph.End, out _, out var marked);
            return !agency.IsNone && marked ? new Result(TextRange.None, agency) : new Result(TextRange.None, TextRange.None);
        }

        var capitals = ReadCapitalisedPlace(text, paragraph, requireMark);
        return !capitals.Place.IsNone ? capitals : ReadPlaceBeforeAgency(text, paragraph);
    }

    /// <summary>Places in capitals, with their regions, then optionally a date, <c>(AGENCY)</c> and a dash.</summary>
    private static Result ReadCapitalisedPlace(string text, TextRange paragraph, bool requireMark)
    {
        var end = paragraph.End;
        var placeEnd = ReadCapitalWords(text, paragraph.Start, end, first: true);
        if (placeEnd < 0)
        {
            return new Result(TextRange.None, TextRange.None);
        }

        var simplePlaceEnd = placeEnd;
        placeEnd = ReadRegion(text, placeEnd, end);

        // A second place after a slash: "SURABAYA, Indonesia/JAKARTA".
        if (placeEnd < end && text[placeEnd] == '/')
        {
            var second = ReadCapitalWords(text, placeEnd + 1, end, first: false);
            if (second > 0)
            {
                placeEnd = ReadRegion(text, second, end);
            }
        }

        var i = SkipDate(text, SkipSpaces(text, placeEnd, end), end);
        var agency = ReadParenthesisedAgency(text, i, end, out var afterAgency, out var glued);
        var afterDash = SkipDash(text, afterAgency, end);
        if (!agency.IsNone || afterDash != afterAgency || glued)
        {
            return new Result(new TextRange(paragraph.Start, placeEnd - paragraph.Start), agency);
        }

        // Without an agency or a dash, the story must go on with a capitalised word: "OSLO Norway and ...".
        var next = SkipSpaces(text, simplePlaceEnd, end);
        while (next < end && text[next] == ',')
        {
            next = SkipSpaces(text, next + 1, end);
        }

        if (requireMark || next >= end || !char.IsUpper(text[next]) || next == simplePlaceEnd)
        {
            return new Result(TextRange.None, TextRange.None);
        }

        return new Result(new TextRange(paragraph.Start, simplePlaceEnd - paragraph.Start), TextRange.None);
    }

    /// <summary>
    /// One to four words of two or more capitals, each ending at a space, comma, slash, parenthesis or dash (so
    /// <c>U.S.</c> and <c>Sunday</c> are not places). Returns the end of the last word, or -1.
    /// </summary>
    private static int ReadCapitalWords(string text, int i, int end, bool first)
    {
        var placeEnd = -1;
        for (var words = 0; words < MaxPlaceWords && i < end; words++)
        {
            var wordEnd = i;
            while (wordEnd < end && (char.IsUpper(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '\u2019' or '.'))
            {
                if (text[wordEnd] == '-' && (wordEnd + 1 >= end || !char.IsUpper(text[wordEnd + 1])))
                {
                    break; // "NEW ORLEANS -" : the dash is the dateline's
                }

                wordEnd++;
            }

            var ends = wordEnd == end || text[wordEnd] is ' ' or ',' or '(' or '/' or '\u00A0' or '\u2014' or '\u2013' or '-';
            if (wordEnd - i < 2 || !ends)
            {
                break;
            }

            // A dotted abbreviation only inside a place ("ST. PAUL", "FT. WORTH"), never at its end ("BEIJING U.S. officials").
            if (text[wordEnd - 1] == '.' && (wordEnd + 1 >= end || text[wordEnd] != ' ' || ReadCapitalWords(text, wordEnd + 1, System.Math.Min(end, wordEnd + 1 + 40), first: false) < 0 || words + 1 >= MaxPlaceWords))
            {
                break;
            }

            if (first && words == 0 && TextScan.EqualsAny(text, new TextRange(i, wordEnd - i), NewsLexicon.NonPlaceAcronyms, ignoreCase: false))
            {
                return -1;
            }

            placeEnd = wordEnd;
            if (wordEnd >= end || text[wordEnd] != ' ' && text[wordEnd] != '\u00A0')
            {
                break;
            }

            i = wordEnd + 1;
        }

        return placeEnd;
    }

    /// <summary>
    /// <c>, Wis.</c> or <c>, Indonesia</c> after a place: up to three capitalised words, mixed case or dotted
    /// abbreviations, that run up to a slash, an agency, a date or a dash. Returns the end of the region, or
    /// <paramref name="placeEnd"/> when there is none.
    /// </summary>
    private static int ReadRegion(string text, int placeEnd, int end)
    {
        if (placeEnd + 2 >= end || text[placeEnd] != ',' || text[placeEnd + 1] != ' ')
        {
            return placeEnd;
        }

        var i = placeEnd + 2;
        var regionEnd = -1;
        for (var words = 0; words < MaxRegionWords && i < end && char.IsUpper(text[i]); words++)
        {
            if (DateLexicon.MonthOf(text, i, WordLength(text, i, end)) > 0)
            {
                break; // "LONDON, June 19 (Reuters)": a date, not a region
            }

            var wordEnd = i;
            var lower = false;
            while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '.' or '\'' or '-'))
            {
                lower |= char.IsLower(text[wordEnd]);
                wordEnd++;
            }

            var dotted = text[wordEnd - 1] == '.';
            if (!lower && !dotted)
            {
                break; // capitals again: a second place, not a region
            }

            regionEnd = wordEnd;
            if (wordEnd >= end || text[wordEnd] != ' ' || wordEnd + 1 >= end || !char.IsUpper(text[wordEnd + 1]) || dotted)
            {
                break;
            }

            i = wordEnd + 1;
        }

        if (regionEnd < 0)
        {
            return placeEnd;
        }

        // Only a region when the dateline goes on: a slash, an agency, a date or a dash.
        var after = SkipSpaces(text, regionEnd, end);
        if (after < end && (text[after] is '/' or '(' or ',' || SkipDash(text, after, end) != after))
        {
            return regionEnd;
        }

        return placeEnd;
    }

    /// <summary>A mixed-case place before an agency and a dash: <c>Oslo, May 3 (Reuters) -</c>.</summary>
    private static Result ReadPlaceBeforeAgency(string text, TextRange paragraph)
    {
        var limit = System.Math.Min(paragraph.End, paragraph.Start + MaxMixedCaseDatelineLength);
        var open = text.IndexOf('(', paragraph.Start, limit - paragraph.Start);
        if (open <= paragraph.Start || !char.IsUpper(text[paragraph.Start]))
        {
            return new Result(TextRange.None, TextRange.None);
        }

        var agency = ReadParenthesisedAgency(text, open, paragraph.End, out _, out var marked);
        if (agency.IsNone || !marked)
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

    /// <summary>Skips <c>, June 19</c>, <c>Dec. 30</c> or <c>, 2024-05-05</c> after the place.</summary>
    private static int SkipDate(string text, int i, int end)
    {
        var start = i;
        if (i < end && text[i] == ',')
        {
            i = SkipSpaces(text, i + 1, end);
        }

        var length = WordLength(text, i, end);
        if (length > 0 && DateLexicon.MonthOf(text, i, length) > 0)
        {
            var day = SkipSpaces(text, i + length, end);
            var dayEnd = day;
            while (dayEnd < end && dayEnd - day < 2 && char.IsDigit(text[dayEnd]))
            {
                dayEnd++;
            }

            if (dayEnd > day)
            {
                return SkipSpaces(text, dayEnd, end);
            }
        }

        return start;
    }

    /// <summary>
    /// <c>(AGENCY)</c> at <paramref name="i"/>: a name from the list, a name in capitals, or one to three capitalised
    /// words when a dash or the story's first word (<c>(CNN)President ...</c>) follows. <paramref name="after"/> is
    /// past the parenthesis and its spaces; <paramref name="marked"/> tells whether a dash or the glued story follows.
    /// </summary>
    private static TextRange ReadParenthesisedAgency(string text, int i, int end, out int after, out bool marked)
    {
        after = i;
        marked = false;
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
        var next = SkipSpaces(text, close + 1, end);
        var glued = close + 1 < end && char.IsUpper(text[close + 1]);
        marked = glued || SkipDash(text, next, end) != next;
        if (!AgencyNames.IsAgency(text, name) && !IsAllCapitals(text, name) && !(marked && IsCapitalisedName(text, name)))
        {
            marked = false;
            return TextRange.None;
        }

        after = next;
        return name;
    }

    private static bool IsCapitalisedName(string text, TextRange range)
    {
        var words = 0;
        foreach (var word in TextScan.WordsIn(text, range))
        {
            if (!char.IsUpper(text[word.Start]) || ++words > 3)
            {
                return false;
            }
        }

        return words > 0 && TextScan.CountWords(text, range) == words && !char.IsDigit(text[range.Start]);
    }

    /// <summary>Past a dash of any kind (<c>-</c>, <c>--</c>, <c>–</c>, <c>—</c>) and the spaces around it; returns <paramref name="i"/> when there is none.</summary>
    private static int SkipDash(string text, int i, int end)
    {
        var at = SkipSpaces(text, i, end);
        if (at < end && text[at] is '-' or '\u2013' or '\u2014')
        {
            at++;
            while (at < end && text[at] is '-' or ' ' or '\u00A0')
            {
                at++;
            }

            return at;
        }

        return i;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i;
    }

    private static int WordLength(string text, int i, int end)
    {
        var k = i;
        while (k < end && (char.IsLetter(text[k]) || text[k] == '.'))
        {
            k++;
        }

        return k - i;
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
