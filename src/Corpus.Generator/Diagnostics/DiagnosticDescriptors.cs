using System.Collections.Generic;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// The diagnostic catalogue, in one place. Each id is tracked in AnalyzerReleases.*.md and documented,
/// with an example and the fix, in docs/diagnostics.md (the help link points at its section).
/// </summary>
public static class DiagnosticDescriptors
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
        "Corpus name is not a valid C# identifier",
        "Corpus=\"{0}\" is not a valid C# class name; the files that carry it are left out",
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
        "The generated corpus needs C# 11 or later (UTF-8 string literals); this project uses C# {0}. Set <LangVersion>11</LangVersion> or later.",
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

    public static readonly DiagnosticDescriptor TooManyArticles = Create(
        DiagnosticIds.TooManyArticles,
        "Too many articles for one assembly",
        "The project compiles {0} articles; one assembly holds at most {1}, because each article is a data field and the runtime loads at most 65,535 in one type. Split the seeds across projects.",
        DiagnosticSeverity.Error);

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
        [TooManyArticles.Id] = TooManyArticles,
    };

    /// <summary>Every descriptor of the catalogue.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor for an id recorded by a pure stage.</summary>
    public static DiagnosticDescriptor ForId(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
