namespace Corpus.Generator.Model;

/// <summary>
/// How an article's normalised text maps back to its seed file, so diagnostics point at the file as written even
/// after wrapped lines were joined or mojibake repaired. Pure data, value-equal; see
/// <see cref="Parsing.Normalization.SourceLocator"/> for the queries (O(log n) each).
/// </summary>
/// <param name="NormalPoints">Sorted offsets in the normalised text where the shift to the file changes.</param>
/// <param name="SourcePoints">The file offset of each of those points (same length as <paramref name="NormalPoints"/>).</param>
/// <param name="JoinedBreaks">Sorted offsets in the normalised text of the spaces that replaced a line break of the file.</param>
internal sealed record SourceMap(EquatableArray<int> NormalPoints, EquatableArray<int> SourcePoints, EquatableArray<int> JoinedBreaks)
{
    /// <summary>The map of a text that normalisation left as it was.</summary>
    public static readonly SourceMap Identity = new(EquatableArray<int>.Empty, EquatableArray<int>.Empty, EquatableArray<int>.Empty);

    public bool IsIdentity => NormalPoints.Count == 0 && JoinedBreaks.Count == 0;
}
