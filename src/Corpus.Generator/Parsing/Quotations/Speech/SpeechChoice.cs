using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations.Speech;

/// <summary>One marked span with its evidence and the decision, as handed to an observer of <see cref="SpeechChooser"/>.</summary>
internal sealed record SpeechChoice(TextRange Span, SpeechFeature[] Features, bool Speech);
