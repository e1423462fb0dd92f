using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>
/// One unmarked candidate with its evidence (its features and the function words it uses) and its score, as handed to
/// an observer of <see cref="UnmarkedChooser"/>.
/// </summary>
internal sealed record UnmarkedChoice(TextRange Words, UnmarkedFeature[] Features, string[] FunctionWords, double Score);
