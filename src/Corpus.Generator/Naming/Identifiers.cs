using System.Globalization;
using System.Text;

namespace Corpus.Generator.Naming;

/// <summary>
/// Turns seed file names into C# identifiers. The rule (documented in docs/generated-api.md):
/// every character that cannot stand in an identifier becomes <c>_</c>; a name that starts with a digit, or is
/// a C# keyword, gets a leading <c>_</c>; an empty name becomes <c>_</c>.
/// </summary>
internal static class Identifiers
{
    public static string FromFileName(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            builder.Append(IsIdentifierPart(c) ? c : '_');
        }

        if (builder.Length == 0 || !IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return ReservedNames.Keywords.Contains(identifier) ? "_" + identifier : identifier;
    }

    /// <summary>True when <paramref name="name"/> is a valid, non-keyword C# identifier.</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]) || ReservedNames.Keywords.Contains(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> is a dotted namespace of valid identifiers, none of them <c>global</c>.</summary>
    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValid(part) || part == "global" || part == ReservedNames.ArticleNamespace)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A valid identifier close to <paramref name="name"/>, for a diagnostic's "did you mean": the words of the name
    /// joined in PascalCase (<c>my-news</c> to <c>MyNews</c>), with <c>Articles</c> behind it while that is still taken.
    /// </summary>
    public static string Suggest(string name, System.Func<string, bool> isAcceptable)
    {
        var builder = new StringBuilder(name.Length + 8);
        var upper = true;
        foreach (var c in name)
        {
            if (!IsIdentifierPart(c) || c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || !IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, "Corpus");
        }

        var suggestion = builder.ToString();
        while (!isAcceptable(suggestion))
        {
            suggestion += "Articles";
        }

        return suggestion;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    // Letters, digits, connectors, combining marks and formatting characters, as the C# spec allows (ASCII and BMP).
    private static bool IsIdentifierPart(char c)
    {
        if (c < 128)
        {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }
}
