namespace Corpus.Generator.Model;

/// <summary>
/// A problem found in a seed, kept as plain data (no Roslyn Location) so the parse result stays value-equal.
/// The wiring turns it into a Diagnostic with <see cref="Diagnostics.DiagnosticCatalog"/> when reporting.
/// </summary>
/// <param name="Id">The catalogue id, e.g. <c>CORPUS004</c>.</param>
/// <param name="Range">Where in the text (character range); <see cref="TextRange.None"/> for the whole file.</param>
/// <param name="Lines">The same range as zero-based lines and columns.</param>
/// <param name="Arguments">The message arguments.</param>
internal sealed record SeedIssue(string Id, TextRange Range, LineSpan Lines, EquatableArray<string> Arguments);
