using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes text as C# string literals. Printable characters are kept as they are (generated files are UTF-8,
/// so names and accents stay readable); quotes, backslashes, control and invisible characters, and the
/// characters that end a line inside a literal (U+0085, U+2028, U+2029) are escaped.
/// </summary>
internal static class CSharpLiterals
{
    /// <summary>A regular string literal, quotes included.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, text, 0, text.Length);
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Appends the escaped form of <c>text[start..end)</c>, without quotes.</summary>
    public static void AppendEscaped(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    private static bool NeedsEscape(char c)
    {
        if (c < ' ' || c == '\u007F' || char.IsSurrogate(c))
        {
            return true;
        }

        if (c < '\u0080')
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
            _ => false,
        };
    }
}
