using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>A direct quotation whose marks the source dropped, with its attribution.</summary>
/// <param name="Text">The quoted words.</param>
/// <param name="Attribution">Its cue and speaker, or none for a continuation (it takes the speaker of <paramref name="ContinuesPrevious"/>).</param>
/// <param name="ContinuesPrevious">True for the sentences that go on after the attribution: they continue the quotation before them.</param>
/// <param name="Score">The unmarked decision's score, where <see cref="UnmarkedChooser"/> made it (zero elsewhere).</param>
internal readonly record struct UnmarkedQuotation(TextRange Text, Attribution Attribution, bool ContinuesPrevious, double Score = 0);
