namespace Corpus.Generator.Model;

/// <summary>
/// One quotation found in an article. All ranges index the article text.
/// </summary>
/// <param name="Text">The quoted words, without the quotation marks.</param>
/// <param name="Paragraph">Index of the paragraph (in the article's paragraph list) that holds the quotation.</param>
/// <param name="Marked">True when the words stand inside quotation marks; false for direct speech whose marks the source dropped.</param>
/// <param name="Cue">The attribution verb or phrase as written (<c>said</c>, <c>according to</c>), or <see cref="TextRange.None"/>.</param>
/// <param name="SpeakerAsWritten">The speaker as the attribution writes it (<c>he</c>, <c>Lopez</c>), or <see cref="TextRange.None"/>.</param>
/// <param name="Speaker">The canonical speaker: the fullest name the article gives (<c>Maria Lopez</c>), or null.</param>
/// <param name="SpeakerMention">Where the text writes <paramref name="Speaker"/> whole: the mention its name was taken from (the attribution's own words or a fuller mention), or <see cref="TextRange.None"/> when there is no speaker or the name is composed (no stretch of the text reads it), which the article's table then stores as a string of its own.</param>
/// <param name="Continues">Index of the quotation this one continues (a multi-paragraph quotation, or one interrupted by its attribution), or -1.</param>
internal sealed record QuotationModel(
    TextRange Text,
    int Paragraph,
    bool Marked,
    TextRange Cue,
    TextRange SpeakerAsWritten,
    string? Speaker,
    TextRange SpeakerMention,
    int Continues);
