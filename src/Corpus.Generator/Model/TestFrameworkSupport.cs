using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generator.Model;

/// <summary>
/// The test frameworks the consuming project references, as far as the fixtures care. Detected from the names of
/// the compilation's referenced assemblies, so the runtime library never depends on xUnit, and small and
/// value-equal so that a code edit (a new compilation) leaves the fixtures step cached.
/// </summary>
/// <param name="Xunit">Which xUnit, if any.</param>
/// <param name="RowLabels">xUnit v3 3.0 or later: theory data rows have a <c>Label</c> (<c>Method [label]</c>); before
/// it, only a <c>TestDisplayName</c> that replaces the method name.</param>
internal sealed record TestFrameworkSupport(XunitVersion Xunit, bool RowLabels = false)
{
    public static readonly TestFrameworkSupport None = new(XunitVersion.None);

    private static readonly Version FirstWithRowLabels = new(3, 0);

    public static TestFrameworkSupport Detect(IEnumerable<string> referencedAssemblyNames) =>
        Detect(referencedAssemblyNames.Select(name => (name, new Version(0, 0))));

    /// <summary>Both assemblies of a version must be there: the theory data types and the serialisation interface live apart.</summary>
    public static TestFrameworkSupport Detect(IEnumerable<(string Name, Version Version)> referencedAssemblies)
    {
        bool v2Core = false, v2Abstractions = false, v3Core = false, v3Common = false, rowLabels = false;
        foreach (var (name, version) in referencedAssemblies)
        {
            v2Core |= Is(name, "xunit.core");
            v2Abstractions |= Is(name, "xunit.abstractions");
            v3Common |= Is(name, "xunit.v3.common");
            if (Is(name, "xunit.v3.core"))
            {
                v3Core = true;
                rowLabels = version >= FirstWithRowLabels;
            }
        }

        // A project in the middle of a v2 to v3 move may reference both; v3 is what its runner executes.
        return v3Core && v3Common ? new(XunitVersion.V3, rowLabels)
            : v2Core && v2Abstractions ? new(XunitVersion.V2)
            : None;
    }

    // Assembly names compare without regard to case.
    private static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);
}
