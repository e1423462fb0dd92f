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
        "mandatario", "mandataria", "gobernante", "funcionario", "funcionaria", "titular", "jefe", "jefa", "secretario", "secretaria",
        "vicepresidente", "vicepresidenta", "consejero", "consejera", "concejal", "concejala", "comisario", "comisaria", "rector",
        "rectora", "embajador", "embajadora", "intendente", "magistrado", "magistrada", "legislador", "legisladora", "congresista",
        "dirigente", "líder", "premier", "exministro", "exministra", "expresidente", "expresidenta", "técnico", "técnica", "estratega",
    };

    /// <summary>
    /// Adjectives written between the article and an office (<c>el nuevo ministro</c>, <c>el ex alcalde</c>): the office
    /// still refers back to its holder.
    /// </summary>
    public static readonly string[] OfficeAdjectives =
    {
        "ex", "nuevo", "nueva", "actual", "antiguo", "antigua", "flamante", "joven", "veterano", "veterana", "futuro", "futura",
    };

    /// <summary>
    /// Prepositions: a name right after one, or after one and an article, is its object, no subject (<c>en diálogo con
    /// Radio Nacional dijo</c>, <c>el alcalde de Bogotá</c>). Not <c>por</c>, which also names a passive's agent.
    /// </summary>
    public static readonly string[] Prepositions =
    {
        "a", "al", "ante", "bajo", "con", "contra", "de", "del", "desde", "durante", "en", "entre", "hacia", "hasta", "mediante",
        "para", "sin", "sobre", "tras",
    };

    /// <summary>
    /// Nouns whose complement after <c>de</c> is who speaks through them (<c>la portavoz de X</c>, <c>un comunicado del
    /// X</c>), or the place that names an institution written in lower case (<c>la fiscalía de Lima</c>).
    /// </summary>
    public static readonly string[] SpeakingThrough =
    {
        "portavoz", "vocero", "vocera", "comunicado", "nota", "declaración", "mensaje", "resolución", "carta", "escrito", "policía", "fiscalía", "gobierno", "alcaldía",
        "ayuntamiento", "embajada", "ejército", "partido",
    };

    /// <summary>
    /// Words that open a sentence without being a name, capitalised only there: prepositions, conjunctions, adverbs and
    /// relatives (<c>Además, dijo que …</c>, <c>En declaraciones a …</c>, <c>Para X, …</c>). Not <c>de</c> or <c>del</c>,
    /// which also open surnames (<c>De la Fuente</c>).
    /// </summary>
    public static readonly string[] SentenceOpeners =
    {
        "al", "ante", "bajo", "con", "contra", "desde", "durante", "en", "entre", "hacia", "hasta", "mediante", "para", "por",
        "según", "sin", "sobre", "tras", "frente", "y", "ni", "pero", "aunque", "porque", "pues", "si", "sino",
        "cuando", "mientras", "como", "donde", "que", "quien", "quienes", "cuyo", "cuya", "además", "asimismo", "así", "también",
        "tampoco", "incluso", "igualmente", "finalmente", "posteriormente", "previamente", "anteriormente", "recientemente",
        "actualmente", "luego", "después", "antes", "entonces", "ahora", "hoy", "ayer", "ya", "aún", "todavía", "allí", "aquí",
        "no", "sí", "esto", "eso", "ello", "otro", "otra", "otros", "otras", "uno", "una", "cada", "todo", "toda", "todos", "todas",
    };

    /// <summary>
    /// Endings of the adverbs and gerunds that open a sentence and are no name (<c>Visiblemente enojado, …</c>,
    /// <c>Agregando que …</c>): read on words of four letters or more before the ending, never on a given name.
    /// </summary>
    public static readonly string[] SentenceOpenerEndings = { "mente", "ando", "iendo", "yendo" };

    /// <summary>Conjunctions that join a second object to a preposition's (<c>de Desarrollo e Inclusión Social</c>).</summary>
    public static readonly string[] Coordinators = { "y", "e", "o", "u" };

    /// <summary>
    /// Words of time and sequence a verb of saying with no subject is followed by (<c>puntualizó este miércoles</c>,
    /// <c>ha añadido antes de …</c>, <c>dijo ayer</c>): no subject stands after them, so the verb carries its own.
    /// </summary>
    public static readonly string[] AfterSubjectlessCue = { "ayer", "hoy", "anoche", "este", "esta", "antes", "luego", "después", "además", "también", "entonces" };

    /// <summary>Titles written before a name and no part of it (<c>Sr. Soto</c>, <c>Sra. Ruiz</c>): the name is the article's person.</summary>
    public static readonly string[] Titles = { "Sr", "Sr.", "Sra", "Sra.", "Srta", "Srta.", "Dra", "Dra.", "Lic", "Lic." };

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
