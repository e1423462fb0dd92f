namespace Corpus.Generator.Parsing.Lexicons.De;

/// <summary>
/// German words the speech and naming features read in place of the English ones (general knowledge of the
/// language): pronouns, persons, determiners, the small words of a title, the words that name a work or a term.
/// </summary>
internal static class GermanGrammar
{
    /// <summary>Third-person subject pronouns as "english: german, ...": a speaker the naming step resolves.</summary>
    public static readonly string[] Pronouns = { "he: er", "she: sie" };

    /// <summary>First- and second-person words: a span holding them is someone speaking.</summary>
    public static readonly string[] FirstOrSecondPerson =
    {
        "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser", "unsere", "unseren", "unserem",
        "unserer", "du", "dich", "dir", "dein", "deine", "euch", "euer", "eure",
    };

    /// <summary>
    /// The articles of the genitive (<c>der Besuch des Ministers</c>, <c>ein Besuch der Baustelle</c>): a noun after one,
    /// right after another noun, is an attribute of that noun, no subject.
    /// </summary>
    public static readonly string[] GenitiveArticles = { "des", "der", "eines", "einer" };

    /// <summary>
    /// Articles that are never of the nominative (<c>den</c>, <c>dem</c>, <c>des</c>, <c>einem</c>, <c>einen</c>,
    /// <c>eines</c>): the noun after one is an object or an attribute, no subject (<c>Den Anwohnern sicherte X zu</c>).
    /// </summary>
    public static readonly string[] ObliqueArticles = { "den", "dem", "des", "einem", "einen", "eines", "keinem", "keinen", "keines" };

    /// <summary>
    /// Articles of the nominative and of the feminine dative alike (<c>der</c>, <c>einer</c>): the noun after one opening
    /// the sentence is an object only when the subject stands after the verb (<c>Der Zeitung sagte X</c>).
    /// </summary>
    public static readonly string[] NominativeOrDativeArticles = { "der", "einer" };

    /// <summary>The auxiliaries of the passive (<c>X wird mit den Worten zitiert</c>): the subject before one is the one acted on.</summary>
    public static readonly string[] PassiveAuxiliaries = { "wird", "wurde", "werden", "wurden" };

    /// <summary>Plural endings of nouns of persons (<c>Mitglied-er</c>, <c>Abgeordnete-n</c>, <c>Politikerin-nen</c>).</summary>
    public static readonly string[] PluralEndings = { "er", "n", "en", "nen" };

    /// <summary>
    /// Nouns that end the names of organisations and media (<c>Nordbadische Zeitung</c>, <c>Kessler Institution</c>): kept
    /// at the end of a name after a word that is no noun, though their endings mark common nouns.
    /// </summary>
    public static readonly string[] OrganisationNouns =
    {
        "Zeitung", "Institution", "Organisation", "Stiftung", "Gesellschaft", "Vereinigung", "Union", "Universität", "Akademie",
        "Versicherung", "Zeitschrift", "Kommission", "Allianz",
    };

    /// <summary>
    /// Nouns of saying, judging and reckoning whose genitive is the source of what is said (<c>nach Ansicht der
    /// Partei</c>, <c>nach Worten des Ministers</c>, <c>nach Einschätzung der Experten</c>).
    /// </summary>
    public static readonly string[] SourceNouns =
    {
        "Ansicht", "Meinung", "Auffassung", "Einschätzung", "Worten", "Wort", "Angaben", "Aussage", "Aussagen", "Darstellung",
        "Überzeugung", "Bewertung", "Schätzung", "Schätzungen", "Berechnungen", "Sicht", "Urteil", "Willen", "Forderung", "Aufforderung",
        "Vorwurf", "Vorwürfe", "Kritik", "Warnung", "Erklärung", "Mitteilung", "Äußerung", "Äußerungen", "Frage", "Antwort",
    };

    /// <summary>Articles and determiners before a noun.</summary>
    public static readonly string[] Determiners =
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "dieser", "diese", "dieses",
        "diesen", "diesem", "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer",
    };

    /// <summary>
    /// Conjunctions that join two nouns, the first of them cut short by a hyphen when both share an ending
    /// (<c>der Landes- und Bundesvorsitzenden</c>): the two are one phrase.
    /// </summary>
    public static readonly string[] Coordinators = { "und", "oder", "sowie", "bzw." };

    /// <summary>Prepositions joined with their article (<c>im</c> = in dem, <c>zum</c> = zu dem): an article before a noun.</summary>
    public static readonly string[] ArticleContractions = { "im", "am", "ans", "ins", "zum", "zur", "vom", "beim" };

    /// <summary>
    /// Endings of an inflected adjective or article after its article (<c>italienische</c>, <c>deutschen</c>,
    /// <c>einem</c>): what stands between a preposition or a verb and its noun.
    /// </summary>
    public static readonly string[] InflectionEndings = { "e", "en", "er", "em", "es" };

    /// <summary>Lower-case words inside a title or a name (<c>Bild am Sonntag</c>, <c>Ärzte ohne Grenzen</c>).</summary>
    public static readonly string[] TitleSmallWords =
    {
        "der", "die", "das", "des", "dem", "den", "und", "am", "im", "für", "von", "vom", "zu", "zur", "zum", "mit", "auf", "in",
        "an", "aus", "ohne", "gegen", "über", "unter", "ein", "eine", "einer", "eines", "oder", "nach", "bei", "vor",
    };

    /// <summary>
    /// Words that name what follows in marks rather than quote someone: naming participles and the nouns of works, terms
    /// and titles (<c>die sogenannte „…“</c>, <c>der Film „…“</c>, <c>die Zeitung „…“</c>); compounds ending in one count.
    /// </summary>
    public static readonly string[] NamingWords =
    {
        "genannt", "genannte", "genannten", "namens", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "bezeichnet",
        "titel", "motto", "slogan", "schlagzeile", "überschrift", "begriff", "wort", "bezeichnung", "spitzname", "zeitung", "zeitschrift",
        "magazin", "blatt", "film", "buch", "roman", "album", "lied", "song", "sendung", "serie", "programm", "projekt", "operation",
        "kampagne", "aktion", "initiative", "marke", "stück", "oper", "gedicht", "werk", "website", "blog", "kanal", "portal", "sender",
        "festival", "ausstellung", "verein", "gruppe", "bewegung", "partei", "organisation", "gesetz", "abkommen", "plan", "studie",
    };

    /// <summary>The heads of compound nouns that name a work (<c>Wochenzeitung</c>, <c>Fernsehsendung</c>, <c>Wahlkampagne</c>).</summary>
    public static readonly string[] NamingCompoundEndings = { "zeitung", "zeitschrift", "magazin", "sendung", "film", "titel", "roman", "album", "kampagne", "motto", "slogan", "sender" };

    /// <summary>
    /// Nouns that say outright that the marked words after them are a name, whatever verb of saying the sentence holds:
    /// the name of a work, of a medium that reports (<c>berichtete die Nachrichtenagentur „…“</c>, <c>im Fachmagazin
    /// „…“</c>) or a title (<c>unter dem Titel „…“</c>); compounds ending in one count, as do their genitives
    /// (<c>des Fachmagazins</c>). German news puts the names of newspapers, agencies and broadcasters in marks.
    /// </summary>
    public static readonly string[] OutrightNamingEndings =
    {
        "titel", "titels", "motto", "mottos", "spitzname", "spitznamen", "codename", "codenamen", "zeitung", "zeitschrift", "magazin",
        "magazins", "magazines", "agentur", "blatt", "blattes", "blatts", "sender", "senders", "dienst", "dienstes", "site", "portal",
        "portals", "ausgabe", "nachrichtenseite", "onlineausgabe",
    };

    /// <summary>
    /// Words after which marked words are a source or a listener, a name (<c>laut „…“</c>, <c>gegenüber dem „…“</c>):
    /// German news marks the names of the media it cites.
    /// </summary>
    public static readonly string[] SourceOrListenerWords = { "laut", "gegenüber" };

    /// <summary>
    /// "So-called" right before the marks (<c>die sogenannte „…“</c>, <c>so genannten</c>, the second word after
    /// <c>so</c>): the writer labels a term, whatever verb of saying the sentence holds.
    /// </summary>
    public static readonly string[] SoCalled =
    {
        "sogenannt", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sogenanntem", "genannt", "genannte", "genannten",
        "genannter", "genanntes", "genanntem",
    };

    /// <summary>
    /// Verbs that give a name, with the reflexive pronoun when the bearer names itself (<c>die sich selbst „…“
    /// nennt</c>, <c>nennt sich „…“</c>), and verbs that state a name (<c>der Name lautet „…“</c>, <c>das Projekt
    /// heißt „…“</c>): the marked words are a name, not speech.
    /// </summary>
    public static readonly string[] SelfNamingVerbs = { "nennt", "nennen", "nenne", "nannte", "nannten", "bezeichnet", "bezeichnen", "bezeichne", "bezeichnete", "bezeichneten" };

    /// <inheritdoc cref="SelfNamingVerbs"/>
    public const string Reflexive = "sich";

    /// <summary>The word before a label a verb of labelling gives (<c>bezeichnete den Plan als „Irrweg“</c>): someone's word.</summary>
    public const string LabellingAs = "als";

    /// <summary>
    /// Verbs that pass a judgement through <c>als</c> (<c>wies den Vorwurf als „haltlos“ zurück</c>, <c>wurde als „gering“
    /// eingestuft</c>, <c>bezeichnete den Plan als „Irrweg“</c>): the label is the judge's word. Not the verbs of being
    /// known or counted (<c>gilt als</c>, <c>bekannt als</c>), whose label is a name or a term.
    /// </summary>
    public static readonly string[] JudgingVerbs =
    {
        "bezeichnet", "bezeichnete", "bezeichneten", "bezeichnen", "beschrieben", "beschreibt", "beschrieb", "beschreiben",
        "eingestuft", "einstufte", "einstuften", "einstufen", "stufte", "stuften", "zurückgewiesen", "zurückwies", "zurückweisen",
        "zurück", "gewertet", "wertete", "werteten", "bewertet", "bewertete", "bewerteten", "sieht", "sah",
        "sahen", "gesehen", "kritisiert", "kritisierte", "kritisierten", "verurteilt", "verurteilte", "verurteilten",
        "abgetan", "charakterisiert", "charakterisierte", "kritisieren", "werten", "bewerten", "sehen",
    };

    /// <summary>
    /// The prepositions that open a passive's agent before a label (<c>wurde von der Behörde als „…“ eingestuft</c>,
    /// <c>vom Verband als „…“ bezeichnet</c>): the agent is the judge.
    /// </summary>
    public static readonly string[] AgentPrepositions = { "von", "vom" };

    /// <summary>
    /// Nouns of a slogan someone chants or writes (<c>skandierten Parolen wie „…“</c>, <c>ein Schild mit der Aufschrift
    /// „…“</c>): the marked words after them are those people's words. Not <c>Motto</c>, which names an event.
    /// </summary>
    public static readonly string[] SloganNouns =
    {
        "parole", "parolen", "aufschrift", "aufschriften", "spruch", "sprüche", "sprüchen", "schlachtruf", "schlachtrufe",
    };

    /// <summary>Words between a slogan's noun and its marks (<c>Sprüche wie etwa „…“</c>).</summary>
    public static readonly string[] SloganLinkWords = { "wie", "etwa", "zum", "beispiel" };

    /// <summary>The present of the passive's auxiliary: a label given with it and no one giving it is a term's definition (<c>was als „…“ bezeichnet wird</c>).</summary>
    public static readonly string[] PresentPassiveAuxiliaries = { "wird", "werden" };

    /// <inheritdoc cref="SelfNamingVerbs"/>
    public static readonly string[] NameStatingVerbs = { "lautet", "laute", "lautete", "lauten", "lauteten", "heißt", "heiße", "heißen" };

    /// <summary>Naming words after which even a lower-case span is a name or a term, not speech.</summary>
    public static readonly string[] StrongNamingWords =
    {
        "genannt", "genannte", "genannten", "namens", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "motto", "slogan",
        "spitzname", "titel", "begriff", "schlagzeile", "überschrift", "bezeichnung",
    };

    /// <summary>
    /// Endings of German common nouns (general knowledge of the language's word formation): a capitalised word ending
    /// in one is a noun, not a name (<c>Regierung</c>, <c>Freiheit</c>, <c>Wirtschaft</c>, <c>Amtszeit</c>).
    /// </summary>
    public static readonly string[] NounEndings =
    {
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "sion", "ität", "ismus", "nis",
        "nisse", "tum", "zeit", "chen", "lein", "ment", "ments", "frage", "fragen", "werk", "recht", "politik", "gesetz", "bericht",
    };

    /// <summary>
    /// Prepositions, with their contractions: the noun after one (and its article and adjectives) is its object, never
    /// the subject of a verb of saying (<c>In einem Interview sagte …</c>, <c>Über Steve Fossett sagte …</c>, <c>mit den
    /// Worten</c>). <c>von</c> and <c>zu</c> are also name particles (<c>von der Leyen</c>).
    /// </summary>
    public static readonly string[] Prepositions =
    {
        "in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur",
        "für", "fürs", "über", "überm", "unter", "vor", "vorm", "hinter", "neben", "zwischen", "gegen", "ohne", "um", "durch", "wegen",
        "trotz", "während", "angesichts", "anlässlich", "bezüglich", "hinsichtlich", "innerhalb", "außerhalb", "seitens", "gegenüber",
    };

    /// <summary>
    /// Finite auxiliaries and modals: German puts the verb they govern last in its clause, so after one of them, with the
    /// subject inverted, the verb of saying may stand several words on (<c>Das musste X am Montag im Rat einräumen.</c>,
    /// <c>hatte X damals im Interview gesagt</c>).
    /// </summary>
    public static readonly string[] FiniteAuxiliaries =
    {
        "hat", "hatte", "hatten", "haben", "hätte", "ist", "war", "wird", "wurde", "muss", "musste", "mussten", "will", "wollte",
        "wollten", "kann", "konnte", "konnten", "soll", "sollte", "sollten", "darf", "durfte", "möchte",
    };

    /// <summary>
    /// Words that open a sentence by pointing back at the words just quoted (<c>„…“ Das sagte X.</c>, <c>„…“ Dies
    /// erklärte X.</c>): the attribution of the quotation before, set off by a full stop instead of a comma.
    /// </summary>
    public static readonly string[] AnaphoricOpeners = { "Das", "Dies", "So" };

    /// <summary>
    /// Adverbs of time and addition that stand between a subject and a verb last in its clause (<c>wie die Stadt heute
    /// mitteilte</c>, <c>nachdem X zuvor erklärt hatte</c>): no part of the subject.
    /// </summary>
    public static readonly string[] AdverbsBeforeVerb =
    {
        "heute", "gestern", "vorgestern", "damals", "zuvor", "bereits", "schon", "nun", "jetzt", "später", "inzwischen",
        "kürzlich", "jüngst", "erneut", "zudem", "außerdem", "auch", "ebenfalls", "zuletzt", "nochmals", "abends", "morgens",
    };

    /// <summary>
    /// Conjunctions that open a subordinate clause, whose verb German puts last (<c>dass X den Bauleiter am Telefon gefragt habe</c>,
    /// <c>wie X am Montag mitteilte</c>): the clause's subject stands right after the conjunction.
    /// </summary>
    public static readonly string[] SubordinatingConjunctions = { "dass", "daß", "ob", "wie", "weil", "nachdem", "als", "wonach", "obwohl", "während", "wenn", "da" };

    /// <summary>
    /// Endings of adjective stems (<c>europäisch</c>, <c>international</c>, <c>zukünftig</c>, <c>königlich</c>): before an
    /// inflection ending (<see cref="InflectionEndings"/>), a capitalised word with one is the adjective of a name
    /// (<c>vor dem Städtischen Bauamt</c>), not a noun.
    /// </summary>
    public static readonly string[] AdjectiveStemEndings = { "isch", "al", "ig", "lich" };

    /// <summary>Calendar words, capitalised in German: never a speaker.</summary>
    public static readonly string[] CalendarWords =
    {
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag", "Januar", "Februar", "März",
        "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Wochenende", "Abend", "Morgen",
    };

    /// <summary>Adverbs, conjunctions and prepositions that open a German sentence, capitalised there: never a name.</summary>
    public static readonly string[] SentenceOpeners =
    {
        "weiter", "weiterhin", "darauf", "darunter", "dann", "jetzt", "nun", "dies", "diese", "dieser", "dieses", "als", "zum", "zur",
        "nach", "über", "auch", "so", "hier", "dort", "heute", "gestern", "damals", "seither", "zudem", "außerdem", "allerdings",
        "jedoch", "deshalb", "daher", "trotzdem", "bereits", "erst", "noch", "später", "zuvor", "danach", "dabei", "dafür", "dagegen",
        "damit", "davon", "dazu", "laut", "bei", "vor", "seit", "mit", "in", "im", "am", "an", "auf", "aus", "für", "gegen", "unter",
        "wie", "wenn", "weil", "während", "obwohl", "doch", "aber", "und", "oder", "es", "er", "sie", "man", "wir", "ich", "ihr",
        "sein", "seine", "ihre", "ihren", "seinen", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "jeder", "jede", "jedes", "alle", "viele", "einige", "manche", "kein", "keine", "beide", "beiden", "mehrere", "zahlreiche",
        "erwartungsgemäß", "insgesamt", "zunächst",
        "schließlich", "inzwischen", "mittlerweile", "gleichzeitig", "zugleich", "ebenso", "ebenfalls", "vielmehr", "immerhin", "somit",
        "nachdem", "dass", "ob", "sobald", "falls",
        // the other prepositions and contractions that open a sentence's first phrase (Beim Sender X, Gegenüber dem Blatt);
        // not von and zu, which are also name particles (Von der Leyen)
        "beim", "vom", "ins", "ans", "fürs", "gegenüber", "neben", "zwischen", "hinter", "ohne", "um", "durch", "wegen", "trotz",
        "angesichts", "anlässlich", "innerhalb", "außerhalb", "seitens", "bezüglich", "hinsichtlich",
        // adverbs and adjectives that open a sentence before its verb (Wörtlich sagte X, Zufrieden zeigte sich X)
        "wörtlich", "ähnlich", "anders", "konkret", "kritisch", "deutlich", "zufrieden", "skeptisch", "optimistisch", "enttäuscht",
        "erfreut", "erleichtert", "empört", "besorgt", "gelassen", "ausdrücklich", "zuversichtlich",
    };
}
