using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>A quotation while the extractor works on it: where it is, how it is attributed, and what it links to.</summary>
internal sealed class FoundQuotation
{
    public FoundQuotation(ParagraphWords words, TextRange text, bool marked, Attribution attribution, int firstWord)
    {
        Words = words;
        AttributionWords = words;
        Text = text;
        Marked = marked;
        Attribution = attribution;
        FirstWord = firstWord;
    }

    /// <summary>The paragraph that holds the quotation.</summary>
    public ParagraphWords Words { get; }

    /// <summary>The paragraph that holds the attribution (the one before, for a lead-in ending in a colon).</summary>
    public ParagraphWords? AttributionWords { get; set; }

    public TextRange Text { get; }

    public bool Marked { get; }

    public Attribution Attribution { get; }

    /// <summary>The quotation's first word in <see cref="Words"/>.</summary>
    public int FirstWord { get; }

    /// <summary>Index of the quotation this one continues, or -1.</summary>
    public int Continues { get; set; } = -1;

    /// <summary>Index of an earlier quotation of the same sentence whose speaker this one shares, or -1.</summary>
    public int FollowsSentenceOf { get; set; } = -1;

    /// <summary>The speaker's canonical name and the mention that writes it, or null.</summary>
    public CanonicalName? SpeakerName { get; set; }

    public string? Speaker => SpeakerName?.Name;

    public SpeakerKind SpeakerKind { get; set; }

    /// <summary>The speaker's words in the attribution (<c>he</c>, <c>Lopez</c>).</summary>
    public TextRange SpeakerRange { get; set; } = TextRange.None;

    /// <summary>Takes another quotation's speaker: the one it continues, follows or echoes.</summary>
    public void SpeakerOf(FoundQuotation other)
    {
        SpeakerName = other.SpeakerName;
        SpeakerKind = other.SpeakerKind;
        SpeakerRange = other.SpeakerRange;
    }

    public TextRange CueRange => Attribution.CueFirst >= 0 && AttributionWords is not null ? AttributionWords.Words(Attribution.CueFirst, Attribution.CueEnd) : TextRange.None;

    public int Sentence => Words.SentenceOf(FirstWord < Words.Count ? FirstWord : Words.Count - 1);
}
