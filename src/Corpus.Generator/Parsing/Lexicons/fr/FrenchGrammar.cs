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
    };

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
