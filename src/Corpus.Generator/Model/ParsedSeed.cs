namespace Corpus.Generator.Model;

/// <summary>
/// The parse stage's output for one seed file: the article (null when the file was left out) and every issue
/// found, including file-level ones (unreadable, empty, too large, or a parser failure).
/// </summary>
/// <param name="TextOffset">Where the parsed text starts in the file's own text (see <see cref="SeedFile.TextOffset"/>).</param>
internal sealed record ParsedSeed(string Path, string CorpusName, string Id, string FileName, ArticleModel? Article, EquatableArray<SeedIssue> FileIssues, int TextOffset = 0);
