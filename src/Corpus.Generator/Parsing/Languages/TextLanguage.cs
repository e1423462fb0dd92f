namespace Corpus.Generator.Parsing.Languages;

/// <summary>
/// The languages whose news conventions the parse stage knows (marks, cues, roles, titles as data under
/// <c>Lexicons/</c>). An article in another language is read with the rules of the nearest of these (English when
/// none is near), and keeps its own code (<see cref="ArticleLanguage"/>).
/// </summary>
internal enum TextLanguage : byte
{
    English,
    German,
    Spanish,
    French,
}
