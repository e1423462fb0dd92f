using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// Builds a lookup set from word lists, so a word shared by several sets (a role noun) is spelled in one list and
/// joined into each set that needs it.
/// </summary>
internal static class WordSets
{
    /// <summary>A hashed set of every word of the lists under the comparer.</summary>
    public static HashSet<string> Of(StringComparer comparer, params IEnumerable<string>[] lists)
    {
        var set = new HashSet<string>(comparer);
        foreach (var list in lists)
        {
            set.UnionWith(list);
        }

        return set;
    }
}
