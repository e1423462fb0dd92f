namespace Corpus.Generator.Parsing.Quotations.Unmarked;

/// <summary>
/// The evidence for and against unmarked words before an attribution (<c>Clause, Lee said.</c>) being speech whose
/// marks were lost rather than the reporter's paraphrase (<see cref="UnmarkedFeatures"/> says when each holds). The
/// weights are data, <c>Lexicons/UnmarkedWeights.cs</c>, learned by <c>tools/Corpus.Train</c>.
/// </summary>
internal enum UnmarkedFeature
{
    Bias,

    // The voice of the words: direct speech addresses and speaks as "I", keeps its own tense and the spoken register.
    FirstPerson,
    SecondPerson,
    Question,
    Contraction,
    OwnTense,
    PastTense,
    ThirdPersonPronoun,
    Number,

    // Whether the words are a clause or a lead-in to what follows the attribution.
    ReadsAsClause,
    LeadInPhrase,
    MarksAfterAttribution,
    GoesOnInMarks,
    GoesOnUnmarked,

    // The attribution. Not its order: the stripped variant it is learned from drops marks only before the plain order
    // ("..., Lee said."), so a weight for "..., said Lee." would learn that variant, not news.
    AskedCue,
    SpeakerPerson,
    SpeakerPronoun,
    SpeakerOrganisation,

    // Where the words stand and how long they are.
    OpensParagraph,
    FirstSentence,
    LastSentence,
    Words3To7,
    Words8To19,
    Words20Plus,

    // The article keeps in marks a paragraph of the plainest form of speech ("“…,” Lee said."): a tool that loses
    // marks loses them on every paragraph of a form, so an unmarked one beside it is the reporter's.
    PlainFormInMarks,

    // The article: no other candidate of it is taken for speech. Added to the score of the one that is, after the
    // article's candidates are decided (an article that marks its speech does not drop the marks of one quotation);
    // fitted in a second step, on the scores of the first.
    AloneInArticle,
}
