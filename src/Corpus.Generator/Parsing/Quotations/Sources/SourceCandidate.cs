
namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// One mention that may be the source of a quotation: its words, the cue that goes with it, where it stands, and
/// which attribution forms point at it. <see cref="SourceFeatures"/> turns this into the chooser's evidence.
/// </summary>
internal sealed class SourceCandidate
{
    public SourceCandidate(ParagraphWords words, SpeakerPhrase phrase, CandidatePlace place, int distance)
    {
        Words = words;
        Phrase = phrase;
        Place = place;
        Distance = distance;
    }

    /// <summary>The paragraph that holds the mention (the one before, for <see cref="CandidatePlace.PreviousParagraph"/>).</summary>
    public ParagraphWords Words { get; }

    public SpeakerPhrase Phrase { get; }

    public CandidatePlace Place { get; }

    /// <summary>Words between the mention and the quotation's nearer edge.</summary>
    public int Distance { get; }

    /// <summary>The cue words [CueFirst, CueEnd) in <see cref="Words"/>, or <see cref="Attribution.NoCue"/>.</summary>
    public int CueFirst { get; set; } = Attribution.NoCue;

    public int CueEnd { get; set; } = Attribution.NoCue;

    /// <summary>The attribution forms that name this mention, one bit per <see cref="AttributionSource"/>.</summary>
    public int Forms { get; set; }

    /// <summary>True when no mention of the same side stands nearer to the quotation.</summary>
    public bool Nearest { get; set; }

    /// <summary>True when no mention with a cue beside it stands nearer to the quotation on the same side.</summary>
    public bool NearestWithCue { get; set; }

    /// <summary>True when no mention of its sentence comes before it.</summary>
    public bool FirstOfSentence { get; set; }

    public bool HasForm(AttributionSource form) => (Forms & (1 << (int)form)) != 0;

    /// <summary>The strongest form that names this mention (the lowest in <see cref="AttributionSource"/>), or None.</summary>
    public AttributionSource StrongestForm
    {
        get
        {
            for (var form = AttributionSource.After; form <= AttributionSource.Stance; form++)
            {
                if (HasForm(form))
                {
                    return form;
                }
            }

            return AttributionSource.None;
        }
    }

    /// <summary>The attribution the quotation takes when this candidate is chosen.</summary>
    public Attribution ToAttribution(bool inPreviousParagraph)
    {
        var form = StrongestForm;
        if (form == AttributionSource.None)
        {
            form = Place is CandidatePlace.SameSentenceAfter or CandidatePlace.NextSentence ? AttributionSource.Later : AttributionSource.Before;
        }

        return inPreviousParagraph
            ? new Attribution(Attribution.InPreviousParagraph, Attribution.InPreviousParagraph, Phrase, form)
            : new Attribution(CueFirst, CueEnd, Phrase, form);
    }
}
