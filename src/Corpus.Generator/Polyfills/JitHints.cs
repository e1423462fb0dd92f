using System.Runtime.CompilerServices;

namespace Corpus.Generator;

/// <summary>
/// <c>MethodImplOptions.AggressiveOptimization</c> (.NET Core 3.0 and later; netstandard2.0 has no name for it, the
/// runtime honours the flag and .NET Framework ignores it). The build task runs in a fresh MSBuild process on a
/// command-line build, where tiered compilation would run the corpus-wide loops as unoptimised code for most of a
/// build that is over in seconds: a cached 100 MB build took half as long again as with every method optimised at once.
/// Only on the loops over every seed, word or posting.
/// </summary>
internal static class JitHints
{
    public const MethodImplOptions FullyOptimized = (MethodImplOptions)512;
}
