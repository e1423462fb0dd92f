namespace Corpus.Generator.Model;

/// <summary>What kind of problem the quotation extractor saw in the marks.</summary>
internal enum QuotationIssueKind
{
    /// <summary>An opening mark with no closing mark before the paragraph (or run) ends.</summary>
    Unclosed,

    /// <summary>A closing mark with no opening mark.</summary>
    UnopenedClose,

    /// <summary>A quotation with no attributable speaker.</summary>
    NoSpeaker,
}
