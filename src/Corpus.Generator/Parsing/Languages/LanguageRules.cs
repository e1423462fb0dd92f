using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Lexicons.De;
using Corpus.Generator.Parsing.Lexicons.Es;
using Corpus.Generator.Parsing.Lexicons.Fr;

namespace Corpus.Generator.Parsing.Languages;

/// <summary>
/// What the quotation steps read differently per language, as tables made once from the word lists of
/// <c>Lexicons/de</c>, <c>es</c>, <c>fr</c>: the cue forms (each naming the English lemma of its meaning, so the
/// learned choosers' features mean the same in every language), the "according to" forms, whether a capital letter is
/// evidence of a name, and whether speech without marks is looked for. English reads the English lexicons as before.
/// </summary>
internal sealed class LanguageRules
{
    // Declared first: the rules below read it as they are made.
    /// <summary>The subject pronoun an inverted French incise joins to its verb (<c>dit-il</c>, <c>estime-t-elle</c>).</summary>
    private static readonly string[] InciseSuffixes = { "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on" };

    public static readonly LanguageRules English = new(TextLanguage.English, Array.Empty<string>(), SpeechLexicon.SourceCues, Array.Empty<string>(), NounEvidence.None, Words.None)
    {
        _stanceVerbs = SpeechLexicon.StanceVerbHashes,
        _stanceVerbWords = SpeechLexicon.StanceVerbs,
    };

    public static readonly LanguageRules German = new(TextLanguage.German, GermanSpeech.CueForms, GermanSpeech.SourceCues, GermanSpeech.RoleEndings, new NounEvidence(GermanGrammar.NounEndings, GermanGrammar.CalendarWords, GermanGrammar.SentenceOpeners),
        new Words(GermanGrammar.Pronouns, GermanGrammar.FirstOrSecondPerson, GermanGrammar.Determiners, GermanGrammar.TitleSmallWords, GermanGrammar.NamingWords, GermanGrammar.StrongNamingWords, GermanGrammar.NamingCompoundEndings),
        postposedSourceCues: GermanSpeech.PostposedSourceCues, givenNames: (GermanGivenNames.Male, GermanGivenNames.Female))
    {
        _femaleRoleEndings = GermanSpeech.FemaleRoleEndings,
        _sharedRoleEndings = GermanSpeech.SharedRoleEndings,
        PunctuatedSourceCues = new HashSet<string>(GermanSpeech.PunctuatedSourceCues, StringComparer.OrdinalIgnoreCase),
        ObjectSourceCues = new HashSet<string>(GermanSpeech.ObjectSourceCues, StringComparer.Ordinal),
        GenitiveArticles = new HashSet<string>(GermanGrammar.GenitiveArticles, StringComparer.Ordinal),
        ObliqueArticles = new HashSet<string>(GermanGrammar.ObliqueArticles, StringComparer.OrdinalIgnoreCase),
        NominativeOrDativeArticles = new HashSet<string>(GermanGrammar.NominativeOrDativeArticles, StringComparer.OrdinalIgnoreCase),
        PassiveAuxiliaries = new HashSet<string>(GermanGrammar.PassiveAuxiliaries, StringComparer.Ordinal),
        OrganisationNouns = new HashSet<string>(GermanGrammar.OrganisationNouns, StringComparer.Ordinal),
        PluralEndings = GermanGrammar.PluralEndings,
        _sourceNouns = new HashSet<string>(GermanGrammar.SourceNouns, StringComparer.Ordinal),
        ReportedSpeechForms = new HashSet<string>(GermanReportedSpeech.SubjunctiveForms, StringComparer.Ordinal),
        ChainedReportedSpeechForms = new HashSet<string>(GermanReportedSpeech.PastSubjunctiveForms, StringComparer.Ordinal),
        Prepositions = new HashSet<string>(GermanGrammar.Prepositions, StringComparer.OrdinalIgnoreCase),
        FiniteAuxiliaries = new HashSet<string>(GermanGrammar.FiniteAuxiliaries, StringComparer.OrdinalIgnoreCase),
        AnaphoricOpeners = new HashSet<string>(GermanGrammar.AnaphoricOpeners, StringComparer.Ordinal),
        AdverbsBeforeVerb = new HashSet<string>(GermanGrammar.AdverbsBeforeVerb, StringComparer.Ordinal),
        SubordinatingConjunctions = new HashSet<string>(GermanGrammar.SubordinatingConjunctions, StringComparer.Ordinal),
        _adjectiveStemEndings = GermanGrammar.AdjectiveStemEndings,
        _outrightNamingEndings = GermanGrammar.OutrightNamingEndings,
        _inflectionEndings = GermanGrammar.InflectionEndings,
        _articleContractions = new HashSet<string>(GermanGrammar.ArticleContractions, StringComparer.OrdinalIgnoreCase),
        SelfNamingVerbs = new HashSet<string>(GermanGrammar.SelfNamingVerbs, StringComparer.Ordinal),
        Coordinators = new HashSet<string>(GermanGrammar.Coordinators, StringComparer.Ordinal),
        NameStatingVerbs = new HashSet<string>(GermanGrammar.NameStatingVerbs, StringComparer.Ordinal),
        Reflexive = GermanGrammar.Reflexive,
        LabellingAs = GermanGrammar.LabellingAs,
        JudgingVerbs = new HashSet<string>(GermanGrammar.JudgingVerbs, StringComparer.Ordinal),
        PresentPassiveAuxiliaries = new HashSet<string>(GermanGrammar.PresentPassiveAuxiliaries, StringComparer.Ordinal),
        AgentPrepositions = new HashSet<string>(GermanGrammar.AgentPrepositions, StringComparer.Ordinal),
        SloganNouns = new HashSet<string>(GermanGrammar.SloganNouns, StringComparer.OrdinalIgnoreCase),
        SloganLinkWords = new HashSet<string>(GermanGrammar.SloganLinkWords, StringComparer.OrdinalIgnoreCase),
        SourceOrListenerWords = new HashSet<string>(GermanGrammar.SourceOrListenerWords, StringComparer.OrdinalIgnoreCase),
        _soCalled = new HashSet<string>(GermanGrammar.SoCalled, StringComparer.OrdinalIgnoreCase),
        _splitsSeparableVerbs = true,
        _stanceVerbWords = new HashSet<string>(GermanSpeech.StanceVerbs, StringComparer.OrdinalIgnoreCase),
        _stanceVerbs = StanceHashes(GermanSpeech.StanceVerbs),
    };

    public static readonly LanguageRules Spanish = new(TextLanguage.Spanish, SpanishSpeech.CueForms, SpanishSpeech.SourceCues, Array.Empty<string>(), NounEvidence.None,
        new Words(SpanishGrammar.Pronouns, SpanishGrammar.FirstOrSecondPerson, SpanishGrammar.Determiners, SpanishGrammar.TitleSmallWords, SpanishGrammar.NamingWords, SpanishGrammar.StrongNamingWords, Array.Empty<string>()),
        auxiliaries: SpanishSpeech.Auxiliaries, givenNames: (SpanishGivenNames.Male, SpanishGivenNames.Female))
    {
        _officeRoles = new HashSet<string>(SpanishGrammar.OfficeRoles, StringComparer.Ordinal),
        _officeAdjectives = new HashSet<string>(SpanishGrammar.OfficeAdjectives, StringComparer.OrdinalIgnoreCase),
        _sentenceOpeners = new HashSet<string>(SpanishGrammar.SentenceOpeners, StringComparer.OrdinalIgnoreCase),
        _sentenceOpenerEndings = SpanishGrammar.SentenceOpenerEndings,
        ObjectCoordinators = new HashSet<string>(SpanishGrammar.Coordinators, StringComparer.OrdinalIgnoreCase),
        AfterSubjectlessCue = new HashSet<string>(SpanishGrammar.AfterSubjectlessCue, StringComparer.OrdinalIgnoreCase),
        ObjectPrepositions = new HashSet<string>(SpanishGrammar.Prepositions, StringComparer.OrdinalIgnoreCase),
        SpeakingThrough = new HashSet<string>(SpanishGrammar.SpeakingThrough, StringComparer.OrdinalIgnoreCase),
        _titles = new HashSet<string>(SpanishGrammar.Titles, StringComparer.Ordinal),
    };

    public static readonly LanguageRules French = new(TextLanguage.French, FrenchSpeech.CueForms, FrenchSpeech.SourceCues, Array.Empty<string>(), NounEvidence.None,
        new Words(FrenchGrammar.Pronouns, FrenchGrammar.FirstOrSecondPerson, FrenchGrammar.Determiners, FrenchGrammar.TitleSmallWords, FrenchGrammar.NamingWords, FrenchGrammar.StrongNamingWords, Array.Empty<string>()), InciseSuffixes,
        auxiliaries: FrenchSpeech.Auxiliaries, givenNames: (FrenchGivenNames.Male, FrenchGivenNames.Female), insertedAdverbs: FrenchSpeech.InsertedAdverbs)
    {
        _officeRoles = new HashSet<string>(FrenchGrammar.OfficeRoles, StringComparer.Ordinal),
        _officeAdjectives = new HashSet<string>(FrenchGrammar.OfficeAdjectives, StringComparer.OrdinalIgnoreCase),
        _sentenceOpeners = new HashSet<string>(FrenchGrammar.SentenceOpeners, StringComparer.OrdinalIgnoreCase),
        _sentenceOpenerEndings = FrenchGrammar.SentenceOpenerEndings,
        ObjectCoordinators = new HashSet<string>(FrenchGrammar.Coordinators, StringComparer.OrdinalIgnoreCase),
        _elisions = FrenchGrammar.Elisions,
        ObjectPrepositions = new HashSet<string>(FrenchGrammar.Prepositions, StringComparer.OrdinalIgnoreCase),
        SpeakingThrough = new HashSet<string>(FrenchGrammar.SpeakingThrough, StringComparer.OrdinalIgnoreCase),
        _titles = new HashSet<string>(FrenchGrammar.Titles, StringComparer.Ordinal),
    };

    private readonly Dictionary<string, string> _cueForms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<uint> _cueFirstWords = new();
    private readonly HashSet<ulong> _cueFirstPairs = new();
    private readonly string[] _roleEndings;
    private readonly string[] _inciseSuffixes;
    private readonly Dictionary<string, NameGender> _givenGenders = new(StringComparer.OrdinalIgnoreCase);
    private string[] _femaleRoleEndings = Array.Empty<string>();
    private string[] _sharedRoleEndings = Array.Empty<string>();
    private readonly Words _words;

    private LanguageRules(TextLanguage language, string[] cueEntries, string[] sourceCues, string[] roleEndings, NounEvidence nouns, Words words, string[]? suffixes = null, string[]? postposedSourceCues = null, string[]? auxiliaries = null, (string[] Male, string[] Female)? givenNames = null, string[]? insertedAdverbs = null)
    {
        PostposedSourceCues = new HashSet<string>(postposedSourceCues ?? Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        Nouns = nouns;
        Language = language;
        _roleEndings = roleEndings;
        _words = words;
        _inciseSuffixes = suffixes ?? Array.Empty<string>();
        if (givenNames is { } given)
        {
            foreach (var name in given.Male)
            {
                _givenGenders[name] = NameGender.Male;
            }

            foreach (var name in given.Female)
            {
                _givenGenders[name] = _givenGenders.ContainsKey(name) ? NameGender.Unknown : NameGender.Female;
            }
        }

        SourceCueWords = Array.ConvertAll(sourceCues, cue => cue.Split(' '));
        foreach (var entry in cueEntries)
        {
            var colon = entry.IndexOf(':');
            var lemma = entry.Substring(0, colon).Trim();
            foreach (var part in entry.Substring(colon + 1).Split(','))
            {
                var form = part.Trim();
                AddCue(form, lemma);
                foreach (var auxiliary in auxiliaries ?? Array.Empty<string>())
                {
                    AddCue(auxiliary + " " + form, lemma);
                    if (form.IndexOf(' ') < 0)
                    {
                        foreach (var adverb in insertedAdverbs ?? Array.Empty<string>())
                        {
                            AddCue(auxiliary + " " + adverb + " " + form, lemma); // "a notamment déclaré": three words at most
                        }
                    }
                }
                foreach (var suffix in suffixes ?? Array.Empty<string>())
                {
                    AddCue(form + suffix, lemma);
                }
            }
        }

        var sourceFirst = new List<uint>();
        foreach (var parts in SourceCueWords)
        {
            sourceFirst.Add(SpeechLexicon.CaseInsensitiveHash(parts[0], 0, parts[0].Length));
        }

        SourceCueFirstWords = new HashSet<uint>(sourceFirst);
        AnyCueStart = IsEnglish ? new HashFilter(SourceCueFirstWords, SpeechLexicon.CueStartHashes()) : new HashFilter(SourceCueFirstWords, _cueFirstWords);
    }

    public static LanguageRules For(TextLanguage language) => language switch
    {
        TextLanguage.German => German,
        TextLanguage.Spanish => Spanish,
        TextLanguage.French => French,
        _ => English,
    };

    public TextLanguage Language { get; }

    public bool IsEnglish => Language == TextLanguage.English;

    /// <summary>German capitalises every noun: a capitalised word is a name only with more evidence (<see cref="Quotations.Sources.NameEvidence"/>).</summary>
    public bool CapitalisesNouns => Language == TextLanguage.German;

    /// <summary>
    /// Whether two apostrophes are a double quotation mark: in English archives typed without one (<c>''We will,''</c>);
    /// elsewhere a wiki's italics (<c>''Titel''</c>), since the language has marks of its own.
    /// </summary>
    public bool DoubledApostropheIsMark => IsEnglish;

    /// <summary>
    /// Speech whose marks were lost is found by English grammar only (<see cref="Quotations.UnmarkedQuotations"/>); in the
    /// other languages reported speech without marks is indirect (the German subjunctive), not a quotation.
    /// </summary>
    public bool FindsUnmarkedSpeech => IsEnglish;

    /// <summary>A paragraph opening with a dash is dialogue, its incise opened by a dash (<see cref="Quotations.DialogueDashes"/>): Spanish.</summary>
    public bool WritesDialogueDashes => Language == TextLanguage.Spanish;

    /// <summary>A person carries two surnames and is called by the first (<c>Silva</c> for <c>Miguel Silva Moyano</c>): Spanish.</summary>
    public bool WritesDoubleSurnames => Language == TextLanguage.Spanish;

    /// <summary>The "according to" forms, split into words.</summary>
    public string[][] SourceCueWords { get; }

    /// <summary>The "according to" forms that follow their source (German <c>X zufolge</c>); none in English.</summary>
    public HashSet<string> PostposedSourceCues { get; }

    /// <summary>
    /// Source cues that are common words elsewhere, read as one only after a comma, a dash or a closing mark and before a
    /// name or an article (German <c>„…“, so Merkel</c>); none in English.
    /// </summary>
    public HashSet<string> PunctuatedSourceCues { get; private set; } = new();

    /// <summary>Articles of the genitive, that open an attribute of the noun before them (German <c>des</c>, <c>der</c>); none in English.</summary>
    public HashSet<string> GenitiveArticles { get; private set; } = new();

    /// <summary>Plural endings of nouns of persons, to find a role word's plural (German <c>Mitglieder</c>); none in English.</summary>
    public string[] PluralEndings { get; private set; } = Array.Empty<string>();

    /// <summary>Nouns that may end an organisation's name though they look common (German <c>Zeitung</c>); none in English.</summary>
    public HashSet<string> OrganisationNouns { get; private set; } = new();

    /// <summary>Articles never of the nominative, before no subject (German <c>den</c>, <c>dem</c>, <c>einem</c>); none in English.</summary>
    public HashSet<string> ObliqueArticles { get; private set; } = new();

    /// <summary>Articles of the nominative and of the feminine dative alike (German <c>der</c>); empty elsewhere.</summary>
    public HashSet<string> NominativeOrDativeArticles { get; private set; } = new();

    /// <summary>The auxiliaries of the passive (German <c>wird</c>, <c>wurde</c>); empty elsewhere.</summary>
    public HashSet<string> PassiveAuxiliaries { get; private set; } = new();

    /// <summary>
    /// A noun of saying or judging whose genitive is its source (German <c>nach Ansicht der Partei</c>, <c>nach Worten
    /// des Ministers</c>); none in English.
    /// </summary>
    public bool IsSourceNoun(string word) => _sourceNouns.Contains(word);

    private HashSet<string> _sourceNouns = new();

    /// <summary>
    /// A lower-case office one person holds (French <c>ministre</c>, Spanish <c>alcaldesa</c>): with its article alone
    /// after a cue it refers back to the person named before; none in English and German, whose rules read roles otherwise.
    /// </summary>
    public bool IsOfficeRole(string word) => _officeRoles.Contains(word);

    /// <summary>
    /// An office written with a capital (<c>la Ministra</c>, <c>Présidente du club, X</c>): a role, not a name, so no
    /// part of the name after it; none in English and German.
    /// </summary>
    public bool IsCapitalisedOffice(string word) =>
        _officeRoles.Count > 0 && word.Length > 1 && char.IsUpper(word[0]) && _officeRoles.Contains(char.ToLowerInvariant(word[0]) + word.Substring(1));

    private HashSet<string> _officeRoles = new();

    /// <summary>An adjective written between the article and an office (<c>l'ancien ministre</c>); none in English and German.</summary>
    public bool IsOfficeAdjective(string word) => _officeAdjectives.Contains(word);

    private HashSet<string> _officeAdjectives = new();

    /// <summary>
    /// A word that opens a sentence without being a name (Spanish <c>Además</c>, French <c>Selon</c>, a verb of saying
    /// written first, <c>Dijo que …</c>, an elided word before a lower-case letter, <c>L'enquête</c>): Spanish and French,
    /// whose lists are the only ones filled; English and German read their own (<c>GrammarLexicon.SentenceOpeners</c>, the
    /// German noun evidence).
    /// </summary>
    public bool OpensSentenceOnly(string word)
    {
        if (_sentenceOpeners.Count == 0)
        {
            return false;
        }

        if (_sentenceOpeners.Contains(word) || _cueForms.ContainsKey(word) || HasOpenerEnding(word))
        {
            return true;
        }

        var apostrophe = word.IndexOfAny(Apostrophes);
        return apostrophe > 0 && apostrophe + 1 < word.Length && char.IsLower(word[apostrophe + 1]) && IsElision(word, apostrophe);
    }

    /// <summary>Whether the word's first <paramref name="length"/> characters are an elided word, compared in place, without a substring.</summary>
    private bool IsElision(string word, int length)
    {
        foreach (var elision in _elisions)
        {
            if (elision.Length == length && string.Compare(word, 0, elision, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Apostrophes = { '\'', '\u2019' };

    /// <summary>An adverb or a gerund by its ending (Spanish <c>Visiblemente</c>, <c>Agregando</c>, French <c>Prenant</c>), never a given name.</summary>
    private bool HasOpenerEnding(string word)
    {
        foreach (var ending in _sentenceOpenerEndings)
        {
            if (word.Length >= ending.Length + 4 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return !IsGivenName(word);
            }
        }

        return false;
    }

    /// <summary>A given name of the many-language list or of this language's.</summary>
    public bool IsGivenName(string word) => FirstNameLexicon.IsFirstName(word) || _givenGenders.ContainsKey(word);

    private string[] _sentenceOpenerEndings = Array.Empty<string>();

    private HashSet<string> _sentenceOpeners = new();

    /// <summary>
    /// Prepositions whose object is no subject, read on every mention (Spanish and French, which put the subject
    /// before its verb or inverted after it, never after a preposition); empty in English and German, whose name
    /// evidence reads <see cref="Prepositions"/>.
    /// </summary>
    public HashSet<string> ObjectPrepositions { get; private set; } = new();

    /// <summary>Words of time after a verb of saying that stand where no subject does (Spanish <c>dijo ayer</c>); empty elsewhere.</summary>
    public HashSet<string> AfterSubjectlessCue { get; private set; } = new();

    /// <summary>Conjunctions after which a run is a second object of the preposition before the first (Spanish and French); empty elsewhere.</summary>
    public HashSet<string> ObjectCoordinators { get; private set; } = new();

    /// <summary>
    /// A title of the language written before a name (French <c>M.</c>, <c>Mme</c>; Spanish <c>Sra.</c>), beyond the
    /// English ones every language reads; empty in English and German.
    /// </summary>
    public bool IsTitle(string word) => _titles.Contains(word);

    private HashSet<string> _titles = new();

    /// <summary>Nouns whose complement is who speaks through them (Spanish <c>portavoz</c>, French <c>communiqué</c>); empty elsewhere.</summary>
    public HashSet<string> SpeakingThrough { get; private set; } = new();

    private string[] _elisions = Array.Empty<string>();

    /// <summary>Cue forms whose object is the speaker (German <c>zitierte X mit den Worten</c>); none in English.</summary>
    public HashSet<string> ObjectSourceCues { get; private set; } = new();

    /// <summary>
    /// Verb forms that mark what a sentence says as someone's words, as a verb of saying does (the German present
    /// subjunctive: <c>sei</c>, <c>habe</c>, <c>könne</c>); none in English, whose reported speech has no form of its own.
    /// </summary>
    public HashSet<string> ReportedSpeechForms { get; private set; } = new();

    /// <summary>Verb forms that only carry reported speech on between its attribution and a later sentence (the German past subjunctive); none in English.</summary>
    public HashSet<string> ChainedReportedSpeechForms { get; private set; } = new();

    /// <summary>Prepositions: a noun after one is its object, not a subject (German; read by the name evidence only).</summary>
    public HashSet<string> Prepositions { get; private set; } = new();

    /// <summary>Auxiliaries and modals that put their verb last in the clause (German <c>musste … einräumen</c>); none in English.</summary>
    public HashSet<string> FiniteAuxiliaries { get; private set; } = new();

    /// <summary>Words that open a sentence by pointing back at the quotation before it (German <c>Das</c>, <c>Dies</c>); none in English.</summary>
    public HashSet<string> AnaphoricOpeners { get; private set; } = new();

    /// <summary>Adverbs that stand between a subject and its verb at the clause's end (German <c>heute</c>, <c>zuvor</c>); none in English.</summary>
    public HashSet<string> AdverbsBeforeVerb { get; private set; } = new();

    /// <summary>Conjunctions opening a clause whose verb stands last (German <c>dass</c>, <c>ob</c>); none in English.</summary>
    public HashSet<string> SubordinatingConjunctions { get; private set; } = new();

    private string[] _outrightNamingEndings = Array.Empty<string>();

    private string[] _inflectionEndings = Array.Empty<string>();

    /// <summary>Conjunctions joining a noun cut short by a hyphen to the next (German <c>Landes- und Bundesebene</c>); none in English.</summary>
    public HashSet<string> Coordinators { get; private set; } = new();

    /// <summary>Verbs that give a name, read with <see cref="Reflexive"/> (German <c>nennt sich „…“</c>); none in English.</summary>
    public HashSet<string> SelfNamingVerbs { get; private set; } = new();

    /// <summary>The reflexive pronoun of the third person (German <c>sich</c>); null in English.</summary>
    public string? Reflexive { get; private set; }

    /// <summary>The word before a label a verb of labelling gives (German <c>als „Irrweg“</c>); null in English.</summary>
    public string? LabellingAs { get; private set; }

    /// <summary>Verbs that pass a judgement through <see cref="LabellingAs"/> (German <c>als „haltlos“ zurückgewiesen</c>); empty in English.</summary>
    public HashSet<string> JudgingVerbs { get; private set; } = new();

    /// <summary>The present of the passive's auxiliary (German <c>wird</c>): a label given with it alone is a definition; empty in English.</summary>
    public HashSet<string> PresentPassiveAuxiliaries { get; private set; } = new();

    /// <summary>The prepositions that open a passive's agent before a label (German <c>von</c>, <c>vom</c>); empty elsewhere.</summary>
    public HashSet<string> AgentPrepositions { get; private set; } = new();

    /// <summary>Nouns of a slogan someone chants or writes (German <c>Parolen wie „…“</c>); empty in English.</summary>
    public HashSet<string> SloganNouns { get; private set; } = new();

    /// <summary>Words between a slogan's noun and its marks (German <c>wie zum Beispiel</c>); empty in English.</summary>
    public HashSet<string> SloganLinkWords { get; private set; } = new();

    /// <summary>Verbs that state a name, right before its marks (German <c>der Name lautet „…“</c>); none in English.</summary>
    public HashSet<string> NameStatingVerbs { get; private set; } = new();

    /// <summary>A preposition joined with its article (German <c>im</c>, <c>zum</c>); none in English.</summary>
    public bool IsArticleContraction(string word) => _articleContractions.Contains(word);

    private HashSet<string> _articleContractions = new();

    /// <summary>
    /// An article, or an inflected adjective or article (German <c>italienische</c>, <c>einem</c>): the words between a
    /// preposition or a verb and its noun. Determiners only in English.
    /// </summary>
    private string[] _adjectiveStemEndings = Array.Empty<string>();

    /// <summary>
    /// True when the word is an inflected adjective by its ending (German <c>Städtischen</c>: a stem ending of
    /// <c>GermanGrammar.AdjectiveStemEndings</c> before an inflection ending); never in English.
    /// </summary>
    public bool IsInflectedAdjective(string word)
    {
        foreach (var ending in _inflectionEndings)
        {
            if (word.Length <= ending.Length + 4 || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var stem in _adjectiveStemEndings)
            {
                if (string.CompareOrdinal(word, word.Length - ending.Length - stem.Length, stem, 0, stem.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public bool IsArticleOrInflected(string word)
    {
        if (IsDeterminer(word))
        {
            return true;
        }

        foreach (var ending in _inflectionEndings)
        {
            if (word.Length > 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun that says outright that the marked words after it are a name, whatever the sentence's verb: a title, a
    /// medium (German <c>Nachrichtenagentur</c>, <c>Fachmagazin</c>), or a compound ending in one; none in English, whose
    /// news does not mark the names of its media.
    /// </summary>
    public bool IsOutrightNamingWord(string word)
    {
        foreach (var ending in _outrightNamingEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words after which marked words name a source or a listener (German <c>laut „…“</c>, <c>gegenüber dem „…“</c>); none in English.</summary>
    public HashSet<string> SourceOrListenerWords { get; private set; } = new();

    /// <summary>
    /// True when the word before marks says the writer labels a term: German <c>sogenannte</c>, or <c>genannte</c> after
    /// <c>so</c> (<paramref name="before"/>, the word before it, or null); never in English.
    /// </summary>
    public bool IsSoCalled(string word, string? before) =>
        _soCalled.Contains(word) && (word.StartsWith("so", StringComparison.OrdinalIgnoreCase) || string.Equals(before, "so", StringComparison.OrdinalIgnoreCase));

    private HashSet<string> _soCalled = new();

    /// <summary>
    /// True when a word (its case-insensitive hash and its text) is a verb of thinking, judging or wanting (English
    /// <c>believes</c>, German <c>sieht</c>): marked words in its clause are the view of its subject
    /// (<see cref="Quotations.MarkedAttribution.Stance"/>). None in Spanish and French.
    /// </summary>
    public bool IsStanceVerb(uint hash, string word) => _stanceVerbs.Contains(hash) && _stanceVerbWords.Contains(word);

    private FilteredHashes _stanceVerbs = StanceHashes(Array.Empty<string>());
    private HashSet<string> _stanceVerbWords = new();

    private static FilteredHashes StanceHashes(string[] words)
    {
        var hashes = new HashSet<uint>();
        foreach (var word in words)
        {
            hashes.Add(SpeechLexicon.CaseInsensitiveHash(word, 0, word.Length));
        }

        return new FilteredHashes(hashes);
    }

    /// <summary>The first words of <see cref="SourceCueWords"/>, by case-insensitive hash.</summary>
    public HashSet<uint> SourceCueFirstWords { get; }

    /// <summary>Every hash that may start a cue or a source cue: most words are answered by this filter alone.</summary>
    public HashFilter AnyCueStart { get; }

    /// <summary>True when some cue form starts with a word of this hash.</summary>
    public bool CanStartCue(uint hash) => IsEnglish ? SpeechLexicon.CanStartCue(hash) : _cueFirstWords.Contains(hash);

    /// <summary>True when a word of this hash may be an English cue that is also a noun ("calls"); none elsewhere.</summary>
    public bool CanBeNounLikeVerb(uint hash) => IsEnglish && SpeechLexicon.CanBeNounLikeVerb(hash);

    /// <summary>True when a cue of two words or more starts with words of these hashes.</summary>
    public bool CanStartLongCue(uint first, uint second) =>
        IsEnglish ? SpeechLexicon.CanStartLongCue(first, second) : _cueFirstPairs.Contains(((ulong)first << 32) | second);

    /// <summary>The lemma of a cue form, or null.</summary>
    public string? CueLemma(string words) => IsEnglish ? SpeechLexicon.CueLemma(words) : _cueForms.TryGetValue(words, out var lemma) ? lemma : null;

    /// <summary>
    /// True when a capitalised word is a role or title before a name: one of the language's role words, or a compound
    /// or hyphenated word ending in one (<c>Bundesinnenminister</c>, <c>Grünen-Politiker</c>).
    /// </summary>
    public bool IsRoleWord(string word)
    {
        foreach (var ending in _roleEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What says a capitalised word is a common noun or a function word, not a name (German; nothing elsewhere).</summary>
    public NounEvidence Nouns { get; }

    /// <summary>
    /// The English pronoun a third-person subject pronoun stands for ("er" → "he"), also one an inverted French verb
    /// carries (<c>a-t-il</c>, <c>estime-t-elle</c> → "she"), or null; English pronouns are read by the English lexicon.
    /// </summary>
    public string? PronounConcept(string word)
    {
        if (_words.Pronouns.TryGetValue(word, out var concept))
        {
            return concept;
        }

        var hyphen = word.LastIndexOf('-');
        return _inciseSuffixes.Length > 0 && hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1])
            && _words.Pronouns.TryGetValue(word.Substring(hyphen + 1), out concept) ? concept : null;
    }

    /// <summary>
    /// What <see cref="CueSubject"/> gives a verb of saying with no subject where the language drops it (Spanish
    /// <c>—explicó—</c>, <c>«…», afirmó.</c>): someone named before, of either gender.
    /// </summary>
    public const string ImpliedSubject = "someone";

    /// <summary>True when a word is a subject pronoun, alone or joined to its verb (not in English: its lexicon reads those).</summary>
    public bool IsSubjectPronoun(string word) => !IsEnglish && PronounConcept(word) is not null;

    /// <summary>
    /// The subject a cue form stands for when no subject stands beside it: the pronoun a French inverted verb carries
    /// (<c>estime-t-elle</c>), the subject Spanish leaves out (<c>—explicó—</c>: <see cref="ImpliedSubject"/>); null
    /// elsewhere. The cue then refers back as a pronoun does.
    /// </summary>
    public string? CueSubject(string cueWord) => DropsSubject ? ImpliedSubject : _inciseSuffixes.Length > 0 ? PronounConcept(cueWord) : null;

    /// <summary>Spanish leaves the subject pronoun out: a verb alone says someone spoke.</summary>
    public bool DropsSubject => Language == TextLanguage.Spanish;

    /// <summary>
    /// The gender a person's canonical name carries: by a given name in it (the many-language list first, then this
    /// language's), else by a role before it where roles show it (German <c>Ministerin</c>, <c>Minister</c>); or unknown.
    /// English reads <see cref="Quotations.ArticleNames.GenderOf"/>, as its rules were trained.
    /// </summary>
    /// <param name="canonical">The name.</param>
    /// <param name="roleBefore">The word written before the mention (<c>Ministerin</c> in <c>Ministerin Keller</c>), or null.</param>
    public NameGender GenderOf(string canonical, string? roleBefore = null)
    {
        var words = canonical.Split(' ');
        for (var i = 0; i < words.Length - 1; i++)
        {
            var known = FirstNameLexicon.GenderOf(words[i]);
            if (known == NameGender.Unknown)
            {
                _givenGenders.TryGetValue(words[i], out known);
            }

            if (known != NameGender.Unknown)
            {
                return known;
            }
        }

        for (var i = 0; i < words.Length - 1; i++)
        {
            if (IsRoleWord(words[i]))
            {
                return RoleGender(words[i]);
            }
        }

        return roleBefore is not null && IsRoleWord(roleBefore) ? RoleGender(roleBefore) : NameGender.Unknown;
    }

    private NameGender RoleGender(string role) =>
        _femaleRoleEndings.Length == 0 || EndsWithAny(role, _sharedRoleEndings) ? NameGender.Unknown : EndsWithAny(role, _femaleRoleEndings) ? NameGender.Female : NameGender.Male;

    /// <summary>
    /// True when a lower-case particle at a word may stand inside a name: a particle that is also a preposition
    /// (<see cref="NameParticles.Prepositional"/>) only after a given name, its first part when hyphenated (<c>Karl-Theodor zu</c>);
    /// never one that is an article of a language that capitalises nouns (German <c>das</c>: <c>erklärte Keller das Ergebnis</c>).
    /// </summary>
    public bool ParticleMayFollow(string particle, string before)
    {
        if (CapitalisesNouns && IsDeterminer(particle))
        {
            return false;
        }

        if (!NameParticles.Prepositional.Contains(particle))
        {
            return true;
        }

        var hyphen = before.IndexOf('-');
        var given = hyphen > 0 ? before.Substring(0, hyphen) : before;
        return FirstNameLexicon.IsFirstName(given) || _givenGenders.ContainsKey(given);
    }

    private static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A first- or second-person word: whoever writes it is speaking.</summary>
    public bool IsFirstOrSecondPerson(string word) =>
        IsEnglish ? SpeechLexicon.FirstPerson.Contains(word) || SpeechLexicon.SecondPerson.Contains(word) : _words.Persons.Contains(word);

    /// <summary>An article or determiner.</summary>
    public bool IsDeterminer(string word) => IsEnglish ? GrammarLexicon.Determiners.Contains(word) : _words.Determiners.Contains(word);

    /// <summary>A lower-case word a title or a name may hold.</summary>
    public bool IsTitleSmallWord(string word) => IsEnglish ? GrammarLexicon.TitleSmallWords.Contains(word) : _words.TitleSmallWords.Contains(word);

    /// <summary>A word that names what follows it in marks (a naming verb, a work noun).</summary>
    public bool IsNamingWord(string word)
    {
        if (IsEnglish)
        {
            return SpeechLexicon.NamingWords.Contains(word) || EntityLexicon.WorkNouns.Contains(word);
        }

        if (_words.Naming.Contains(word))
        {
            return true;
        }

        foreach (var ending in _words.NamingEndings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A naming word after which even a lower-case span is a name or a term.</summary>
    public bool IsStrongNamingWord(string word) => IsEnglish ? SpeechLexicon.StrongNamingWords.Contains(word) : _words.StrongNaming.Contains(word);

    /// <summary>
    /// German separable verbs: the finite part of a two-word cue form (<c>gab</c> of <c>gab bekannt</c>) and its
    /// particle, so the cue is found when the particle closes the clause further on (<c>gab dazu bekannt:</c>); null for
    /// any other word and in every other language (French two-word forms are auxiliary and participle, side by side).
    /// </summary>
    public IReadOnlyList<string>? SeparableParticles(string finite) =>
        _splitsSeparableVerbs && _separable.TryGetValue(finite, out var particles) ? particles : null;

    private bool _splitsSeparableVerbs;
    private readonly Dictionary<string, List<string>> _separable = new(StringComparer.OrdinalIgnoreCase);

    private void AddCue(string form, string lemma)
    {
        _cueForms[form] = lemma;
        var space = form.IndexOf(' ');
        if (space > 0 && form.IndexOf(' ', space + 1) < 0)
        {
            var finite = form.Substring(0, space);
            if (!_separable.TryGetValue(finite, out var particles))
            {
                _separable[finite] = particles = new List<string>();
            }

            particles.Add(form.Substring(space + 1));
        }

        var first = SpeechLexicon.CaseInsensitiveHash(form, 0, space < 0 ? form.Length : space);
        _cueFirstWords.Add(first);
        if (space > 0)
        {
            var next = form.IndexOf(' ', space + 1);
            var second = SpeechLexicon.CaseInsensitiveHash(form, space + 1, (next < 0 ? form.Length : next) - space - 1);
            _cueFirstPairs.Add(((ulong)first << 32) | second);
        }
    }

    /// <summary>A language's word sets for the speech and naming features, made once.</summary>
    private sealed class Words
    {
        public static readonly Words None = new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());

        public Words(string[] pronouns, string[] persons, string[] determiners, string[] titleSmallWords, string[] naming, string[] strongNaming, string[] namingEndings)
        {
            foreach (var entry in pronouns)
            {
                var colon = entry.IndexOf(':');
                foreach (var form in entry.Substring(colon + 1).Split(','))
                {
                    Pronouns[form.Trim()] = entry.Substring(0, colon);
                }
            }

            Persons = new HashSet<string>(persons, StringComparer.OrdinalIgnoreCase);
            Determiners = new HashSet<string>(determiners, StringComparer.OrdinalIgnoreCase);
            TitleSmallWords = new HashSet<string>(titleSmallWords, StringComparer.Ordinal);
            Naming = new HashSet<string>(naming, StringComparer.OrdinalIgnoreCase);
            StrongNaming = new HashSet<string>(strongNaming, StringComparer.OrdinalIgnoreCase);
            NamingEndings = namingEndings;
        }

        public Dictionary<string, string> Pronouns { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Persons { get; }

        public HashSet<string> Determiners { get; }

        public HashSet<string> TitleSmallWords { get; }

        public HashSet<string> Naming { get; }

        public HashSet<string> StrongNaming { get; }

        public string[] NamingEndings { get; }
    }
}
