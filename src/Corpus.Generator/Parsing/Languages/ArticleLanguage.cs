namespace Corpus.Generator.Parsing.Languages;

/// <summary>
/// An article's language: its ISO 639-1 code (what <c>Article.Language</c> gives at run time) and the rules it is
/// read with. The code is the seed's <c>Language</c> item metadata when it has one, else the detected language's.
/// </summary>
internal readonly record struct ArticleLanguage(string Code, TextLanguage Rules)
{
    public static readonly ArticleLanguage English = new("en", TextLanguage.English);

    /// <summary>The ISO 639-1 code of a language the rules know.</summary>
    public static string CodeOf(TextLanguage language) => language switch
    {
        TextLanguage.German => "de",
        TextLanguage.Spanish => "es",
        TextLanguage.French => "fr",
        _ => "en",
    };

    /// <summary>
    /// The language of an article: the item metadata's code when it is one (two ASCII letters, any case, a region
    /// after it dropped: <c>de-CH</c> is <c>de</c>), else the language its function words point to.
    /// </summary>
    public static ArticleLanguage Of(string text, string? metadata)
    {
        var code = Normalise(metadata);
        if (code is null)
        {
            var detected = LanguageDetector.Detect(text);
            return new ArticleLanguage(CodeOf(detected), detected);
        }

        var rules = code switch
        {
            "en" => TextLanguage.English,
            "de" => TextLanguage.German,
            "es" => TextLanguage.Spanish,
            "fr" => TextLanguage.French,
            _ => LanguageDetector.Detect(text), // a language without rules of its own: the nearest one's
        };

        return new ArticleLanguage(code, rules);
    }

    /// <summary>The two-letter code of a metadata value, lower case, or null when it is empty or not one.</summary>
    public static string? Normalise(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        var end = trimmed.IndexOfAny(RegionSeparators);
        var code = end < 0 ? trimmed : trimmed.Substring(0, end);
        if (code.Length != 2 || !IsAsciiLetter(code[0]) || !IsAsciiLetter(code[1]))
        {
            return null;
        }

        return code.ToLowerInvariant();
    }

    private static readonly char[] RegionSeparators = { '-', '_' };

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
