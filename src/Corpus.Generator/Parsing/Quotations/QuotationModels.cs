using Corpus.Generator.Parsing.Quotations.Sources;
using Corpus.Generator.Parsing.Quotations.Speech;
using Corpus.Generator.Parsing.Quotations.Unmarked;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The three learned decisions of quotation finding: whether marked words are speech (<see cref="SpeechChooser"/>),
/// which mention is their source (<see cref="SpeakerChooser"/>), and whether unmarked words in an article that marks
/// its speech are a quotation whose marks were lost (<see cref="UnmarkedChooser"/>). The generator uses
/// <see cref="Learned"/>; the training tool passes its own weights and observers.
/// </summary>
internal sealed record QuotationModels(SpeechChooser Speech, SpeakerChooser Speakers, UnmarkedChooser Unmarked)
{
    public static QuotationModels Learned { get; } = new(SpeechChooser.Learned, SpeakerChooser.Learned, UnmarkedChooser.Learned);
}
