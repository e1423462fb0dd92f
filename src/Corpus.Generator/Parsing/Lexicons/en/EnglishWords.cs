namespace Corpus.Generator.Parsing.Lexicons.En;

/// <summary>
/// English words the language-aware steps read beside the English lexicons of <c>Lexicons/</c> (which stay the
/// English rules' own lists).
/// </summary>
internal static class EnglishWords
{
    /// <summary>
    /// Frequent function words that are not words of German, Spanish or French: the evidence language detection
    /// counts (<see cref="Languages.LanguageDetector"/>).
    /// </summary>
    public static readonly string[] FunctionWords =
    {
        "the", "and", "of", "to", "is", "that", "with", "for", "said", "he", "she", "it", "are", "were", "have", "has",
        "this", "by", "from", "which", "they", "his", "be", "on", "at", "but", "not", "would", "been", "who",
        "their", "its", "had", "or", "we", "you", "after", "more", "about", "than", "there", "when",
    };
}
