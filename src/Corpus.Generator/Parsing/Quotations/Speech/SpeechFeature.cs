namespace Corpus.Generator.Parsing.Quotations.Speech;

/// <summary>
/// The evidence for and against marked words being a quotation by someone rather than a title, a name, a term or a
/// scare quote (<see cref="SpeechFeatures"/> says when each holds). The weights are data,
/// <c>Lexicons/SpeechWeights.cs</c>, learned by <c>tools/Corpus.Train</c>.
/// </summary>
internal enum SpeechFeature
{
    Bias,

    // Length and form of the quoted words.
    Words1,
    Words2To3,
    Words4To7,
    Words8To15,
    Words16Plus,
    StartsLowerCase,
    EndsWithStop,
    EndsWithComma,
    EndsWithQuestion,
    FirstOrSecondPerson,
    Unclosed,
    SingleMarksInDoubleMarkedArticle,

    // The forms of naming and labelling (QuotedNames).
    TitleCase,
    FollowsNamingWord,
    Nickname,
    ModifiesNoun,
    DeterminerBefore,
    AfterPossessive,
    WordQualifiesNoun,
    ShortWithNoCueInSentence,
    NamingFormWithoutCue,

    // Where the words stand.
    OpensSentence,
    OpensParagraph,
    OpensSentenceAfterQuotation,
    ColonBefore,
    SentenceHasCue,

    // The attribution the speaker chooser found, by its form.
    SourceAfterMarks,
    SourceCueBefore,
    SourceAccordingTo,
    SourceCueLater,
    SourceCueInside,
    SourceLeadIn,
    SourceStance,
    NoSource,
}
