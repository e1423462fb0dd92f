namespace Corpus.Generator.Model;

/// <summary>
/// The diagnostic catalogue, as data and in one place: every id with its title, message and severity. The pure
/// stages record issues by these ids; <see cref="Diagnostics.DiagnosticDescriptors"/> turns each entry into the
/// Roslyn descriptor. Each id is tracked in AnalyzerReleases.*.md and documented, with an example and the fix, in
/// docs/diagnostics.md (the help link points at its section).
/// </summary>
public static class DiagnosticIds
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

    /// <summary>Every entry of the catalogue, in id order.</summary>
    public static readonly EquatableArray<DiagnosticEntry> Catalogue = new[]
    {
        new DiagnosticEntry(
            EmptySeed,
            "Seed file is empty or unreadable",
            "Seed file '{0}' {1}; it is left out of the corpus",
            DiagnosticLevel.Warning),
        new DiagnosticEntry(
            InvalidText,
            "Seed text is not clean UTF-8",
            "Seed text contains {0}",
            DiagnosticLevel.Warning),
        new DiagnosticEntry(
            Mojibake,
            "Seed text looks double-encoded (mojibake)",
            "{0} looks like UTF-8 decoded as Windows-1252 (mojibake); {1}",
            DiagnosticLevel.Warning),
        new DiagnosticEntry(
            MalformedDate,
            "Malformed date header",
            "Date header '{0}' is not a valid date in the forms read: yyyy-mm-dd, yyyy/mm/dd, 5 May 2024 or May 5, 2024; the article gets no date",
            DiagnosticLevel.Warning),
        new DiagnosticEntry(
            UnbalancedQuotationMark,
            "Unbalanced quotation mark",
            "{0}",
            DiagnosticLevel.Warning),
        new DiagnosticEntry(
            DuplicateMemberName,
            "Two seed files map to the same member name",
            "Seed file '{0}' maps to member '{1}' of corpus '{2}', already taken by '{3}'; it is generated as '{4}'",
            DiagnosticLevel.Warning),
        new DiagnosticEntry(
            InvalidCorpusName,
            "Corpus name cannot name a C# class",
            "Corpus=\"{0}\" {1}; the {2} file(s) that carry it are left out. Did you mean Corpus=\"{3}\"?",
            DiagnosticLevel.Error),
        new DiagnosticEntry(
            QuotationWithoutSpeaker,
            "Quotation has no attributable speaker",
            "No speaker found for the quotation \"{0}\"",
            DiagnosticLevel.Info),
        new DiagnosticEntry(
            NearDuplicateArticle,
            "Near-duplicate articles",
            "Article '{0}' is a near-duplicate of '{1}' (similarity {2})",
            DiagnosticLevel.Info),
        new DiagnosticEntry(
            LanguageVersionTooLow,
            "C# language version too low for the generated corpus",
            "The generated corpus needs C# 10 or later (global using directives); this project uses C# {0}. Set <LangVersion>10</LangVersion> or later.",
            DiagnosticLevel.Error),
        new DiagnosticEntry(
            SeedTooLarge,
            "Seed file too large",
            "Seed file '{0}' is {1} bytes; the largest seed the generator compiles is {2} bytes",
            DiagnosticLevel.Error),
        new DiagnosticEntry(
            GeneratorFailure,
            "The corpus generator failed on a seed",
            "The corpus generator failed on '{0}': {1}. The rest of the corpus was generated; please report this.",
            DiagnosticLevel.Warning),
        new DiagnosticEntry(
            LikelyMisspelledName,
            "Likely misspelled name",
            "'{0}' is likely a misspelling of '{1}', the spelling {2} other articles of the corpus use",
            DiagnosticLevel.Info),
        new DiagnosticEntry(
            RepeatedSeed,
            "Seed file listed more than once",
            "Seed file '{0}' is listed by {1} AdditionalFiles items; it is compiled once, in corpus '{2}' (the compiler sees one Corpus value per file: give each file one item)",
            DiagnosticLevel.Warning),
        new DiagnosticEntry(
            DiagnosticsCapped,
            "Too many diagnostics of one kind in one file",
            "{0} more {1} diagnostics in this file are not reported (only the first {2} are)",
            DiagnosticLevel.Info),
    }.ToEquatableArray();
}
