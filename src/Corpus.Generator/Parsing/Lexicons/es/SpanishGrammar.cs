namespace Corpus.Generator.Parsing.Lexicons.Es;

/// <summary>Spanish words the speech and naming features read in place of the English ones (see <see cref="De.GermanGrammar"/>).</summary>
internal static class SpanishGrammar
{
    public static readonly string[] Pronouns = { "he: él", "she: ella" };

    public static readonly string[] FirstOrSecondPerson =
    {
        "yo", "me", "mí", "mi", "mis", "conmigo", "nosotros", "nosotras", "nos", "nuestro", "nuestra", "nuestros", "nuestras", "tú",
        "te", "ti", "tu", "tus", "vosotros", "vuestro", "vuestra",
    };

    /// <summary>
    /// Offices one person holds, that refer back to the person the article named in them (<c>«…», dijo la alcaldesa.</c>);
    /// spokespeople are left out: they speak for an organisation.
    /// </summary>
    public static readonly string[] OfficeRoles =
    {
        "ministro", "ministra", "alcalde", "alcaldesa", "presidente", "presidenta", "senador", "senadora", "diputado", "diputada",
        "juez", "jueza", "fiscal", "director", "directora", "entrenador", "seleccionador", "gobernador", "gobernadora", "canciller",
    };

    public static readonly string[] Determiners = { "el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "estos", "estas", "su", "sus" };

    public static readonly string[] TitleSmallWords = { "de", "del", "la", "el", "los", "las", "y", "e", "en", "por", "para", "con", "a", "al", "un", "una", "sin", "o" };

    public static readonly string[] NamingWords =
    {
        "llamado", "llamada", "llamados", "llamadas", "denominado", "denominada", "conocido", "conocida", "apodado", "apodada", "apodo",
        "titulado", "titulada", "bautizado", "bautizada", "lema", "eslogan", "término", "palabra", "diario", "periódico", "revista",
        "película", "libro", "novela", "canción", "álbum", "programa", "serie", "operación", "campaña", "proyecto", "plan", "marca",
        "como", "grupo", "partido", "movimiento", "ley", "informe", "estudio", "obra",
    };

    public static readonly string[] StrongNamingWords =
    {
        "llamado", "llamada", "llamados", "llamadas", "denominado", "denominada", "apodado", "apodada", "apodo", "titulado", "titulada",
        "bautizado", "bautizada", "lema", "eslogan", "término",
    };
}
