using System.Collections.Generic;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// The diagnostic catalogue, in one place. Each id is tracked in AnalyzerReleases.*.md and documented,
/// with an example and the fix, in docs/diagnostics.md (the help link points at its section).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Corpus";
    private const string HelpBase = "https://github.com/corpus-dotnet/corpus/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor EmptySeed = Create(
        DiagnosticIds.EmptySeed,
        "Seed file is empty or unreadable",
        "Seed file '{0}' {1}; it is left out of the corpus",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidText = Create(
        DiagnosticIds.InvalidText,
        "Seed text is not clean UTF-8",
        "Seed text contains {0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor Mojibake = Create(
        DiagnosticIds.Mojibake,
        "Seed text looks double-encoded (mojibake)",
        "{0} looks like UTF-8 decoded as Windows-1252 (mojibake); {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MalformedDate = Create(
        DiagnosticIds.MalformedDate,
        "Malformed date header",
        "Date header '{0}' is not a valid date in the forms read: yyyy-mm-dd, yyyy/mm/dd, 5 May 2024 or May 5, 2024; the article gets no date",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnbalancedQuotationMark = Create(
        DiagnosticIds.UnbalancedQuotationMark,
        "Unbalanced quotation mark",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateMemberName = Create(
        DiagnosticIds.DuplicateMemberName,
        "Two seed files map to the same member name",
        "Seed file '{0}' maps to member '{1}' of corpus '{2}', already taken by '{3}'; it is generated as '{4}'",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidCorpusName = Create(
        DiagnosticIds.InvalidCorpusName,
        "Corpus name cannot name a C# class",
        "Corpus=\"{0}\" {1}; the {2} file(s) that carry it are left out. Did you mean Corpus=\"{3}\"?",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor QuotationWithoutSpeaker = Create(
        DiagnosticIds.QuotationWithoutSpeaker,
        "Quotation has no attributable speaker",
        "No speaker found for the quotation \"{0}\"",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NearDuplicateArticle = Create(
        DiagnosticIds.NearDuplicateArticle,
        "Near-duplicate articles",
        "Article '{0}' is a near-duplicate of '{1}' (similarity {2})",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        DiagnosticIds.LanguageVersionTooLow,
        "C# language version too low for the generated corpus",
        "The generated corpus needs C# 10 or later (global using directives); this project uses C# {0}. Set <LangVersion>10</LangVersion> or later.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SeedTooLarge = Create(
        DiagnosticIds.SeedTooLarge,
        "Seed file too large",
        "Seed file '{0}' is {1} bytes; the largest seed the generator compiles is {2} bytes",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        DiagnosticIds.GeneratorFailure,
        "The corpus generator failed on a seed",
        "The corpus generator failed on '{0}': {1}. The rest of the corpus was generated; please report this.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LikelyMisspelledName = Create(
        DiagnosticIds.LikelyMisspelledName,
        "Likely misspelled name",
        "'{0}' is likely a misspelling of '{1}', the spelling {2} other articles of the corpus use",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor RepeatedSeed = Create(
        DiagnosticIds.RepeatedSeed,
        "Seed file listed more than once",
        "Seed file '{0}' is listed by {1} AdditionalFiles items; it is compiled once, in corpus '{2}' (the compiler sees one Corpus value per file: give each file one item)",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DiagnosticsCapped = Create(
        DiagnosticIds.DiagnosticsCapped,
        "Too many diagnostics of one kind in one file",
        "{0} more {1} diagnostics in this file are not reported (only the first {2} are)",
        DiagnosticSeverity.Info);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [EmptySeed.Id] = EmptySeed,
        [InvalidText.Id] = InvalidText,
        [Mojibake.Id] = Mojibake,
        [MalformedDate.Id] = MalformedDate,
        [UnbalancedQuotationMark.Id] = UnbalancedQuotationMark,
        [DuplicateMemberName.Id] = DuplicateMemberName,
        [InvalidCorpusName.Id] = InvalidCorpusName,
        [QuotationWithoutSpeaker.Id] = QuotationWithoutSpeaker,
        [NearDuplicateArticle.Id] = NearDuplicateArticle,
        [LanguageVersionTooLow.Id] = LanguageVersionTooLow,
        [SeedTooLarge.Id] = SeedTooLarge,
        [GeneratorFailure.Id] = GeneratorFailure,
        [LikelyMisspelledName.Id] = LikelyMisspelledName,
        [RepeatedSeed.Id] = RepeatedSeed,
        [DiagnosticsCapped.Id] = DiagnosticsCapped,
    };

    /// <summary>Every descriptor of the catalogue.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor for an id recorded by a pure stage.</summary>
    public static DiagnosticDescriptor ForId(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
