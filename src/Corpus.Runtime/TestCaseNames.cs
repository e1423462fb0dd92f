using System.Text;

namespace Corpus;

/// <summary>
/// Short, readable names for articles and quotations as test cases (generated theory data rows use them as
/// display names): <c>bridge-reopens</c>, <c>Maria Lopez: “We will rebuild the bridge…”</c>.
/// </summary>
public static class TestCaseNames
{
    /// <summary>How many characters of a quotation's text its name shows before the ellipsis.</summary>
    public const int QuotationTextLength = 40;

    /// <summary>The article's id.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The article's id, e.g. <c>bridge-reopens</c>.</returns>
    public static string Of(Article article) => article.Id;

    /// <summary>The speaker (or <c>(unknown)</c>) and the start of the quoted words, on one line.</summary>
    /// <param name="quotation">The quotation.</param>
    /// <returns>e.g. <c>Maria Lopez: “We will rebuild the bridge…”</c>.</returns>
    public static string Of(Quotation quotation)
    {
        var text = OneLine(quotation.Text);
        if (text.Length > QuotationTextLength)
        {
            // Never cut a surrogate pair in half; no space before the ellipsis.
            var length = char.IsHighSurrogate(text[QuotationTextLength - 1]) ? QuotationTextLength - 1 : QuotationTextLength;
            text = text.Substring(0, length).TrimEnd() + "\u2026";
        }

        return (quotation.Speaker ?? "(unknown)") + ": \u201C" + text + "\u201D";
    }

    // Test explorers show one line: line breaks and runs of white space become one space.
    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[line.Length - 1] != ' ')
            {
                line.Append(' ');
            }
        }

        return line.ToString().TrimEnd();
    }
}
