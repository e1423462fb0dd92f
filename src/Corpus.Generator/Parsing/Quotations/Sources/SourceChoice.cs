using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// One quotation's candidates with their evidence and the one chosen, as handed to an observer of
/// <see cref="SpeakerChooser"/> (the training tool learns from these). Ranges index the article text.
/// </summary>
/// <param name="Quotation">The quoted words.</param>
/// <param name="Mentions">Each candidate mention's words.</param>
/// <param name="Features">Each candidate's features, then the "none" option's last.</param>
/// <param name="Chosen">The index of the chosen mention, or -1 for none.</param>
internal sealed record SourceChoice(TextRange Quotation, IReadOnlyList<TextRange> Mentions, IReadOnlyList<SourceFeature[]> Features, int Chosen);
