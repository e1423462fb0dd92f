using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The lexicon sets the speaker rules ask of word after word (<see cref="SpeakerPhrases"/>, <see cref="Sources.Mentions"/>,
/// <see cref="Sources.SourceFeatures"/>) and the names' classes (<see cref="MentionKinds"/>, <see cref="ArticleNames"/>), filtered by
/// hash (<see cref="FilteredSet"/>) for <see cref="ParagraphWords.WordIn"/>.
/// </summary>
internal static class RuleWords
{
    public static readonly FilteredSet Abbreviations = new(GrammarLexicon.Abbreviations);
    public static readonly FilteredSet Auxiliaries = new(SpeechLexicon.Auxiliaries);
    public static readonly FilteredSet CalendarNames = new(DateLexicon.CalendarNames);
    public static readonly FilteredSet ClauseOpeners = new(SpeechLexicon.ClauseOpeners);
    public static readonly FilteredSet Connectives = new(SpeechLexicon.Connectives);
    public static readonly FilteredSet Demonyms = new(SpeechLexicon.Demonyms);
    public static readonly FilteredSet Determiners = new(GrammarLexicon.Determiners);
    public static readonly FilteredSet FunctionWords = new(GrammarLexicon.FunctionWords);
    public static readonly FilteredSet GroupNouns = new(SpeechLexicon.GroupNouns);
    public static readonly FilteredSet LocativePrepositions = new(PlaceLexicon.LocativePrepositions);
    public static readonly FilteredSet NotSubjectBefore = new(GrammarLexicon.NotSubjectBefore);
    public static readonly FilteredSet OrganisationHeads = new(SpeechLexicon.OrganisationHeads);
    public static readonly FilteredSet OrganisationRoleEnds = new(EntityLexicon.OrganisationRoleEnds);
    public static readonly FilteredSet OrganisationSuffixes = new(EntityLexicon.OrganisationSuffixes);
    public static readonly FilteredSet PlaceHeads = new(PlaceLexicon.Heads);
    public static readonly FilteredSet PlaceNames = new(PlaceLexicon.Names);
    public static readonly FilteredSet Prepositions = new(GrammarLexicon.Prepositions);
    public static readonly FilteredSet PronounSpeakers = new(SpeechLexicon.PronounSpeakers);
    public static readonly FilteredSet RoleModifiers = new(EntityLexicon.RoleModifiers);
    public static readonly FilteredSet RoleNouns = new(EntityLexicon.RoleNouns);
    public static readonly FilteredSet SentenceOpeners = new(GrammarLexicon.SentenceOpeners);
    public static readonly FilteredSet SpeakerPhraseParts = new(EntityLexicon.SpeakerPhraseParts);
    public static readonly FilteredSet SpokespersonPrepositions = new(EntityLexicon.SpokespersonPrepositions);
    public static readonly FilteredSet SpokespersonRoles = new(EntityLexicon.SpokespersonRoles);
    public static readonly FilteredSet ThingSuffixes = new(EntityLexicon.ThingSuffixes);
    public static readonly FilteredSet TimeWords = new(SpeechLexicon.TimeWords);
    public static readonly FilteredSet Titles = new(SpeechLexicon.Titles);
    public static readonly FilteredSet TitlingRoles = new(EntityLexicon.TitlingRoles);
}
