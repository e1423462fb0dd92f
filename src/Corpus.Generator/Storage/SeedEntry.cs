using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// What the generated corpus class needs of one article: its name, the hash of its text (for the fingerprint) and the
/// one-line summary its member's XML doc shows. Small, so the generator can take it from the build task's summary file
/// instead of parsing the seed again.
/// </summary>
/// <param name="Summary">The XML doc text, already escaped (<see cref="ArticleSummary"/>).</param>
internal sealed record SeedEntry(string CorpusName, string Path, string Id, string FileName, ulong ContentHash, string Summary)
{
    public SeedName Name => new(CorpusName, Path, Id, FileName);

    public static SeedEntry Of(ParsedSeed seed, ArticleModel article) =>
        new(seed.CorpusName, seed.Path, seed.Id, seed.FileName, CorpusFingerprint.OfText(article.Text), ArticleSummary.Of(article));
}
