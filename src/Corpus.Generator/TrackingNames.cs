namespace Corpus.Generator;

/// <summary>The names of the pipeline steps, for <c>WithTrackingName</c> and the incremental tests.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string SeedFiles = nameof(SeedFiles);
    public const string ParsedArticles = nameof(ParsedArticles);
    public const string SeedNames = nameof(SeedNames);
    public const string Layout = nameof(Layout);
    public const string Summaries = nameof(Summaries);
    public const string SeedReports = nameof(SeedReports);
    public const string SeedEntries = nameof(SeedEntries);
    public const string CorpusIndexes = nameof(CorpusIndexes);
    public const string Fingerprints = nameof(Fingerprints);
    public const string NearDuplicates = nameof(NearDuplicates);
    public const string StoryFacts = nameof(StoryFacts);
    public const string Stories = nameof(Stories);
    public const string TestFrameworks = nameof(TestFrameworks);
    public const string FixtureSources = nameof(FixtureSources);
}
