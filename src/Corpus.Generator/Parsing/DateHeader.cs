using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing;

/// <summary>
/// The optional first line <c> date VALUE </c>, which may be followed on the same line by story text. VALUE is
/// <c>yyyy-mm-dd</c>, or one of the other forms in common use: <c>yyyy/mm/dd</c>, <c>5 May 2024</c>,
/// <c>May 5, 2024</c> (month names in full or abbreviated, any case).
/// </summary>
internal static class DateHeader
{
    private const string Keyword = "date";

    /// <summary>The result of reading the header.</summary>
    /// <param name="Date">The parsed date, or null.</param>
    /// <param name="Value">The range of the date (even when malformed), or none when there is no header.</param>
    /// <param name="BodyStart">Where the text after the header starts (0 when there is no header).</param>
    public readonly record struct Result(SeedDate? Date, TextRange Value, int BodyStart);

    public static Result Read(string text)
    {
        var i = SkipSpaces(text, 0);
        if (!StartsWithWord(text, i, Keyword))
        {
            return new Result(null, TextRange.None, 0);
        }

        var first = Token(text, SkipSpaces(text, i + Keyword.Length));
        var second = Token(text, SkipSpaces(text, first.End));
        var third = Token(text, SkipSpaces(text, second.End));

        // "5 May 2024" / "May 5, 2024": three words, the month named in the first or second.
        if (second.Length > 0 && third.Length > 0)
        {
            var named = TryParseNamedMonth(text, first, second, third);
            if (named is not null || MonthOf(text, first) > 0 || (IsNumber(text, first) && MonthOf(text, second) > 0))
            {
                var value = new TextRange(first.Start, third.End - first.Start);
                return new Result(named, value, third.End);
            }
        }
        else if (MonthOf(text, first) > 0 || (second.Length > 0 && IsNumber(text, first) && MonthOf(text, second) > 0))
        {
            var last = second.Length > 0 ? second : first;
            return new Result(null, new TextRange(first.Start, last.End - first.Start), last.End);
        }

        return new Result(TryParseNumericDate(text, first), first, first.End);
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
        var year = third.Length == 4 ? Digits(text, third.Start, 4) : -1;
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
}
