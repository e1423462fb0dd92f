using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Compares the words of names as news spells one name several ways: "Müller", "Muller" and "Mueller" are one
/// surname, "José" and "Jose" one given name. Accents are dropped and the German spellings ue, oe, ae read as
/// u, o, a; case is kept (a surname is capitalised).
/// </summary>
internal sealed class NameComparer : IEqualityComparer<string>
{
    public static readonly NameComparer Instance = new();

    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && (string.Equals(x, y, StringComparison.Ordinal) || string.Equals(Key(x), Key(y), StringComparison.Ordinal)));

    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Key(obj));

    /// <summary>The folded form; the word itself when it is plain ASCII with no ue, oe, ae (most names: no copy).</summary>
    public static string Key(string word)
    {
        var plain = true;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c > 127 || (i > 0 && c == 'e' && word[i - 1] is 'u' or 'o' or 'a'))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return word;
        }

        // Decomposing ASCII changes nothing: only ue, oe, ae are left to fold, with no copy made by Normalize.
        return Folded(IsAscii(word) ? word : word.Normalize(NormalizationForm.FormD));
    }

    private static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A decomposed word without its accents (non-spacing marks) and with ue, oe, ae read as u, o, a.</summary>
    private static string Folded(string decomposed)
    {
        var kept = new char[decomposed.Length];
        var length = 0;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == 'e' && length > 1 && kept[length - 1] is 'u' or 'o' or 'a')
            {
                continue; // Mueller → Muller
            }

            kept[length++] = c;
        }

        return new string(kept, 0, length);
    }
}
