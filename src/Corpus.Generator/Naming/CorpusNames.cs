using System;
using System.Collections.Generic;

namespace Corpus.Generator.Naming;

/// <summary>
/// Whether a <c>Corpus="..."</c> value can name the generated class, and if not why, with a name that can
/// (CORPUS007, reported once per corpus). The rules are listed in docs/diagnostics.md, "Naming rules".
/// </summary>
internal static class CorpusNames
{
    /// <summary>Why <paramref name="name"/> cannot be a corpus class in namespace <paramref name="ns"/>, or null when it can.</summary>
    /// <param name="taken">The corpus names already accepted (generated file names are compared ignoring case).</param>
    public static string? Problem(string name, string? ns, IEnumerable<string> taken)
    {
        if (ReservedNames.Keywords.Contains(name))
        {
            return "is a C# keyword";
        }

        if (!Identifiers.IsValid(name))
        {
            return "is not a valid C# identifier";
        }

        if (ReservedNames.ContextualKeywords.Contains(name))
        {
            return "is a contextual keyword, which a class must not be named";
        }

        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return "starts with '__', which the generator keeps for its own names";
        }

        if (Array.IndexOf(ReservedNames.CorpusMembers, name) >= 0)
        {
            return "is the name of one of the corpus class's own members";
        }

        if (string.IsNullOrEmpty(ns) && Array.IndexOf(ReservedNames.RuntimeNamespaces, name) >= 0)
        {
            return "would hide the namespace '" + name + "' (the project has no root namespace)";
        }

        foreach (var other in taken)
        {
            if (string.Equals(other, name, StringComparison.OrdinalIgnoreCase))
            {
                return "differs from corpus '" + other + "' only in letter case (generated file names are compared ignoring case)";
            }
        }

        return null;
    }

    /// <summary>A name close to <paramref name="name"/> that <see cref="Problem"/> accepts.</summary>
    public static string Suggest(string name, string? ns, IReadOnlyCollection<string> taken) =>
        Identifiers.Suggest(name, candidate => Problem(candidate, ns, taken) is null);
}
