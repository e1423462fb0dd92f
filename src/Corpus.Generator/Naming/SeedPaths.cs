using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generator.Naming;

/// <summary>
/// Paths as the generated code and the messages show them: relative to the project folder, with <c>/</c>, so a
/// build never writes a machine's absolute paths into an assembly and two clones build the same bytes.
/// </summary>
internal static class SeedPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="projectDirectory"/>; a file outside the project (or a
    /// project folder unknown) is made relative to <paramref name="commonRoot"/> instead, else only its file name.
    /// </summary>
    public static string Relative(string path, string? projectDirectory, string? commonRoot = null)
    {
        var normal = Normal(path);
        foreach (var root in new[] { projectDirectory, commonRoot })
        {
            if (string.IsNullOrEmpty(root))
            {
                continue;
            }

            var folder = Normal(root!).TrimEnd('/') + "/";
            if (normal.StartsWith(folder, StringComparison.Ordinal) || (IsDrivePath(normal) && normal.StartsWith(folder, StringComparison.OrdinalIgnoreCase)))
            {
                return normal.Substring(folder.Length);
            }
        }

        var slash = normal.LastIndexOf('/');
        return slash < 0 ? normal : normal.Substring(slash + 1);
    }

    /// <summary>The deepest folder that holds every one of <paramref name="paths"/>, or null when they share none.</summary>
    public static string? CommonFolder(IEnumerable<string> paths)
    {
        string[]? common = null;
        var length = 0;
        foreach (var path in paths)
        {
            var parts = Normal(path).Split('/');
            if (common is null)
            {
                common = parts;
                length = parts.Length - 1; // the folders, not the file name
                continue;
            }

            var same = 0;
            while (same < length && same < parts.Length - 1 && parts[same] == common[same])
            {
                same++;
            }

            length = same;
        }

        return common is null || length == 0 ? null : string.Join("/", common.Take(length));
    }

    /// <summary>The path without its extension (the last dot of the file name and what follows).</summary>
    public static string WithoutExtension(string relative)
    {
        var dot = relative.LastIndexOf('.');
        return dot > relative.LastIndexOf('/') + 1 ? relative.Substring(0, dot) : relative;
    }

    private static string Normal(string path) => path.Replace('\\', '/');

    private static bool IsDrivePath(string path) => path.Length > 1 && path[1] == ':';
}
