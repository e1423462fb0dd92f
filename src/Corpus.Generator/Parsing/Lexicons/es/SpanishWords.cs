namespace Corpus.Generator.Parsing.Lexicons.Es;

/// <summary>Spanish words for language detection (general knowledge of the language: its commonest function words).</summary>
internal static class SpanishWords
{
    /// <summary>Frequent function words that are not words of English, German or French (<see cref="Languages.LanguageDetector"/>).</summary>
    public static readonly string[] FunctionWords =
    {
        "el", "los", "las", "del", "y", "por", "con", "para", "una", "su", "al", "como", "más", "pero", "sus", "fue", "ha", "este",
        "esta", "también", "dijo", "según", "lo", "han", "sobre", "cuando", "muy", "porque", "hay", "está", "están",
        "ser", "sin", "desde", "hasta", "años", "dos", "ya", "sido", "era", "uno", "otro", "todos", "aunque",
    };
}
