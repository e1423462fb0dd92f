using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// The optional first line <c> date yyyy-mm-dd </c>, which may be followed on the same line by story text.
/// </summary>
public static class DateHeader
{
    private const string Keyword = "date";

    /// <summary>The result of reading the header.</summary>
    /// <param name="Date">The parsed date, or null.</param>
    /// <param name="Value">The range of the date token (even when malformed), or none when there is no header.</param>
    /// <param name="BodyStart">Where the text after the header starts (0 when there is no header).</param>
    public readonly record struct Result(SeedDate? Date, TextRange Value, int BodyStart);

    public static Result Read(string text)
    {
        var i = SkipSpaces(text, 0);
        if (!StartsWithWord(text, i, Keyword))
        {
            return new Result(null, TextRange.None, 0);
        }

        var valueStart = SkipSpaces(text, i + Keyword.Length);
        var valueEnd = valueStart;
        while (valueEnd < text.Length && !char.IsWhiteSpace(text[valueEnd]))
        {
            valueEnd++;
        }

        var value = new TextRange(valueStart, valueEnd - valueStart);
        return new Result(TryParseIsoDate(text, value), value, valueEnd);
    }

    /// <summary>Parses exactly <c>yyyy-mm-dd</c> with a real calendar day.</summary>
    public static SeedDate? TryParseIsoDate(string text, TextRange value)
    {
        if (value.Length != 10 || text[value.Start + 4] != '-' || text[value.Start + 7] != '-')
        {
            return null;
        }

        var year = Digits(text, value.Start, 4);
        var month = Digits(text, value.Start + 5, 2);
        var day = Digits(text, value.Start + 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new SeedDate(year, month, day);
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
