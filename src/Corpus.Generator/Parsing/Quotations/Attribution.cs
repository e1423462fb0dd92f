using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>Who a quotation is attributed to, in words of its paragraph: the cue [CueFirst, CueEnd) and the speaker phrase.</summary>
internal readonly record struct Attribution(int CueFirst, int CueEnd, SpeakerPhrase Speaker, AttributionSource Source)
{
    /// <summary>The cue position of an attribution with no cue word of its own (a lead-in ending in a colon).</summary>
    public const int NoCue = -1;

    /// <summary>The cue position of a lead-in whose speaker phrase stands in the previous paragraph (its words are there).</summary>
    public const int InPreviousParagraph = -2;

    public static readonly Attribution None = new(NoCue, NoCue, SpeakerPhrase.None, AttributionSource.None);

    /// <summary>Whether the speaker phrase stands in the previous paragraph.</summary>
    public bool InPrevious => CueFirst == InPreviousParagraph;

    public bool Found => !Speaker.IsNone;
}
