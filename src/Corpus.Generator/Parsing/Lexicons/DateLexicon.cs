namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>Month names as news prints them, for date headers (<c>5 May 2024</c>) and datelines (<c>Dec. 30</c>).</summary>
public static class DateLexicon
{
    /// <summary>Each month's spellings, January first: full name, then the abbreviations in use (AP style and others).</summary>
    public static readonly string[][] Months =
    {
        new[] { "January", "Jan" },
        new[] { "February", "Feb" },
        new[] { "March", "Mar" },
        new[] { "April", "Apr" },
        new[] { "May" },
        new[] { "June", "Jun" },
        new[] { "July", "Jul" },
        new[] { "August", "Aug" },
        new[] { "September", "Sept", "Sep" },
        new[] { "October", "Oct" },
        new[] { "November", "Nov" },
        new[] { "December", "Dec" },
    };

    /// <summary>The month (1-12) a word names, ignoring case and a trailing full stop; 0 when it names none.</summary>
    public static int MonthOf(string text, int start, int length)
    {
        if (length > 1 && text[start + length - 1] == '.')
        {
            length--;
        }

        for (var m = 0; m < Months.Length; m++)
        {
            foreach (var spelling in Months[m])
            {
                if (spelling.Length == length && string.Compare(text, start, spelling, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return m + 1;
                }
            }
        }

        return 0;
    }
}
