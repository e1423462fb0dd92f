namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>Where a candidate mention stands relative to the quotation it may be the source of.</summary>
internal enum CandidatePlace
{
    /// <summary>In the quotation's sentence, before the opening mark.</summary>
    SameSentenceBefore,

    /// <summary>In the quotation's sentence (or the one its closing mark ends), after the closing mark.</summary>
    SameSentenceAfter,

    /// <summary>Inside the marks, set off by commas: “Five years ago, she said, we …”.</summary>
    InsideMarks,

    /// <summary>In the sentence before the quotation's.</summary>
    PreviousSentence,

    /// <summary>In the sentence after the one the quotation ends.</summary>
    NextSentence,

    /// <summary>In the last sentence of the story paragraph before, for a quotation that opens its paragraph.</summary>
    PreviousParagraph,
}
