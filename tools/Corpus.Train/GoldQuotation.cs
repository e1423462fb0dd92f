using System.Collections.Generic;

namespace Corpus.Train;

/// <summary>
/// A gold quotation as the training set annotates it: where its words start and end in the file (UTF-16 offsets, converted
/// from the gold's code points) and the annotated source mention's ranges, if any.
/// </summary>
/// <param name="Speaker">The gold speaker's name where the annotated source is a name (<c>speaker_scored</c>), else null.</param>
internal sealed record GoldQuotation(int Start, int End, IReadOnlyList<(int Start, int End)> Sources, string? Speaker);
