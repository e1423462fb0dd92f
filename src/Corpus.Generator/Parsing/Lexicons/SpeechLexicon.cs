using System;
using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// Word lists for quotations and their attribution. Data, not logic: add a verb or a title here and every rule
/// that uses the list learns it. All lookups ignore case unless a list says otherwise.
/// </summary>
internal static class SpeechLexicon
{
    /// <summary>
    /// Verbs that attribute speech, as "lemma" or "lemma|irregular forms". Regular -s, -ed and -ing forms are
    /// derived; list irregular ones after the bar.
    /// </summary>
    private static readonly string[] CueVerbs =
    {
        "say|said,says,saying", "tell|told,tells,telling", "add", "stress", "warn", "insist", "note", "write|wrote,written,writing,writes",
        "ask", "reply|replied,replies,replying", "respond", "confirm", "explain", "argue|argued,argues,arguing", "claim", "declare|declared,declares,declaring",
        "announce|announced,announces,announcing", "state|stated,states,stating", "remark", "observe|observed,observes,observing", "acknowledge|acknowledged,acknowledges,acknowledging",
        "admit|admitted,admits,admitting", "recall", "continue|continued,continues,continuing", "conclude|concluded,concludes,concluding", "urge|urged,urges,urging",
        "emphasize|emphasized,emphasizes,emphasizing", "emphasise|emphasised,emphasises,emphasising", "reiterate|reiterated,reiterates,reiterating", "assure|assured,assures,assuring",
        "promise|promised,promises,promising", "predict", "suggest", "caution", "comment", "joke|joked,jokes,joking", "quip|quipped,quips,quipping",
        "shout", "whisper", "cry|cried,cries,crying", "exclaim", "murmur", "muse|mused,muses,musing", "boast", "concede|conceded,concedes,conceding",
        "counter", "retort", "vow", "sigh", "grumble|grumbled,grumbles,grumbling", "complain", "tweet", "post", "dismiss", "blame|blamed,blames,blaming",
        "accuse|accused,accuses,accusing", "describe|described,describes,describing", "call", "maintain", "repeat", "allege|alleged,alleges,alleging",
        "testify|testified,testifies,testifying", "reveal", "lament", "scoff", "snap|snapped,snaps,snapping",
        "demand", "plead|pleaded,pled,pleads,pleading", "contend", "recount", "hint", "affirm",
        "assert", "underline", "underscore|underscored,underscores,underscoring", "highlight", "point out|pointed out,points out,pointing out",
        "make clear|made clear,makes clear,making clear,made it clear,makes it clear,making it clear", "go on|went on,goes on,going on",
        "answer", "put it|put it,puts it,putting it", "label|labeled,labelled,labels,labeling,labelling", "dub|dubbed,dubs,dubbing", "brand", "term",
    };

    /// <summary>
    /// Verbs of thinking, wanting and judging, as written: no cue of saying, but a partial quotation in their clause
    /// gives the words of the one who holds the view ("she feared “a lost decade” for the town", "hoped to end “a culture of silence”").
    /// Used only for a quotation that no cue attributes.
    /// </summary>
    public static readonly HashSet<string> StanceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "believe", "believes", "believed", "think", "thinks", "thought", "fear", "fears", "feared", "hope", "hopes", "hoped", "want",
        "wants", "wanted", "aim", "aims", "aimed", "feel", "feels", "felt", "consider", "considers", "considered", "regard", "regards",
        "regarded", "view", "views", "viewed", "worry", "worries", "worried", "criticise", "criticises", "criticised", "criticize",
        "criticizes", "criticized", "condemn", "condemns", "condemned", "denounce", "denounces", "denounced", "praise", "praises",
        "praised", "hail", "hails", "hailed", "welcome", "welcomes", "welcomed", "reject", "rejects", "rejected", "defend", "defends",
        "defended", "question", "questions", "questioned", "doubt", "doubts", "doubted", "expect", "expects", "expected", "pledge",
        "pledges", "pledged", "deny", "denies", "denied", "seek", "seeks", "sought", "oppose", "opposes", "opposed", "favour", "favours",
        "favoured", "favor", "favors", "favored", "recommend", "recommends", "recommended", "propose", "proposes", "proposed",
        "envisage", "envisages", "envisaged", "envision", "envisions", "envisioned", "decry", "decries", "decried", "deplore",
        "deplores", "deplored", "vowed", "sees", "saw",
    };

    /// <summary><see cref="StanceVerbs"/> by <see cref="CaseInsensitiveHash"/>, to test a word in place.</summary>
    public static readonly FilteredHashes StanceVerbHashes = new(FirstWordHashes(StanceVerbs));

    /// <summary>"he" or "she", also contracted ("he’d", "she's"): a person the naming step resolves.</summary>
    public static bool IsPersonalPronoun(string word) => PronounBase(word) is "he" or "she";

    private static readonly char[] Apostrophes = { '\'', '\u2019' };

    /// <summary>A pronoun without its contraction, in lower case ("He’d" → "he").</summary>
    public static string PronounBase(string word)
    {
        var apostrophe = word.IndexOfAny(Apostrophes);
        return (apostrophe > 0 ? word.Substring(0, apostrophe) : word).ToLowerInvariant();
    }

    /// <summary>Cues that introduce the speaker after them and never take a subject: "according to X".</summary>
    public static readonly string[] SourceCues = { "according to", "in the words of", "per" };

    /// <summary><see cref="SourceCues"/> split into words, once.</summary>
    public static readonly string[][] SourceCueWords = Array.ConvertAll(SourceCues, cue => cue.Split(' '));

    /// <summary>Participle cues ("saying", "calling"): their speaker is the subject of the sentence.</summary>
    public static bool IsParticiple(string cue) => cue.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Cues strong enough to make a clause without quotation marks a quotation ("..., Lopez said."): the verbs
    /// of saying proper. The others (describe, call, dismiss) attribute only quotation marks.
    /// </summary>
    private static readonly string[] SpeechLemmas =
    {
        "say", "tell", "add", "insist", "stress", "warn", "note", "explain", "argue", "write", "reply", "respond", "conclude",
        "acknowledge", "admit", "declare", "tweet", "claim", "caution", "concede", "continue", "emphasize", "emphasise", "assert", "answer", "ask",
    };

    /// <summary>The titles beyond <see cref="EntityLexicon.SpokespersonNouns"/> and <see cref="EntityLexicon.OfficeHolderNouns"/>.</summary>
    private static readonly string[] TitleWords =
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj", "Cmdr", "Det", "Insp", "Supt", "Fr", "Msgr", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Rev.",
        "Vice", "Prime", "Deputy", "Assistant", "Under", "Undersecretary", "General", "Gen.", "Gen", "Lt.", "Col.", "Colonel", "Major", "Maj.", "Capt.", "Captain",
        "Admiral", "Adm.", "Sgt.", "Sergeant", "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor",
        "Judge", "Justice", "Chairman", "Chairwoman", "Chair", "Chairperson", "Commissioner", "Director", "Special",
        "King", "Queen", "Prince", "Princess", "Pope", "Cardinal", "Bishop", "Chancellor", "Premier",
        "Speaker", "Attorney", "Treasurer", "Officer", "Executive", "CEO", "Founder", "Co-founder", "Coach", "Manager", "Inspector", "Superintendent",
        "Detective", "Sheriff", "Councillor", "Councilor", "Councilman", "Councilwoman", "Minority", "Majority", "Whip", "Acting", "Former", "Foreign", "Defense", "Defence",
        "State", "Home", "Interior", "Finance", "Trade", "Commerce", "Treasury", "Health", "Education", "Energy", "Labor", "Labour", "Agriculture",
        "Transport", "Transportation", "Homeland", "Security", "National", "Economic", "Affairs", "of", "the", "for", "and", "Senior", "Top", "Lead", "Head",
        "Supreme", "Crown", "First", "Secretary-General", "Director-General", "Attorney-General", "U.S.", "US", "UK", "U.K.", "EU", "UN", "U.N.",
        "American", "British", "Chinese", "French", "German", "Russian", "Ukrainian", "Japanese", "Indian", "Canadian", "Australian", "Israeli", "Palestinian",
        "Iranian", "Turkish", "Italian", "Spanish", "Mexican", "Brazilian", "Korean", "South", "North", "Taiwanese", "European", "Saudi", "Egyptian", "Pakistani",
        "Afghan", "Iraqi", "Syrian", "Polish", "Dutch", "Swedish", "Norwegian", "Irish", "Scottish", "Welsh", "Democratic", "Republican", "Conservative",
    };

    /// <summary>Titles and roles stripped from a person's name ("Secretary of State Maria Lopez" → "Maria Lopez").</summary>
    public static readonly HashSet<string> Titles = WordSets.Of(StringComparer.OrdinalIgnoreCase, EntityLexicon.SpokespersonNouns, EntityLexicon.OfficeHolderNouns, TitleWords);

    /// <summary>The heads of organisation names beyond <see cref="EntityLexicon.SpokespersonNouns"/>.</summary>
    private static readonly string[] OrganisationHeadWords =
    {
        "Department", "Ministry", "Office", "Council", "Commission", "Agency", "Government", "Administration", "House", "Kremlin", "Pentagon",
        "Police", "Army", "Navy", "Committee", "Court", "Parliament", "Congress", "Senate", "Assembly", "Bureau", "Service", "Board", "Authority",
        "Institute", "University", "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Group", "Bank", "Fund", "Union", "Party", "Organization",
        "Organisation", "Foundation", "Association", "Federation", "Center", "Centre", "Forces", "Cabinet", "Embassy", "Consulate", "Secretariat", "Network",
        "Times", "Post", "Journal", "News", "Press", "Media", "Club", "Team", "League", "Prosecutors", "Affairs",
        "Treasury", "Commons", "Lords", "Bundestag", "Duma", "Knesset", "Reserve", "Exchange", "Tribunal", "Command", "Guard", "Ministries",
    };

    /// <summary>Nouns that end an organisation's name ("State Department", "Peruvian Foreign Ministry").</summary>
    public static readonly HashSet<string> OrganisationHeads = WordSets.Of(StringComparer.OrdinalIgnoreCase, EntityLexicon.SpokespersonNouns, OrganisationHeadWords);

    /// <summary>Places and nations that speak as institutions in news ("China said", "Beijing made it clear").</summary>
    public static readonly HashSet<string> CollectiveSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "China", "Beijing", "Washington", "Moscow", "Russia", "Kyiv", "Kiev", "Ukraine", "Tokyo", "Japan", "Seoul", "Pyongyang", "Taipei", "Taiwan",
        "London", "Britain", "Paris", "France", "Berlin", "Germany", "Brussels", "Tehran", "Iran", "Israel", "Jerusalem", "Ankara", "Turkey", "India",
        "New Delhi", "Delhi", "Islamabad", "Pakistan", "Kabul", "Riyadh", "Cairo", "Ottawa", "Canberra", "Canada", "Australia", "Mexico", "Brazil",
        "Hamas", "Hezbollah", "NATO", "EU", "UN", "Vatican", "Kremlin", "Pentagon", "Manila", "Philippines", "Hanoi", "Vietnam", "Havana", "Cuba",
        "United States", "U.S.", "US", "America", "White House", "European Union", "United Nations",
    };

    private static readonly HashSet<uint> CollectiveSpeakerHashes = PhraseHashes(CollectiveSpeakers);

    /// <summary>The group nouns beyond <see cref="EntityLexicon.SpokespersonNouns"/> and <see cref="EntityLexicon.OfficialNouns"/>.</summary>
    private static readonly string[] GroupNounWords =
    {
        "sources", "source", "experts", "analysts", "people", "residents", "witnesses", "observers", "diplomats",
        "critics", "supporters", "authorities", "reports", "media", "police", "lawmakers", "leaders", "sides", "both", "others", "some", "many",
        "someone", "everyone", "nobody", "government", "ministry", "statement", "report", "newspaper",
    };

    /// <summary>Group nouns: a speaker that is only one of these is a vague crowd ("officials said"), not a named source.</summary>
    public static readonly HashSet<string> GroupNouns = WordSets.Of(StringComparer.OrdinalIgnoreCase, EntityLexicon.SpokespersonNouns, EntityLexicon.OfficialNouns, GroupNounWords);

    /// <summary>Demonyms used as a vague collective subject ("the Chinese reiterated"); "according to" overrides them.</summary>
    public static readonly HashSet<string> Demonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "Chinese", "Americans", "Russians", "British", "French", "Germans", "Japanese", "Israelis", "Palestinians", "Iranians", "Ukrainians", "Indians",
    };

    /// <summary>Personal pronouns that can be a speaker, resolved to a named speaker nearby.</summary>
    /// <summary>The third-person subject pronouns: a clause that speaks of someone so is the reporter's, not the speaker's.</summary>
    public static readonly string[] ThirdPersonPronouns = { "he", "she", "they" };

    public static readonly HashSet<string> PronounSpeakers = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    /// <summary>First-person words: a clause holding them is someone speaking, not the reporter.</summary>
    public static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "mine", "myself", "we", "we're", "we’re", "we've", "we’ve",
        "we'd", "we’d", "we'll", "we’ll", "us", "our", "ours", "ourselves",
    };

    /// <summary>Second-person words: a clause holding them addresses someone, as speech does and paraphrase does not.</summary>
    public static readonly HashSet<string> SecondPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "you're", "you’re", "you've", "you’ve", "you'd", "you’d", "you'll", "you’ll", "your", "yours", "yourself", "yourselves",
    };

    /// <summary>Words whose "’s" is "is" or "has" rather than a possessive: "it’s", "that’s", "there’s".</summary>
    public static readonly HashSet<string> ContractedSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "that", "there", "here", "what", "who", "where", "how", "he", "she", "let", "everything", "nothing", "everyone", "someone",
    };

    /// <summary>Words that open a clause after "said" when the clause is a quotation whose marks were lost ("said The ...").</summary>
    public static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "These", "Those", "That", "It", "Its", "It’s", "It's", "We", "I", "Our", "My", "There", "They", "Their", "You", "Your",
        "A", "An", "In", "If", "What", "No", "Not", "All", "Nothing", "Everything", "Everyone", "Now", "Today", "When", "Why", "How",
    };

    /// <summary>Sentence connectives that belong to the reporter, not to the quotation ("However, he added, ...").</summary>
    public static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "however", "but", "and", "yet", "still", "so", "now", "meanwhile", "instead", "moreover", "furthermore", "also", "then", "indeed",
        "nevertheless", "nonetheless", "besides", "likewise", "similarly", "otherwise", "thus", "therefore", "again",
    };

    /// <summary>Words between a subject and its cue that do not break the attribution ("Lopez also said", "has repeatedly warned").</summary>
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "then", "later", "earlier", "again", "repeatedly", "previously", "once", "would", "will", "has also",
        "had also", "further", "simply", "only", "just", "recently", "separately", "publicly", "privately", "reportedly", "initially", "finally",
        "quickly", "bluntly", "flatly", "firmly", "angrily", "calmly", "did", "does", "do", "not", "never",
    };

    /// <summary>Times that may stand between a subject and its verb ("Biden on Tuesday urged").</summary>
    public static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight", "week", "month",
        "year", "morning", "afternoon", "evening", "night",
    };

    /// <summary>Words that, right before quoted words, make them a name or a title rather than a quotation.</summary>
    public static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "named", "nickname", "nicknamed", "dubbed", "called", "titled", "entitled", "known", "as", "alias", "aka", "term", "word",
        "so-called", "brand", "label", "labelled", "labeled", "film", "movie", "book", "song", "album", "novel", "show", "series",
        "hashtag", "slogan", "headline", "codenamed", "code-named", "operation", "considered", "deemed", "termed", "coined", "branded", "reference",
    };

    /// <summary>Naming words that make even lower-case quoted words a term: "the so-called “soft landing”".</summary>
    public static readonly HashSet<string> StrongNamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "so-called", "dubbed", "nicknamed", "termed", "coined", "codenamed", "code-named", "hashtag", "slogan", "motto", "titled", "entitled",
    };

    /// <summary>
    /// Lemmas that are also common nouns ("a hint", "the notes", "calls for"): only their past and -ing forms are cues.
    /// </summary>
    private static readonly HashSet<string> NounLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "call", "claim", "post", "state", "hint", "answer", "counter", "comment", "tweet", "demand", "sigh", "cry", "shout", "whisper",
        "murmur", "vow", "promise", "reply", "retort", "boast", "stress", "remark", "caution", "quip", "joke", "lament", "scoff", "snap", "plead",
        "recall", "repeat", "blame", "dismiss", "report", "describe", "highlight", "underline", "reveal", "muse", "observe", "reason", "charge",
    };

    private static readonly Dictionary<string, string> CueForms = BuildCueForms(CueVerbs);

    /// <summary>The base and -s forms of the cue verbs that are also nouns ("call", "calls"): cues only where a verb must stand.</summary>
    private static readonly Dictionary<string, string> NounLikeForms = BuildNounLikeForms(CueVerbs);

    /// <summary>The lemma of a base or -s form of a noun-like cue verb ("calls" → "call"), or null.</summary>
    public static string? NounLikeVerbLemma(string word) => NounLikeForms.TryGetValue(word, out var lemma) ? lemma : null;

    private static readonly HashSet<uint> NounLikeHashes = FirstWordHashes(NounLikeForms.Keys);


    private static Dictionary<string, string> BuildNounLikeForms(string[] entries)
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var bar = entry.IndexOf('|');
            var lemma = bar < 0 ? entry : entry.Substring(0, bar);
            if (!NounLike.Contains(lemma) || lemma.IndexOf(' ') >= 0)
            {
                continue;
            }

            forms[lemma] = lemma;
            var sibilant = lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal);
            forms[lemma.EndsWith("y", StringComparison.Ordinal) ? lemma.Substring(0, lemma.Length - 1) + "ies" : lemma + (sibilant ? "es" : "s")] = lemma;
        }

        return forms;
    }

    private static readonly HashSet<string> Speech = new(SpeechLemmas, StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest number of words in a cue ("made it clear").</summary>
    public const int LongestCueWords = 3;

    /// <summary>The lemma of a cue form ("told" → "tell"), or null when the words are not a cue.</summary>
    public static string? CueLemma(string words) => CueForms.TryGetValue(words, out var lemma) ? lemma : null;

    /// <summary>
    /// True when some cue form starts with this word (case-insensitive): a test on the characters in place, so the
    /// parser copies a phrase to look it up only for the few words that can start a cue.
    /// </summary>
    public static bool CanStartCue(string text, int start, int length) => CueFirstWords.Contains(CaseInsensitiveHash(text, start, length));

    /// <summary>True when some cue form starts with a word of this hash (<see cref="CaseInsensitiveHash"/>).</summary>
    public static bool CanStartCue(uint hash) => CueFirstWords.Contains(hash);

    /// <summary>True when a word of this hash may be a form of <see cref="NounLikeVerbLemma"/>.</summary>
    public static bool CanBeNounLikeVerb(uint hash) => NounLikeHashes.Contains(hash);

    /// <summary>FNV-1a over the upper-cased characters: equal for strings equal under OrdinalIgnoreCase.</summary>
    public static uint CaseInsensitiveHash(string text, int start, int length)
    {
        var hash = CaseInsensitiveBasis;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ TextScan.ToUpperInvariant(text[i])) * CaseInsensitivePrime);
        }

        return hash;
    }

    /// <summary>The 32-bit FNV-1a start and multiplier of <see cref="CaseInsensitiveHash"/> (<see cref="ParagraphHashes"/> computes it in its own walk).</summary>
    public const uint CaseInsensitiveBasis = 2166136261u;

    /// <inheritdoc cref="CaseInsensitiveBasis"/>
    public const uint CaseInsensitivePrime = 16777619u;

    /// <summary>
    /// The hash a <see cref="FilteredSet"/> files a string under: <see cref="CaseInsensitiveHash"/> of its text up to
    /// the first space, as <see cref="Hashes"/> hashes each entry, so a string equal to an entry has the entry's hash.
    /// </summary>
    public static uint FirstWordHash(string word)
    {
        var space = word.IndexOf(' ');
        return CaseInsensitiveHash(word, 0, space < 0 ? word.Length : space);
    }

    private static readonly HashSet<uint> CueFirstWords = FirstWordHashes(CueForms.Keys);

    /// <summary>The hashes <see cref="CanStartCue(uint)"/> or <see cref="CanBeNounLikeVerb"/> accepts, for a <see cref="HashFilter"/>.</summary>
    public static IEnumerable<uint> CueStartHashes()
    {
        foreach (var hash in CueFirstWords)
        {
            yield return hash;
        }

        foreach (var hash in NounLikeHashes)
        {
            yield return hash;
        }
    }

    private static readonly HashSet<ulong> CueFirstPairs = FirstPairHashes(CueForms.Keys);

    /// <summary>
    /// True when some cue form of two words or more starts with two words of these hashes: the parser copies a
    /// phrase of several words to look it up only when this holds.
    /// </summary>
    public static bool CanStartLongCue(uint first, uint second) => CueFirstPairs.Contains(((ulong)first << 32) | second);

    /// <summary>The first two words of each form of several words, as the word scanner splits them.</summary>
    private static HashSet<ulong> FirstPairHashes(IEnumerable<string> forms)
    {
        var pairs = new HashSet<ulong>();
        foreach (var form in forms)
        {
            var words = TextScan.Words(form, new TextRange(0, form.Length));
            if (words.Count >= 2)
            {
                var first = CaseInsensitiveHash(form, words[0].Start, words[0].Length);
                var second = CaseInsensitiveHash(form, words[1].Start, words[1].Length);
                pairs.Add(((ulong)first << 32) | second);
            }
        }

        return pairs;
    }

    /// <summary>Case-insensitive hashes of a word list (<see cref="CaseInsensitiveHash"/>), to test words in place before copying them.</summary>
    public static HashSet<uint> Hashes(IEnumerable<string> words) => FirstWordHashes(words);

    /// <summary>Case-insensitive hashes of whole phrases (<see cref="CaseInsensitiveHash"/>), to test a stretch of text in place before copying it.</summary>
    public static HashSet<uint> PhraseHashes(IEnumerable<string> phrases)
    {
        var hashes = new HashSet<uint>();
        foreach (var phrase in phrases)
        {
            hashes.Add(CaseInsensitiveHash(phrase, 0, phrase.Length));
        }

        return hashes;
    }

    /// <summary>True when a stretch of text is one of <see cref="CollectiveSpeakers"/>; copied only when its hash may be one.</summary>
    public static bool IsCollectiveSpeaker(string text, int start, int length) =>
        CollectiveSpeakerHashes.Contains(CaseInsensitiveHash(text, start, length)) && CollectiveSpeakers.Contains(text.Substring(start, length));

    private static HashSet<uint> FirstWordHashes(IEnumerable<string> forms)
    {
        var hashes = new HashSet<uint>();
        foreach (var form in forms)
        {
            var space = form.IndexOf(' ');
            hashes.Add(CaseInsensitiveHash(form, 0, space < 0 ? form.Length : space));
        }

        return hashes;
    }

    /// <summary>True for the verbs of saying proper, which may attribute a quotation whose marks were lost.</summary>
    public static bool IsSpeechVerb(string lemma) => Speech.Contains(lemma);

    private static Dictionary<string, string> BuildCueForms(string[] entries)
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var bar = entry.IndexOf('|');
            var lemma = bar < 0 ? entry : entry.Substring(0, bar);
            var nounLike = NounLike.Contains(lemma);
            if (!nounLike)
            {
                forms[lemma] = lemma;
            }

            if (bar >= 0)
            {
                foreach (var form in entry.Substring(bar + 1).Split(','))
                {
                    if (!(nounLike && form.EndsWith("s", StringComparison.Ordinal)))
                    {
                        forms[form] = lemma;
                    }
                }

                continue;
            }

            // Regular forms of the head verb; a particle ("point out") stays after it.
            var space = lemma.IndexOf(' ');
            var head = space < 0 ? lemma : lemma.Substring(0, space);
            var tail = space < 0 ? string.Empty : lemma.Substring(space);
            var stem = head.EndsWith("e", StringComparison.Ordinal) ? head.Substring(0, head.Length - 1) : head;
            var sibilant = head.EndsWith("s", StringComparison.Ordinal) || head.EndsWith("sh", StringComparison.Ordinal) || head.EndsWith("ch", StringComparison.Ordinal) || head.EndsWith("x", StringComparison.Ordinal);
            if (!nounLike)
            {
                forms[head + (sibilant ? "es" : "s") + tail] = lemma;
            }

            forms[(head.EndsWith("e", StringComparison.Ordinal) ? head + "d" : head + "ed") + tail] = lemma;
            forms[stem + "ing" + tail] = lemma;
        }

        return forms;
    }

    /// <summary>Verbs that put a label on a thing ("called it a “…”"); after a form of "be" they describe, not label.</summary>
    public static bool IsLabellingVerb(string word) => word is "called" or "labelled" or "labeled" or "branded";
}
