using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Whether a range starts with any of a list of prefixes (<see cref="TextScan.StartsWithIgnoreCase"/>), trying only
/// the prefixes whose first character matches the range's: the same answer as trying every prefix, which most
/// paragraphs fail at their first character, prefix after prefix.
/// </summary>
internal sealed class PrefixSet
{
    private readonly Dictionary<char, string[]> _byFirst = new();
    private readonly bool _hasEmpty;

    public PrefixSet(string[] prefixes)
    {
        var lists = new Dictionary<char, List<string>>();
        foreach (var prefix in prefixes)
        {
            if (prefix.Length == 0)
            {
                _hasEmpty = true;
                continue;
            }

            var key = TextScan.FoldForPrefix(prefix[0]);
            if (!lists.TryGetValue(key, out var list))
            {
                lists.Add(key, list = new List<string>());
            }

            list.Add(prefix);
        }

        foreach (var entry in lists)
        {
            _byFirst.Add(entry.Key, entry.Value.ToArray());
        }
    }

    public bool StartsAny(string text, TextRange range)
    {
        if (_hasEmpty)
        {
            return true;
        }

        if (range.Length == 0 || !_byFirst.TryGetValue(TextScan.FoldForPrefix(text[range.Start]), out var candidates))
        {
            return false;
        }

        foreach (var prefix in candidates)
        {
            if (TextScan.StartsWithIgnoreCase(text, range, prefix))
            {
                return true;
            }
        }

        return false;
    }
}
