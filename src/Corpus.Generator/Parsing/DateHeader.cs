using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing;

/// <summary>
/// The date at the top of the file: the seed format's <c> date VALUE </c> (which may be followed on the same line by
/// story text), and date lines as pages and people write them, one or more, each on its own line:
/// <c>Date: March 1, 2024</c>, <c>Published: 2024-03-01</c>, <c>Updated Friday, March 1, 2024 10:30 a.m.</c>
/// (<see cref="DateLexicon.HeaderLabels"/>). VALUE is <c>yyyy-mm-dd</c> (a time may follow), or one of the other forms
/// in common use: <c>yyyy/mm/dd</c>, <c>5 May 2024</c>, <c>May 5, 2024</c> (month names in full or abbreviated, any
/// case), after an optional weekday. A labelled line whose value is none of these is reported, never read as a title.
/// </summary>
internal static class DateHeader
{
    private const string Keyword = "date";
    private const int MaxDateLines = 3;

    /// <summary>The result of reading the header.</summary>
    /// <param name="Date">The parsed date, or null.</param>
    /// <param name="Value">The range of the date (even when malformed), or none when there is no header.</param>
    /// <param name="BodyStart">Where the text after the header starts (0 when there is no header).</param>
    public readonly record struct Result(SeedDate? Date, TextRange Value, int BodyStart);

    public static Result Read(string text)
    {
        var i = SkipSpaces(text, 0);
        if (StartsWithWord(text, i, Keyword))
        {
            return ReadValue(text, SkipSpaces(text, i + Keyword.Length), wholeLine: false);
        }

        // Date lines as pages print them: the first date read is the article's (a publication date before an update).
        var result = new Result(null, TextRange.None, 0);
        for (var line = 0; line < MaxDateLines; line++)
        {
            var next = ReadLabelledLine(text, SkipBlankLines(text, result.BodyStart));
            if (next.Value.IsNone)
            {
                break;
            }

            result = result.Value.IsNone || (result.Date is null && next.Date is not null)
                ? next
                : result with { BodyStart = next.BodyStart };
        }

        return result;
    }

    /// <summary>A label, an optional colon, and a date (or, after a colon, anything: reported as malformed).</summary>
    private static Result ReadLabelledLine(string text, int start)
    {
        var i = SkipSpaces(text, start);
        foreach (var label in DateLexicon.HeaderLabels)
        {
            if (i + label.Length >= text.Length || string.Compare(text, i, label, 0, label.Length, System.StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var after = i + label.Length;
            var colon = text[after] == ':';
            if (!colon && text[after] is not (' ' or '\t'))
            {
                continue;
            }

            var valueStart = SkipSpaces(text, colon ? after + 1 : after);
            if (valueStart >= text.Length || IsLineBreak(text[valueStart]) || (!colon && !OpensDate(text, valueStart)))
            {
                return new Result(null, TextRange.None, 0);
            }

            return ReadValue(text, valueStart, wholeLine: true);
        }

        return new Result(null, TextRange.None, 0);
    }

    /// <summary>A digit, or a month's or a weekday's name: "Updated guidance ..." is a title, "Updated May 5" a date line.</summary>
    private static bool OpensDate(string text, int at)
    {
        if (char.IsDigit(text[at]))
        {
            return true;
        }

        var word = Token(text, at);
        return MonthOf(text, word) > 0 || IsWeekday(text, word);
    }

    private static Result ReadValue(string text, int valueStart, bool wholeLine)
    {
        var first = Token(text, valueStart);
        if (wholeLine && IsWeekday(text, first))
        {
            first = Token(text, SkipSpaces(text, first.End));
        }

        var second = Token(text, SkipSpaces(text, first.End));
        var third = Token(text, SkipSpaces(text, second.End));
        var lineEnd = wholeLine ? LineEnd(text, first.Start) : -1;

        // "5 May 2024" / "May 5, 2024": three words, the month named in the first or second.
        if (second.Length > 0 && third.Length > 0 && (!wholeLine || third.End <= lineEnd))
        {
            var named = TryParseNamedMonth(text, first, second, third);
            if (named is not null || MonthOf(text, first) > 0 || (IsNumber(text, first) && MonthOf(text, second) > 0))
            {
                var value = new TextRange(first.Start, third.End - first.Start);
                return new Result(named, value, wholeLine ? lineEnd : third.End);
            }
        }
        else if (MonthOf(text, first) > 0 || (second.Length > 0 && IsNumber(text, first) && MonthOf(text, second) > 0))
        {
            var last = second.Length > 0 && (!wholeLine || second.End <= lineEnd) ? second : first;
            return new Result(null, new TextRange(first.Start, last.End - first.Start), wholeLine ? lineEnd : last.End);
        }

        // "2024-03-01T10:30:00Z": the day, with the time after it.
        var day = first.Length > 10 && wholeLine && text[first.Start + 10] is 'T' or ',' ? new TextRange(first.Start, 10) : first;
        return new Result(TryParseNumericDate(text, day), day, wholeLine ? lineEnd : first.End);
    }

    /// <summary>Parses exactly <c>yyyy-mm-dd</c> with a real calendar day.</summary>
    public static SeedDate? TryParseIsoDate(string text, TextRange value) => TryParseNumericDate(text, value, '-');

    /// <summary><c>yyyy-mm-dd</c> or <c>yyyy/mm/dd</c>.</summary>
    private static SeedDate? TryParseNumericDate(string text, TextRange value) =>
        TryParseNumericDate(text, value, '-') ?? TryParseNumericDate(text, value, '/');

    private static SeedDate? TryParseNumericDate(string text, TextRange value, char separator)
    {
        if (value.Length != 10 || text[value.Start + 4] != separator || text[value.Start + 7] != separator)
        {
            return null;
        }

        return Make(Digits(text, value.Start, 4), Digits(text, value.Start + 5, 2), Digits(text, value.Start + 8, 2));
    }

    /// <summary><c>5 May 2024</c>, <c>May 5, 2024</c>, <c>Sept. 5 2024</c>.</summary>
    private static SeedDate? TryParseNamedMonth(string text, TextRange first, TextRange second, TextRange third)
    {
        var yearLength = third.Length == 5 && text[third.End - 1] == ',' ? 4 : third.Length;
        var year = yearLength == 4 ? Digits(text, third.Start, 4) : -1;
        var monthFirst = MonthOf(text, first);
        if (monthFirst > 0)
        {
            var day = Number(text, second, allowComma: true);
            return Make(year, monthFirst, day);
        }

        var monthSecond = MonthOf(text, second);
        return monthSecond > 0 ? Make(year, monthSecond, Number(text, first, allowComma: false)) : null;
    }

    private static SeedDate? Make(int year, int month, int day) =>
        year < 1 || month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month) ? null : new SeedDate(year, month, day);

    private static int MonthOf(string text, TextRange word) =>
        word.Length == 0 ? 0 : DateLexicon.MonthOf(text, word.Start, text[word.End - 1] == ',' ? word.Length - 1 : word.Length);

    private static bool IsWeekday(string text, TextRange word)
    {
        var length = word.Length > 0 && text[word.End - 1] == ',' ? word.Length - 1 : word.Length;
        foreach (var day in DateLexicon.Weekdays)
        {
            if (day.Length == length && string.Compare(text, word.Start, day, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(string text, TextRange word) => Number(text, word, allowComma: true) > 0;

    /// <summary>A day of one or two digits (optionally with a comma after it), or -1.</summary>
    private static int Number(string text, TextRange word, bool allowComma)
    {
        var length = allowComma && word.Length > 1 && text[word.End - 1] == ',' ? word.Length - 1 : word.Length;
        return length is 1 or 2 ? Digits(text, word.Start, length) : -1;
    }

    private static TextRange Token(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return new TextRange(start, end - start);
    }

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        at + word.Length < text.Length
        && string.CompareOrdinal(text, at, word, 0, word.Length) == 0
        && text[at + word.Length] is ' ' or '\t';

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static int SkipBlankLines(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j;
    }

    private static int LineEnd(string text, int i)
    {
        while (i < text.Length && !IsLineBreak(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
