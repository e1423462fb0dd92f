using System;

namespace Corpus;

/// <summary>
/// How a query names a speaker: the canonical name ("Maria Lopez"), a shorter form the canonical name ends with
/// ("Lopez", "foreign ministry"), or the name exactly as an attribution wrote it. Case is ignored.
/// </summary>
public static class SpeakerName
{
    /// <summary>True when <paramref name="quotation"/> was said by the speaker that <paramref name="name"/> names. Allocates nothing once the quotation's strings are cached.</summary>
    public static bool Matches(in Quotation quotation, ReadOnlySpan<char> name)
    {
        var canonical = quotation.Speaker;
        if (canonical is null || name.IsEmpty)
        {
            return false;
        }

        if (Names(canonical.AsSpan(), name))
        {
            return true;
        }

        var written = quotation.SpeakerAsWritten;
        return written is not null && written.AsSpan().Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="name"/> is <paramref name="canonical"/> or the words it ends with.</summary>
    public static bool Names(ReadOnlySpan<char> canonical, ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (canonical.Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return name.Length > 0 && canonical.Length > name.Length
            && canonical.EndsWith(name, StringComparison.OrdinalIgnoreCase)
            && canonical[canonical.Length - name.Length - 1] == ' ';
    }
}
