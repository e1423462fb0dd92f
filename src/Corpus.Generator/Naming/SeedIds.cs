using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Corpus.Generator.Naming;

/// <summary>
/// Article ids, unique within a corpus so that <c>Find</c>, index hits and test-case names tell articles apart
/// (docs/generated-api.md): the file name without its extension; when two files of the corpus share that name,
/// each one's path relative to the project folder, without the extension (<c>sport/update</c>), or with it when
/// that still repeats (<c>a/x.txt</c>, <c>a/x.md</c>).
/// </summary>
internal static class SeedIds
{
    /// <summary>The id of every seed of one corpus, by path.</summary>
    public static Dictionary<string, string> Assign(IReadOnlyList<SeedName> seeds, string? projectDirectory)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in seeds.GroupBy(s => Clean(s.Id), StringComparer.Ordinal))
        {
            var same = group.ToList();
            if (same.Count == 1)
            {
                result[same[0].Path] = group.Key;
                continue;
            }

            var root = SeedPaths.CommonFolder(same.Select(s => s.Path));
            var relative = same.ToDictionary(s => s.Path, s => Clean(SeedPaths.Relative(s.Path, projectDirectory, root)), StringComparer.Ordinal);
            var stems = relative.Values.GroupBy(SeedPaths.WithoutExtension, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var seed in same)
            {
                var stem = SeedPaths.WithoutExtension(relative[seed.Path]);
                result[seed.Path] = stems[stem] == 1 ? stem : relative[seed.Path];
            }
        }

        // Paths that differ only in their separators could still meet: number the later ones, in path order.
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in result.Keys.OrderBy(p => p, StringComparer.Ordinal).ToList())
        {
            var id = result[path];
            for (var n = 2; !used.Add(id); n++)
            {
                id = result[path] + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            result[path] = id;
        }

        return result;
    }

    /// <summary>A lone surrogate (possible in a Windows file name) cannot be UTF-8: it becomes U+FFFD in the id.</summary>
    public static string Clean(string id)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                builder?.Append(c).Append(id[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(id.Length).Append(id, 0, i);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? id;
    }
}
