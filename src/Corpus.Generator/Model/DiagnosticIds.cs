namespace Corpus.Generator.Model;

/// <summary>
/// The catalogue's ids, for the pure stages that record issues. Titles, messages and severities live beside the
/// Roslyn descriptors in <see cref="Diagnostics.DiagnosticDescriptors"/>: the build task compiles these stages without
/// Roslyn, and the release-tracking analyzer checks each descriptor built from a constant id. A test keeps the two in
/// step (every id has a descriptor, a docs/diagnostics.md section and a release entry).
/// </summary>
internal static class DiagnosticIds
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
}
