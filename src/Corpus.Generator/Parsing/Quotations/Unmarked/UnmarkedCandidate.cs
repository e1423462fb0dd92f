namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>
/// Unmarked words that end in an attribution (<c>Clause, Lee said.</c>): the candidate <see cref="UnmarkedChooser"/>
/// decides on.
/// </summary>
/// <param name="Sentence">The sentence the attribution ends.</param>
/// <param name="From">The first word of the words judged: the paragraph's first when the sentences before report nothing.</param>
/// <param name="QuoteStart">The first word of the attribution's own sentence.</param>
/// <param name="AttributionStart">The first word of the attribution (speaker or cue).</param>
/// <param name="End">Where the sentence ends, or its first marked word.</param>
/// <param name="Attribution">The cue and the speaker.</param>
/// <param name="Inverted">True for "..., said Lee." (the cue before the speaker).</param>
/// <param name="ArticleKeepsPlainForm">The article keeps a paragraph of the form in marks (<see cref="PlainFormInMarks"/>).</param>
internal readonly record struct UnmarkedCandidate(int Sentence, int From, int QuoteStart, int AttributionStart, int End, Attribution Attribution, bool Inverted, bool ArticleKeepsPlainForm)
{
    public bool OpensParagraph => From == 0;
}
