using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing;

/// <summary>Recognises wire-service names in datelines and sign-offs.</summary>
internal static class AgencyNames
{
    /// <summary>True when the range is a known agency name, exactly as credited.</summary>
    public static bool IsAgency(string text, TextRange range) => TextScan.EqualsAny(text, range, NewsLexicon.Agencies, ignoreCase: false);

    /// <summary>
    /// A paragraph that is only an agency credit: <c>AFP</c>, <c>(AFP)</c>, <c>— Reuters</c>.
    /// Returns the range of the name, or none.
    /// </summary>
    public static TextRange SignOff(string text, TextRange paragraph)
    {
        var start = paragraph.Start;
        var end = paragraph.End;
        while (start < end && IsCreditPunctuation(text[start]))
        {
            start++;
        }

        while (end > start && IsCreditPunctuation(text[end - 1]))
        {
            end--;
        }

        // Nearly every paragraph is longer than any agency's name: no name to compare it with.
        var name = new TextRange(start, end - start);
        return name.Length > 0 && name.Length <= LongestAgency && IsAgency(text, name) ? name : TextRange.None;
    }

    public static bool IsSignOff(string text, TextRange paragraph) => !SignOff(text, paragraph).IsNone;

    private static readonly int LongestAgency = Longest(NewsLexicon.Agencies);

    private static int Longest(string[] names)
    {
        var longest = 0;
        foreach (var name in names)
        {
            longest = System.Math.Max(longest, name.Length);
        }

        return longest;
    }

    private static bool IsCreditPunctuation(char c) => c is '(' or ')' or '-' or '\u2013' or '\u2014' or '.' or ' ' or '\u00A0' or '/';
}
