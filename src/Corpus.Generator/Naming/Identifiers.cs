using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Generator.Naming;

/// <summary>
/// Turns seed file names into C# identifiers. The rule (documented in docs/generated-api.md):
/// every character that cannot stand in an identifier becomes <c>_</c>; a name that starts with a digit, or is
/// a C# keyword, gets a leading <c>_</c>; an empty name becomes <c>_</c>.
/// </summary>
public static class Identifiers
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

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
        return Keywords.Contains(identifier) ? "_" + identifier : identifier;
    }

    /// <summary>True when <paramref name="name"/> is a valid, non-keyword C# identifier (as a class name must be).</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]) || Keywords.Contains(name))
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

    /// <summary>True when <paramref name="name"/> is a dotted namespace of valid identifiers.</summary>
    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValid(part))
            {
                return false;
            }
        }

        return true;
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
