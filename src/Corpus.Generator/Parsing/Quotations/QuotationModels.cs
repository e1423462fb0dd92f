using Corpus.Generator.Parsing.Quotations.Sources;
using Corpus.Generator.Parsing.Quotations.Speech;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The two learned decisions of quotation finding: whether marked words are speech (<see cref="SpeechChooser"/>) and
/// which mention is their source (<see cref="SpeakerChooser"/>). The generator uses <see cref="Learned"/>; the
/// training tool passes its own weights and observers.
/// </summary>
internal sealed record QuotationModels(SpeechChooser Speech, SpeakerChooser Speakers)
{
    public static QuotationModels Learned { get; } = new(SpeechChooser.Learned, SpeakerChooser.Learned);
}
