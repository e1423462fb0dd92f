namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// The evidence the chooser weighs, one name each (<see cref="SourceFeatures"/> says when each holds). A candidate
/// mention's features describe how it stands to the quotation; the "none" option's features describe the quotation
/// alone (whether it may take the speaker of the quotation before it). The weights are data,
/// <c>Lexicons/SpeakerWeights.cs</c>, learned by <c>tools/Corpus.Train</c>; add a feature here and train again.
/// </summary>
internal enum SourceFeature
{
    // What the mention is.
    KindPerson,
    KindOrganisation,
    KindCollective,
    KindPronoun,
    KindDescription,
    NameInArticleModel,
    NameTitled,
    KnownPerson,
    Possessive,
    SingleCapitalisedWord,
    OpensSentence,
    CalendarWord,
    PlaceName,
    CommonWordAlone,
    DescribedByWordsBefore,
    DescribesNameAfter,

    // Which attribution form points at it (the places news writing puts a speaker).
    FormAfterMarks,
    FormCueBefore,
    FormAccordingTo,
    FormCueLater,
    FormCueInside,
    FormLeadIn,
    FormStance,
    FormSentenceSubject,

    // Where it stands.
    SameSentenceBefore,
    SameSentenceAfter,
    InsideMarks,
    PreviousSentence,
    NextSentence,
    PreviousParagraph,
    Distance0To1,
    Distance2To3,
    Distance4To7,
    Distance8To15,
    Distance16Plus,
    NearestBefore,
    NearestAfter,
    NearestWithCue,
    FirstMentionOfSentence,
    OtherQuotationBetween,
    ColonBetween,
    DashBetween,

    // The verb or noun that governs it.
    SpeechVerbFollows,
    OtherCueFollows,
    SpeechVerbPrecedes,
    OtherCuePrecedes,
    TellPrecedes,
    AskPrecedes,
    StanceVerbFollows,
    PrepositionPrecedes,
    VerbLikeWordFollows,
    CommaFollows,
    WhoFollows,
    CueBetween,
    ClauseBreakBetween,

    // Combinations the sum of single features cannot express.
    SubjectOfCueInSentence,
    SubjectOfGoverningCue,
    NamedAfterMarksByInvertedCue,
    InstitutionSubjectOfCue,
    SubjectOfReportedClause,
    SubjectOfParticipleCue,

    // The "none" option: no mention of its own, the quotation takes the speaker of the one before or none.
    None,
    NoneOpensParagraph,
    NoneSentenceHasCue,
    NoneFollowsQuotationInSentence,
    NoneContinuesQuotation,
    NonePreviousParagraphQuoted,
    NoneShort,
    NoneWholeParagraph,
    NoneWordQualifiesNoun,
    NoneScareQuote,
}
