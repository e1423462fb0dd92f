#if !CORPUS_BUILD_TASK
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
#endif

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// The diagnostic catalogue, in one place: every id, its message and default severity, whoever reports it: the
/// generator (a descriptor below, tracked in AnalyzerReleases.*.md), the build task (CORPUS023) or the package's
/// targets (the <c>Code=</c> and <c>Text=</c> of build/Corpus.Generator.props: CORPUS020, CORPUS022). Each id is
/// documented, with an example and the fix, in docs/diagnostics.md (the help link points at its section); a test keeps
/// the catalogue, the docs, the release file and the targets in step, both ways. The ids are constants: the pure stages
/// record them as data, and the build task compiles this file without Roslyn (<c>CORPUS_BUILD_TASK</c>).
/// </summary>
internal static class DiagnosticCatalog
{
    public const string EmptySeed = "CORPUS001";
    public const string InvalidText = "CORPUS002";
    public const string Mojibake = "CORPUS003";
    public const string MalformedDate = "CORPUS004";
    public const string UnbalancedQuotationMark = "CORPUS005";
    public const string DuplicateMemberName = "CORPUS006";
    public const string InvalidCorpusName = "CORPUS007";
    public const string QuotationWithoutSpeaker = "CORPUS008";
    public const string NearDuplicateArticle = "CORPUS009";
    public const string LanguageVersionTooLow = "CORPUS010";
    public const string SeedTooLarge = "CORPUS011";
    public const string GeneratorFailure = "CORPUS012";
    public const string LikelyMisspelledName = "CORPUS013";
    public const string RepeatedSeed = "CORPUS020";
    public const string DiagnosticsCapped = "CORPUS021";
    public const string TypedMembersLeftOut = "CORPUS025";
    public const string UnknownLanguage = "CORPUS026";

    // Reported by the package's targets before the compiler runs, as MSBuild warnings: no descriptor (the compiler never
    // sees it); the targets' Text= is the message below, which a test checks.
    public const string NoSeedsMarked = "CORPUS022";

    // Reported by the build task, before the compiler runs: an MSBuild error with no file, so it has no descriptor.
    // (CORPUS024, a corpus with more articles than one class has methods, is retired: typed members stop at
    // CorpusTypedMemberLimit, at most 65,000, so no corpus class is too large to load.)
    public const string ResourceTooLarge = "CORPUS023";

    /// <summary>The ids the package's targets report (build/Corpus.Generator.props).</summary>
    public static readonly string[] ReportedByTargets = { RepeatedSeed, NoSeedsMarked };

    /// <summary>
    /// The text the targets give an id (their <c>Text=</c>, MSBuild's expressions as {0}, {1} … in order): CORPUS020
    /// when items give a file different corpora (the generator's own CORPUS020 is a file its host handed over twice).
    /// </summary>
    public static string? TargetsMessage(string id) => id switch
    {
        RepeatedSeed => Messages.RepeatedSeedInCorpora,
        NoSeedsMarked => Messages.NoSeedsMarked,
        _ => null,
    };

    /// <summary>The ids with no descriptor: MSBuild reports them, never the compiler.</summary>
    public static readonly string[] WithoutDescriptor = { NoSeedsMarked, ResourceTooLarge };

    /// <summary>CORPUS005 when a mark opens a quotation that the paragraph never closes.</summary>
    public static string QuotationNeverClosed(string mark) => "Quotation mark '" + mark + "' opens a quotation that is never closed";

    /// <summary>CORPUS005 when a closing mark has no opening mark.</summary>
    public static string QuotationNeverOpened(string mark) => "Closing quotation mark '" + mark + "' has no opening mark";

    /// <summary>{0} corpus, {1} its resource's bytes, {2} all corpora's, {3} the most one assembly holds.</summary>
    public const string ResourceTooLargeMessage =
        "Corpus '{0}' would be a resource of {1:N0} bytes ({2:N0} for every corpus of the project), more than the {3:N0} one .NET assembly can hold: turn the text index off with <CorpusTextIndex>false</CorpusTextIndex> (it is about as large as the text), or move part of the seeds into another project";

    /// <summary>
    /// An id's default severity and message format, for the build task's report (which has no Roslyn) and the tests: the
    /// same constants the descriptors below are made of, and a test checks the severities against them. Null for an id
    /// not in the catalogue.
    /// </summary>
    public static (string Severity, string Message)? Describe(string id) => id switch
    {
        EmptySeed => ("warning", Messages.EmptySeed),
        InvalidText => ("warning", Messages.InvalidText),
        Mojibake => ("warning", Messages.Mojibake),
        MalformedDate => ("warning", Messages.MalformedDate),
        UnbalancedQuotationMark => ("warning", Messages.UnbalancedQuotationMark),
        DuplicateMemberName => ("warning", Messages.DuplicateMemberName),
        InvalidCorpusName => ("error", Messages.InvalidCorpusName),
        QuotationWithoutSpeaker => ("info", Messages.QuotationWithoutSpeaker),
        NearDuplicateArticle => ("info", Messages.NearDuplicateArticle),
        LanguageVersionTooLow => ("error", Messages.LanguageVersionTooLow),
        SeedTooLarge => ("error", Messages.SeedTooLarge),
        GeneratorFailure => ("warning", Messages.GeneratorFailure),
        LikelyMisspelledName => ("info", Messages.LikelyMisspelledName),
        RepeatedSeed => ("warning", Messages.RepeatedSeed),
        DiagnosticsCapped => ("info", Messages.DiagnosticsCapped),
        TypedMembersLeftOut => ("info", Messages.TypedMembersLeftOut),
        UnknownLanguage => ("warning", Messages.UnknownLanguage),
        NoSeedsMarked => ("warning", Messages.NoSeedsMarked),
        ResourceTooLarge => ("error", ResourceTooLargeMessage),
        _ => null,
    };

    /// <summary>The message formats, one constant each, shared by the descriptors and <see cref="Describe"/>.</summary>
    private static class Messages
    {
        public const string EmptySeed = "Seed file '{0}' {1}; it is left out of the corpus";

        public const string InvalidText = "Seed text contains {0}";

        public const string Mojibake = "{0} looks like UTF-8 decoded as Windows-1252 (mojibake); {1}";

        public const string MalformedDate = "Date header '{0}' is not a valid date in the forms read: yyyy-mm-dd, yyyy/mm/dd, 5 May 2024 or May 5, 2024; the article gets no date";

        public const string UnbalancedQuotationMark = "{0}";

        public const string DuplicateMemberName = "Seed file '{0}' maps to member '{1}' of corpus '{2}', already taken by '{3}'; it is generated as '{4}'";

        public const string InvalidCorpusName = "Corpus=\"{0}\" {1}; the {2} file(s) that carry it are left out. Did you mean Corpus=\"{3}\"?";

        public const string QuotationWithoutSpeaker = "No speaker found for the quotation \"{0}\"";

        public const string NearDuplicateArticle = "Article '{0}' is a near-duplicate of '{1}' (similarity {2})";

        public const string LanguageVersionTooLow = "The generated corpus needs C# 10 or later (global using directives); this project uses C# {0}. Set <LangVersion>10</LangVersion> or later.";

        public const string SeedTooLarge = "Seed file '{0}' is {1} bytes; the largest seed the generator compiles is {2} bytes";

        public const string GeneratorFailure = "The corpus generator failed on '{0}': {1}. The rest of the corpus was generated; please report this.";

        public const string LikelyMisspelledName = "'{0}' is likely a misspelling of '{1}', the spelling {2} other articles of the corpus use";

        public const string RepeatedSeed = "Seed file '{0}' is listed by {1} AdditionalFiles items; it is compiled once, in corpus '{2}' (the compiler sees one Corpus value per file: give each file one item)";

        public const string RepeatedSeedInCorpora = "Seed file '{0}' is listed by AdditionalFiles items of several corpora ({1}); the compiler sees only the last, so it is compiled in that corpus alone: give each file one item";

        public const string NoSeedsMarked = "This project references the Corpus package but marks no file as an article: add <AdditionalFiles Include=\"seeds/**/*.txt\" Corpus=\"News\" /> to an ItemGroup (the folder and the class name are yours to choose)";

        public const string DiagnosticsCapped = "{0} more {1} diagnostics in this file are not reported (only the first {2} are)";

        public const string TypedMembersLeftOut = "Corpus '{0}' has {1} articles, more than CorpusTypedMemberLimit ({2}): it gets no typed member per article, since each costs every build about a millisecond of compile time; reach its articles with {0}.Find(id) and {0}.Articles, or raise <CorpusTypedMemberLimit> (at most {3})";

        public const string UnknownLanguage = "Language=\"{0}\" on seed '{1}' is not a language code (two letters, such as de, or de-CH); the article's language is detected from its text";
    }

#if !CORPUS_BUILD_TASK
    private const string Category = "Corpus";
    private const string HelpBase = "https://github.com/corpus-dotnet/corpus/blob/main/docs/diagnostics.md#";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
        Descriptors.EmptySeed,
        Descriptors.InvalidText,
        Descriptors.Mojibake,
        Descriptors.MalformedDate,
        Descriptors.UnbalancedQuotationMark,
        Descriptors.DuplicateMemberName,
        Descriptors.InvalidCorpusName,
        Descriptors.QuotationWithoutSpeaker,
        Descriptors.NearDuplicateArticle,
        Descriptors.LanguageVersionTooLow,
        Descriptors.SeedTooLarge,
        Descriptors.GeneratorFailure,
        Descriptors.LikelyMisspelledName,
        Descriptors.RepeatedSeed,
        Descriptors.DiagnosticsCapped,
        Descriptors.TypedMembersLeftOut,
        Descriptors.UnknownLanguage);

    /// <summary>Every descriptor of the catalogue, in id order.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor for an id recorded by a pure stage.</summary>
    public static DiagnosticDescriptor ForId(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>(descriptors.Length, System.StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            byId.Add(descriptor.Id, descriptor);
        }

        return byId;
    }

    // Fields initialised from the constant ids: the form the release-tracking analyzer reads.
    private static class Descriptors
    {
        public static readonly DiagnosticDescriptor EmptySeed = Create(
            DiagnosticCatalog.EmptySeed,
            "Seed file is empty or unreadable",
            Messages.EmptySeed,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidText = Create(
            DiagnosticCatalog.InvalidText,
            "Seed text is not clean UTF-8",
            Messages.InvalidText,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor Mojibake = Create(
            DiagnosticCatalog.Mojibake,
            "Seed text looks double-encoded (mojibake)",
            Messages.Mojibake,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MalformedDate = Create(
            DiagnosticCatalog.MalformedDate,
            "Malformed date header",
            Messages.MalformedDate,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnbalancedQuotationMark = Create(
            DiagnosticCatalog.UnbalancedQuotationMark,
            "Unbalanced quotation mark",
            Messages.UnbalancedQuotationMark,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateMemberName = Create(
            DiagnosticCatalog.DuplicateMemberName,
            "Two seed files map to the same member name",
            Messages.DuplicateMemberName,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidCorpusName = Create(
            DiagnosticCatalog.InvalidCorpusName,
            "Corpus name cannot name a C# class",
            Messages.InvalidCorpusName,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor QuotationWithoutSpeaker = Create(
            DiagnosticCatalog.QuotationWithoutSpeaker,
            "Quotation has no attributable speaker",
            Messages.QuotationWithoutSpeaker,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor NearDuplicateArticle = Create(
            DiagnosticCatalog.NearDuplicateArticle,
            "Near-duplicate articles",
            Messages.NearDuplicateArticle,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
            DiagnosticCatalog.LanguageVersionTooLow,
            "C# language version too low for the generated corpus",
            Messages.LanguageVersionTooLow,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SeedTooLarge = Create(
            DiagnosticCatalog.SeedTooLarge,
            "Seed file too large",
            Messages.SeedTooLarge,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor GeneratorFailure = Create(
            DiagnosticCatalog.GeneratorFailure,
            "The corpus generator failed on a seed",
            Messages.GeneratorFailure,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor LikelyMisspelledName = Create(
            DiagnosticCatalog.LikelyMisspelledName,
            "Likely misspelled name",
            Messages.LikelyMisspelledName,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor RepeatedSeed = Create(
            DiagnosticCatalog.RepeatedSeed,
            "Seed file listed more than once",
            Messages.RepeatedSeed,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DiagnosticsCapped = Create(
            DiagnosticCatalog.DiagnosticsCapped,
            "Too many diagnostics of one kind in one file",
            Messages.DiagnosticsCapped,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor TypedMembersLeftOut = Create(
            DiagnosticCatalog.TypedMembersLeftOut,
            "Corpus too large for a typed member per article",
            Messages.TypedMembersLeftOut,
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor UnknownLanguage = Create(
            DiagnosticCatalog.UnknownLanguage,
            "Language metadata is not a language code",
            Messages.UnknownLanguage,
            DiagnosticSeverity.Warning);
    }
#endif
}
