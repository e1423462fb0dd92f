using System;
using System.Collections.Generic;

namespace Corpus.Generator.Naming;

/// <summary>
/// Gives each article of a corpus a file-name stem unique ignoring case (the compiler compares hint names with
/// OrdinalIgnoreCase and throws on a clash, which would drop every generated file as CS8785).
/// Unique by construction, across every file the generator writes:
/// <list type="bullet">
/// <item>corpus-wide files are <c>C.g.cs</c>, <c>C.__Fixtures.g.cs</c>, <c>C.__Stories.g.cs</c>, <c>Corpus.C.Index.g.cs</c>,
/// and corpus names differ ignoring case (<see cref="CorpusNames"/>);</item>
/// <item>an article's file is <c>C.stem.g.cs</c>, where the stem is its member name (an identifier: no dot, never
/// <c>__Fixtures</c> or <c>__Stories</c>, which are reserved) or, for the second of two members equal ignoring case,
/// the member name, a dot and a number, which no identifier and no fixed suffix can be.</item>
/// </list>
/// </summary>
public sealed class HintNames
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The stem for a member; call in the layout's fixed member order, so the choice is stable.</summary>
    public string StemFor(string memberName)
    {
        var stem = memberName;
        for (var n = 2; !_taken.Add(stem); n++)
        {
            stem = memberName + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return stem;
    }
}
