namespace Corpus.Generator.Parsing.Quotations;

/// <summary>How an attribution was found; the order is the order of trust.</summary>
internal enum AttributionSource
{
    None,

    /// <summary>Right after the closing mark: “…,” Lopez said / said Lopez / according to X / — X.</summary>
    After,

    /// <summary>A cue before the quotation in its clause: Lopez told reporters: “…”.</summary>
    Before,

    /// <summary>"according to X" later in the sentence.</summary>
    Source,

    /// <summary>A cue later in the sentence: “…” due to ..., he told reporters.</summary>
    Later,

    /// <summary>A cue inside the quotation marks: “Five years ago, he said, we …”.</summary>
    Inside,

    /// <summary>A lead-in ending in a colon: And from Chairwoman Rosenworcel: “…”.</summary>
    LeadIn,

    /// <summary>A verb of thinking or judging before a partial quotation: she feared “a lost decade” for the town.</summary>
    Stance,
}
