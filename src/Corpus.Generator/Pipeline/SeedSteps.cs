using System.Threading;
using Corpus.Generator.Analysis;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// What both programs take from one parsed seed: the generator runs each as its own incremental step
/// (<c>CorpusGenerator.Initialize</c>), the build task all of them at once (<see cref="CorpusBuild"/>). One function
/// each, so the two cannot compute a name, a signature, the story facts or an entry differently: the corpus
/// fingerprint the generated code carries must equal the resource's, or the runtime refuses it.
/// </summary>
internal static class SeedSteps
{
    /// <summary>What the naming needs: the seed's corpus, path, id and file name, and whether it became an article.</summary>
    public static SeedName Name(ParsedSeed seed) =>
        new(seed.CorpusName, seed.Path, seed.Id, seed.FileName, HasArticle: seed.Article is not null);

    /// <summary>The seed's own problems, at its path (capped per id).</summary>
    public static EquatableArray<PathIssue> Issues(ParsedSeed seed) => PathIssue.Of(seed);

    /// <summary>The near-duplicate signature of a seed that became an article.</summary>
    public static ArticleFingerprint Fingerprint(ParsedSeed seed) =>
        new(seed.CorpusName, seed.Path, seed.Id, ShingleSignature.Compute(seed.Article!));

    /// <summary>What the story analysis needs of a seed that became an article.</summary>
    public static StoryFacts Facts(ParsedSeed seed, CancellationToken cancellationToken) => StoryFacts.Read(seed, cancellationToken);

    /// <summary>What the corpus class needs of a seed that became an article: its name, text hash and summary.</summary>
    public static SeedEntry Entry(ParsedSeed seed) => SeedEntry.Of(seed, seed.Article!);
}
