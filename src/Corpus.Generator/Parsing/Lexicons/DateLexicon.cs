using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>Month names as news prints them, for date headers (<c>5 May 2024</c>) and datelines (<c>Dec. 30</c>).</summary>
internal static class DateLexicon
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

    /// <summary>
    /// Labels of a date line at the top of a page (<c>Date: March 1, 2024</c>, <c>Published 2024-03-01</c>,
    /// <c>Updated: ...</c>), longest first where one opens another. Case-insensitive.
    /// </summary>
    public static readonly string[] HeaderLabels =
    {
        "date published", "published on", "published", "first published on", "first published", "last updated on",
        "last updated", "updated on", "updated", "posted on", "posted", "dated", "date",
    };

    /// <summary>The days of the week, Monday first.</summary>
    public static readonly string[] Weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    /// <summary>The names of days and months in full: capitalised, yet never a person's name.</summary>
    public static readonly HashSet<string> CalendarNames = WordSets.Of(StringComparer.OrdinalIgnoreCase, Weekdays, Array.ConvertAll(Months, spellings => spellings[0]));

    /// <summary>The month (1-12) a word names, ignoring case and a trailing full stop; 0 when it names none.</summary>
    public static int MonthOf(string text, int start, int length)
    {
        if (length > 1 && text[start + length - 1] == '.')
        {
            length--;
        }

        // The speaker rules ask this of many capitalised words: the hash rules out nearly all without comparing spellings.
        if (!MonthHashes.Contains(SpeechLexicon.CaseInsensitiveHash(text, start, length)))
        {
            return 0;
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

    private static readonly FilteredHashes MonthHashes = new(SpeechLexicon.PhraseHashes(Months.SelectMany(spellings => spellings)));

    /// <summary>Words that open a time between a subject and its verb ("X on Tuesday said", "last week", "early Monday").</summary>
    public static bool OpensTimeBeforeVerb(string word) => word is "on" or "last" or "this" or "early" or "late";
}
