// netstandard2.0 lacks the type that init accessors (and so records) need. Written out here rather than generated
// by PolySharp, whose polyfills come out in a different order on each build and made the dll non-deterministic.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
