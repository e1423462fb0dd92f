namespace Corpus.Generator.Parsing.Lexicons.De;

/// <summary>
/// German words of attribution, from general knowledge of the language (the commonest verbs of saying in news, in the
/// forms news writes them). Each form names the English lemma whose meaning it shares: the learned choosers' features
/// ask what a cue means (a verb of saying, "tell", "ask"), never how it is spelled, so their weights hold here too.
/// </summary>
internal static class GermanSpeech
{
    /// <summary>
    /// Cue forms as "lemma: form, form, ...": present, simple past and participle; separable verbs by their finite part
    /// where that part means nothing else (<c>fügte … hinzu</c>), never where it is a common verb of its own
    /// (<c>gab … bekannt</c>, <c>stellte … fest</c>: gave, put) or is one only with its particle (<c>strich heraus</c>,
    /// <c>hob hervor</c>: struck, lifted): those are written with their particle, and count also when the particle
    /// closes the clause further on (<c>gab dazu bekannt:</c>; <see cref="Languages.LanguageRules.SeparableParticle"/>).
    /// </summary>
    public static readonly string[] CueForms =
    {
        "say: sagte, sagten, sagt, sagen, gesagt, sage, äußerte, äußerten, äußert, geäußert, sprach, sprachen, spricht, sprechen, gesprochen, meinte, meinten, meint, gemeint, hieß",
        "explain: erklärte, erklärten, erklärt, erklären, erläuterte, erläutert, begründete, begründeten, begründet",
        "stress: betonte, betonten, betont, unterstrich, unterstreicht, strich heraus, strichen heraus, hob hervor, hoben hervor, stellte heraus, stellten heraus",
        "argue: argumentierte, argumentierten, argumentiert",
        "note: schilderte, schilderten",
        "add: ergänzte, ergänzten, ergänzt, fügte, fügten",
        "warn: warnte, warnten, warnt, gewarnt, mahnte, mahnt",
        "write: schrieb, schrieben, schreibt, geschrieben",
        "ask: fragte, fragten, fragt, gefragt",
        "reply: antwortete, antworteten, antwortet, entgegnete, entgegnet, erwiderte, erwidert, konterte",
        "confirm: bestätigte, bestätigten, bestätigt",
        "announce: verkündete, verkündet, teilte, teilten, mitgeteilt, angekündigt",
        "claim: behauptete, behaupteten, behauptet",
        "admit: räumte, räumt, gestand, gesteht",
        "insist: beharrte, beharrt, bekräftigte, bekräftigt",
        "demand: forderte, forderten, fordert, gefordert, verlangte, verlangt",
        "promise: versprach, verspricht, versicherte, versichert",
        "comment: kommentierte, kommentiert",
        "tell: berichtete, berichteten, berichtet, erzählte, erzählt",
        "conclude: folgerte, resümierte, urteilte, urteilten, urteilt, geurteilt, bilanzierte",
        "state: zitiert, zitierte, festgestellt",
        "describe: bezeichnete, bezeichneten, bezeichnet, nannte, nannten, nennt",
        "criticise: kritisierte, kritisierten, kritisiert, verurteilte, verurteilten, verurteilt",
        "announce: gab bekannt, gaben bekannt, gibt bekannt, kündigte an, kündigten an, kündigt an",
        "declare: rief aus, riefen aus, stellte klar, stellten klar, stellt klar, stellte fest, stellten fest, stellt fest",
        "promise: sicherte zu, sicherten zu, sichert zu",
        "admit: gab zu, gaben zu, gibt zu, räumte ein, räumten ein, räumt ein",
        "note: wies hin, wiesen hin, weist hin, bemerkte, bemerkt",
        "explain: ausführte, ausführten, ausgeführt, führte aus, führten aus, führt aus",
        "state: gab an, gaben an, gibt an",
        "repeat: wiederholte, wiederholten, wiederholt",
        "insist: beteuerte, beteuerten, beteuert",
        "recall: erinnerte, erinnerten, erinnert",
        "describe: beschrieb, beschrieben, beschreibt, formulierte, formulierten, formuliert",
        // with the object pronoun between the verb and the inverted subject (<c>„…“, beschrieb es X</c>)
        "describe: beschrieb es, beschrieben es, beschreibt es, formulierte es, formulierten es, formuliert es",
        "conclude: fasste zusammen, fassten zusammen, fasst zusammen, zusammenfasste, zusammenfassen",

        // Reflexive verbs news writes as a verb of saying with the speaker inverted after them (<c>„…“, bedankte sich X
        // bei den Helfern</c>, <c>„…“, zeigte sich X überzeugt</c>, <c>ist sich X sicher</c>): the verb and its pronoun.
        "say: bedankte sich, bedankten sich, bedankt sich, freute sich, freuten sich, freut sich, zeigte sich, zeigten sich, zeigt sich, ist sich, war sich, sind sich, waren sich",

        // Separable verbs written as one word where German puts the verb last (wie die Stadt mitteilte, nachdem er
        // einräumte), and the infinitives a modal or "zu" puts there (musste einräumen, hatte zu vermelden).
        "announce: mitteilte, mitteilten, mitteilen, bekanntgab, bekanntgaben, bekanntgeben, ankündigte, ankündigten, ankündigen, verkünden, vermelden",
        "add: hinzufügte, hinzufügten, hinzufügen, ergänzen",
        "admit: einräumte, einräumten, einräumen, zugab, zugaben, zugeben, eingestand, eingestehen",
        "note: hinwies, hinwiesen, hinweisen",
        "state: angab, angaben, angeben",
        "declare: klarstellte, klarstellten, klarstellen, feststellte, feststellten, feststellen",
        "stress: hervorhob, hervorhoben, hervorheben, herausstellte, herausstellten, betonen, unterstreichen",
        "promise: zusicherte, zusicherten, zusichern, versichern",
        "explain: ausführen, erläutern, begründen",
        "confirm: bestätigen",
        "warn: warnen",
    };


    /// <summary>
    /// Verbs of thinking, judging and wanting, in their finite forms: no cue of saying, but marked words in their clause
    /// are the words of the one who holds the view (<c>Keller sieht darin einen „klaren Fehler“</c>, <c>hält den Plan
    /// für „verfehlt“</c>, <c>warf der Stadt „Versagen“ vor</c>). Read only for a quotation no cue attributes, as the
    /// English stance verbs are (believe, fear, hope, see, want, criticise, welcome, reject).
    /// </summary>
    public static readonly string[] StanceVerbs =
    {
        "sieht", "sehen", "sah", "sahen", "glaubt", "glauben", "glaubte", "glaubten", "hält", "halten", "hielt", "hielten",
        "findet", "finden", "fand", "fanden", "fürchtet", "fürchten", "fürchtete", "fürchteten", "befürchtet", "befürchten",
        "befürchtete", "befürchteten", "hofft", "hoffen", "hoffte", "hofften", "bezweifelt", "bezweifeln", "bezweifelte",
        "bezweifelten", "lobt", "loben", "lobte", "lobten", "begrüßt", "begrüßen", "begrüßte", "begrüßten", "wertet", "werten",
        "wertete", "werteten", "bewertet", "bewerten", "bewertete", "bewerteten", "wirft", "werfen", "warf", "warfen", "lehnt",
        "lehnen", "lehnte", "lehnten", "wies", "wiesen", "verteidigt", "verteidigen", "verteidigte", "verteidigten", "plädiert",
        "plädieren", "plädierte", "plädierten", "befürwortet", "befürworten", "befürwortete", "befürworteten", "erwartet",
        "erwarten", "erwartete", "erwarteten", "will", "wollen", "wollte", "wollten", "bedauert", "bedauern", "bedauerte",
        "bedauerten", "beklagt", "beklagen", "beklagte", "beklagten", "bemängelt", "bemängeln", "bemängelte", "bemängelten",
    };

    /// <summary>
    /// Cue forms whose object, not their subject, is the speaker: <c>Die Zeitung zitierte den Minister mit den Worten
    /// „…“</c> (in the passive, <c>Keller wird mit den Worten zitiert</c>, the subject is the speaker again).
    /// </summary>
    public static readonly string[] ObjectSourceCues = { "zitiert", "zitierte", "zitierten" };

    /// <summary>Words that introduce the source after them: "laut X", "so X" (after the quotation), "nach Angaben von X".</summary>
    public static readonly string[] SourceCues = { "laut", "so", "nach Angaben" };

    /// <summary>
    /// Source cues that are common words elsewhere (<c>so</c>: so, thus, such): read as one only in their attribution's own
    /// form, after a comma, a dash or a closing mark and before a name or an article (<c>„…“, so Merkel</c>, <c>…, so der
    /// Minister, …</c>), never in <c>so genannte</c>, <c>so dass</c>, <c>so manche</c>.
    /// </summary>
    public static readonly string[] PunctuatedSourceCues = { "so" };

    /// <summary>Words that follow their source: "Merkel zufolge", "dem Bericht zufolge".</summary>
    public static readonly string[] PostposedSourceCues = { "zufolge" };

    /// <summary>
    /// Endings of the roles (<see cref="RoleEndings"/>) a woman holds (<c>Ministerin</c>, <c>Frau</c>) and of those either
    /// may hold (<c>die Abgeordnete</c>, <c>der Abgeordnete</c>, <c>Mitglied</c>); every other role is a man's. Read to
    /// tell whom <c>er</c> or <c>sie</c> refers to.
    /// </summary>
    public static readonly string[] FemaleRoleEndings = { "in", "frau" };

    /// <inheritdoc cref="FemaleRoleEndings"/>
    public static readonly string[] SharedRoleEndings = { "e", "mitglied", "dr.", "prof.", "experte" };

    /// <summary>
    /// Roles and titles that stand before a name ("Bundeskanzlerin Angela Merkel", "SPD-Chef Kurt Beck"): a word that is
    /// one of these or ends in one (compounds and hyphenated roles) says the capitalised words after it are a name.
    /// </summary>
    public static readonly string[] RoleEndings =
    {
        "kanzler", "kanzlerin", "minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "vorsitzende",
        "vorsitzender", "chef", "chefin", "politiker", "politikerin", "bürgermeister", "bürgermeisterin", "direktor", "direktorin",
        "leiter", "leiterin", "sekretär", "sekretärin", "trainer", "trainerin", "experte", "expertin", "anwalt", "anwältin",
        "richter", "richterin", "abgeordnete", "abgeordneter", "professor", "professorin", "kommissar", "kommissarin",
        "botschafter", "botschafterin", "gouverneur", "senator", "senatorin", "führer", "führerin", "geschäftsführer",
        "kardinal", "papst", "könig", "königin", "prinz", "bischof", "autor", "autorin", "sänger", "sängerin", "schauspieler",
        "schauspielerin", "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin", "manager", "managerin", "herr", "frau",
        "dr.", "prof.", "general", "oberst", "premier", "staatssekretär", "fraktionschef", "parteichef", "mitglied",
        "gründer", "gründerin", "analyst", "analystin", "ökonom", "ökonomin", "historiker", "historikerin", "berater", "beraterin",
        "beauftragte", "beauftragter", "spieler", "spielerin", "arzt", "ärztin",
    };
}
