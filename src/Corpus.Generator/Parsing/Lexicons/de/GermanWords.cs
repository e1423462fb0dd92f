namespace Corpus.Generator.Parsing.Lexicons.De;

/// <summary>German words for language detection (general knowledge of the language: its commonest function words).</summary>
internal static class GermanWords
{
    /// <summary>Frequent function words that are not words of English, Spanish or French (<see cref="Languages.LanguageDetector"/>).</summary>
    public static readonly string[] FunctionWords =
    {
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einer", "einen", "eines", "den", "dem", "mit", "sich",
        "auf", "für", "von", "zu", "im", "auch", "sie", "wird", "wurde", "hat", "sind", "bei", "nach", "wie", "oder", "aus",
        "dass", "daß", "er", "werden", "noch", "über", "zum", "zur", "vom", "haben", "wurden", "ich", "wir", "sei", "seien", "nur",
        "aber", "sein", "seine", "ihre", "diese", "dieser", "wenn", "kann", "schon", "sagte", "gegen", "unter", "zwischen",
    };
}
