using System;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Quotations;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Wraps <see cref="ArticleParser"/> with the file-level checks, and turns any unexpected exception into an
/// issue, so one bad seed can never take the rest of the corpus down with it.
/// </summary>
internal static class SeedParser
{
    /// <summary>The largest seed compiled (in characters); larger files get CORPUS011.</summary>
    public const int MaxSeedLength = 64 * 1024 * 1024;

    public static ParsedSeed Parse(SeedFile seed) => Parse(seed, (id, fileName, text) => ArticleParser.Parse(id, fileName, text, QuotationModels.Learned, seed.Language));

    /// <summary>Parses with the given article parser (tests pass one that fails, to prove failures are contained).</summary>
    public static ParsedSeed Parse(SeedFile seed, Func<string, string, string, ArticleModel> parseArticle)
    {
        ArticleModel? article = null;
        var issues = new IssueList(seed.Text ?? string.Empty);
        if (seed.Text is null)
        {
            issues.Add(DiagnosticCatalog.EmptySeed, TextRange.None, seed.FileName, "could not be read");
        }
        else if (IsBlank(seed.Text))
        {
            issues.Add(DiagnosticCatalog.EmptySeed, TextRange.None, seed.FileName, seed.Text.Length == 0 ? "is empty" : "holds only white space");
        }
        else if (seed.Text.Length > MaxSeedLength)
        {
            issues.Add(DiagnosticCatalog.SeedTooLarge, TextRange.None, seed.FileName, seed.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxSeedLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            if (!seed.DecodedAsUtf8)
            {
                issues.Add(DiagnosticCatalog.InvalidText, TextRange.None, "bytes that are not valid UTF-8 (the compiler decoded the file with a legacy code page); save it as UTF-8");
            }

            var text = seed.Text;
            if (StageGuard.Run(seed.FileName, () => article = parseArticle(seed.Id, seed.FileName, text)) is { } failure)
            {
                issues.Add(failure);
            }
        }

        return new ParsedSeed(seed.Path, seed.CorpusName, seed.Id, seed.FileName, article, issues.ToEquatableArray(), seed.TextOffset);
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
