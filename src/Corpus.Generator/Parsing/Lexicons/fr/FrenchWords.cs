namespace Corpus.Generator.Parsing.Lexicons.Fr;

/// <summary>French words for language detection (general knowledge of the language: its commonest function words).</summary>
internal static class FrenchWords
{
    /// <summary>Frequent function words that are not words of English, German or Spanish (<see cref="Languages.LanguageDetector"/>).</summary>
    public static readonly string[] FunctionWords =
    {
        "le", "les", "des", "et", "est", "une", "du", "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ce",
        "cette", "sont", "ont", "été", "mais", "plus", "ses", "leur", "selon", "ne", "nous", "être", "fait", "avait", "était",
        "ces", "ils", "elles", "où", "aussi", "après", "déjà", "très", "peut", "deux", "lors", "dont", "même",
    };
}
