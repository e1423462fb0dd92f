namespace Corpus.Generator.Parsing.Lexicons.Fr;

/// <summary>French words the speech and naming features read in place of the English ones (see <see cref="De.GermanGrammar"/>).</summary>
internal static class FrenchGrammar
{
    public static readonly string[] Pronouns = { "he: il", "she: elle" };

    public static readonly string[] FirstOrSecondPerson =
    {
        "je", "j'ai", "j’ai", "me", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "tu", "te", "toi", "ton", "ta", "tes", "vous",
        "votre", "vos",
    };

    /// <summary>
    /// Offices one person holds, that refer back to the person the article named in them (<c>« … », a déclaré le
    /// ministre.</c>); spokespeople are left out: they speak for an organisation.
    /// </summary>
    public static readonly string[] OfficeRoles =
    {
        "ministre", "maire", "président", "présidente", "sénateur", "sénatrice", "député", "députée", "juge", "procureur",
        "procureure", "directeur", "directrice", "entraîneur", "sélectionneur", "préfet", "préfète", "chancelière", "chancelier",
        "bourgmestre", "échevin", "échevine", "mairesse", "magistrat", "magistrate", "premier", "première", "secrétaire", "chef",
        "cheffe", "conseiller", "conseillère", "commissaire", "ambassadeur", "ambassadrice", "gouverneur", "recteur", "rectrice",
        "dirigeant", "dirigeante", "vice-président", "vice-présidente", "diplomate", "technicien", "coach",
    };

    /// <summary>
    /// Adjectives written between the article and an office (<c>l'ancien ministre</c>, <c>la nouvelle maire</c>): the
    /// office still refers back to its holder.
    /// </summary>
    public static readonly string[] OfficeAdjectives =
    {
        "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "ex", "futur", "future", "jeune",
    };

    /// <summary>
    /// Prepositions: a name right after one, or after one and an article, is its object, no subject (<c>une déclaration
    /// accordée à Shems FM</c>, <c>le bourgmestre de Bruxelles</c>). Not <c>par</c>, which also names a passive's agent.
    /// </summary>
    public static readonly string[] Prepositions =
    {
        "à", "au", "aux", "avec", "chez", "contre", "dans", "de", "du", "des", "en", "entre", "envers", "parmi", "pendant", "pour",
        "sans", "sous", "sur", "vers", "depuis", "malgré", "après", "avant", "auprès", "lors",
    };

    /// <summary>
    /// Nouns whose complement after <c>de</c> is who speaks through them (<c>le porte-parole de X</c>, <c>un communiqué du
    /// X</c>), or the place that names an institution written in lower case (<c>le parquet de Paris</c>).
    /// </summary>
    public static readonly string[] SpeakingThrough =
    {
        "porte-parole", "communiqué", "déclaration", "message", "lettre", "décision", "parquet", "police", "mairie", "préfecture", "gouvernement", "ministère",
        "tribunal", "ambassade", "armée", "gendarmerie", "zone",
    };

    /// <summary>Conjunctions that join a second object to a preposition's (<c>de l'Europe et des Affaires étrangères</c>).</summary>
    public static readonly string[] Coordinators = { "et", "ou" };

    /// <summary>
    /// Endings of the adverbs and present participles that open a sentence and are no name (<c>Visiblement</c>,
    /// <c>Prenant la parole, …</c>): read on words of four letters or more before the ending, never on a given name.
    /// </summary>
    public static readonly string[] SentenceOpenerEndings = { "ment", "ant" };

    /// <summary>
    /// Words that open a sentence without being a name, capitalised only there: prepositions, conjunctions, adverbs,
    /// relatives and the participles of a question put (<c>Selon le parquet, …</c>, <c>Malgré la nuance, …</c>,
    /// <c>Interrogé sur …, X a affirmé</c>). Not <c>de</c> or <c>du</c>, which also open surnames (<c>De Beul</c>).
    /// </summary>
    public static readonly string[] SentenceOpeners =
    {
        "à", "au", "aux", "après", "avant", "avec", "chez", "contre", "dans", "depuis", "dès", "en", "entre", "envers", "hors",
        "lors", "malgré", "outre", "par", "parmi", "pendant", "pour", "sans", "selon", "sous", "sur", "vers", "face", "quant",
        "et", "ou", "mais", "donc", "or", "ni", "car", "cependant", "pourtant", "toutefois", "néanmoins", "ainsi", "alors", "aussi",
        "enfin", "puis", "ensuite", "également", "désormais", "surtout", "notamment", "finalement", "auparavant", "parallèlement",
        "hier", "aujourd'hui", "aujourd’hui", "demain", "déjà", "encore", "ici", "là", "qui", "que", "quand", "lorsque", "comme",
        "si", "où", "dont", "interrogé", "interrogée", "interrogés", "interrogées", "questionné", "questionnée", "tout", "tous",
        "toute", "toutes", "plusieurs", "certains", "certaines", "chaque", "même", "non", "oui", "cela", "ceci", "ça",
    };

    /// <summary>
    /// The elided words joined to the next by an apostrophe (<c>l'enquête</c>, <c>qu'il</c>, <c>s'exprimant</c>): before a
    /// lower-case letter the word is a common word, whatever the capital the sentence gives it (<c>L'incident</c>;
    /// <c>L'Oréal</c> keeps its capital after the apostrophe).
    /// </summary>
    public static readonly string[] Elisions = { "l", "d", "qu", "s", "n", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu" };

    /// <summary>Titles written before a name and no part of it (<c>M. Legrand</c>, <c>Mme Roy</c>): the name is the article's person.</summary>
    public static readonly string[] Titles = { "M", "M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mlles" };

    public static readonly string[] Determiners = { "le", "la", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs" };

    public static readonly string[] TitleSmallWords = { "de", "du", "des", "la", "le", "les", "et", "en", "pour", "sur", "au", "aux", "à", "un", "une", "sans", "ou", "d'", "l'" };

    public static readonly string[] NamingWords =
    {
        "appelé", "appelée", "appelés", "baptisé", "baptisée", "surnommé", "surnommée", "surnom", "intitulé", "intitulée", "dénommé",
        "dénommée", "nommé", "nommée", "slogan", "devise", "titre", "terme", "mot", "journal", "quotidien", "hebdomadaire", "magazine",
        "revue", "film", "livre", "roman", "chanson", "album", "émission", "série", "opération", "campagne", "projet", "plan", "marque",
        "comme", "groupe", "parti", "mouvement", "loi", "rapport", "étude", "œuvre",
    };

    public static readonly string[] StrongNamingWords =
    {
        "appelé", "appelée", "appelés", "baptisé", "baptisée", "surnommé", "surnommée", "surnom", "intitulé", "intitulée", "dénommé",
        "dénommée", "slogan", "devise", "terme",
    };
}
