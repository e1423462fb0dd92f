using System.IO;
using System.Linq;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Languages;
using Corpus.Generator.Parsing.Quotations;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Each article's language: detected from its function words, overridden by the seed's <c>Language</c> metadata,
/// right on every article of the shared evaluation sets (German and English). Sentences of our own writing.
/// </summary>
public sealed class LanguageTests
{
    [Theory]
    [InlineData("The council said on Tuesday that the bridge would reopen after the repairs were finished.", "en")]
    [InlineData("Der Stadtrat hat am Dienstag mitgeteilt, dass die Brücke nach den Reparaturen wieder geöffnet wird.", "de")]
    [InlineData("El ayuntamiento dijo el martes que el puente volverá a abrir cuando terminen las obras.", "es")]
    [InlineData("Le conseil municipal a indiqué mardi que le pont rouvrira après la fin des travaux.", "fr")]
    public void Detects_the_language_from_function_words(string sentence, string code)
    {
        Assert.Equal(code, ArticleParser.Parse("a", "a.txt", "Headline\n\n" + sentence).Language);
    }

    [Fact]
    public void A_text_without_function_words_is_English() =>
        Assert.Equal(TextLanguage.English, LanguageDetector.Detect("Bridge 2024: 14 000 km"));

    [Theory]
    [InlineData("de", "de")]
    [InlineData(" DE ", "de")]
    [InlineData("de-CH", "de")]
    [InlineData("fr_CA", "fr")]
    [InlineData("it", "it")]
    [InlineData("", null)]
    [InlineData("German", null)]
    [InlineData("d3", null)]
    public void Reads_metadata_as_an_ISO_639_1_code(string metadata, string? code) => Assert.Equal(code, ArticleLanguage.Normalise(metadata));

    [Fact]
    public void Metadata_that_is_no_language_code_is_reported_and_the_language_detected()
    {
        const string english = "Headline\n\nThe council said that the bridge would reopen in the spring.";
        var article = ArticleParser.Parse("a", "a.txt", english, QuotationModels.Learned, "deutsch");

        Assert.Equal("en", article.Language);
        var issue = Assert.Single(article.Issues, i => i.Id == Corpus.Generator.Diagnostics.DiagnosticCatalog.UnknownLanguage);
        Assert.Contains("deutsch", issue.Arguments);
        Assert.DoesNotContain(ArticleParser.Parse("a", "a.txt", english, QuotationModels.Learned, "de-CH").Issues, i => i.Id == Corpus.Generator.Diagnostics.DiagnosticCatalog.UnknownLanguage);
    }

    [Fact]
    public void Metadata_overrides_the_detected_language()
    {
        const string english = "Headline\n\nThe council said that the bridge would reopen in the spring.";
        Assert.Equal("de", ArticleParser.Parse("a", "a.txt", english, QuotationModels.Learned, "de").Language);
        Assert.Equal("en", ArticleParser.Parse("a", "a.txt", english, QuotationModels.Learned, "nonsense").Language);

        // A language without rules of its own keeps its code, read with the rules of the language detected.
        var italian = ArticleLanguage.Of("The council said that the bridge would reopen.", "it");
        Assert.Equal(new ArticleLanguage("it", TextLanguage.English), italian);
    }

    [Fact]
    public void Every_German_evaluation_article_is_German() => AllOf(Shared("eval", "de", "seeds"), "de");

    [Fact]
    public void Every_English_training_and_dev_article_is_English()
    {
        AllOf(Shared("eval", "polnear", "train", "seeds"), "en");
        AllOf(Shared("eval", "dev", "seeds"), "en");
        AllOf(Path.Combine(DiagnosticTests.RepoRoot(), "samples", "Corpus.Sample", "seeds"), "en");
    }

    private static void AllOf(string folder, string code)
    {
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var wrong = files.Where(file => ArticleLanguage.Of(File.ReadAllText(file), null).Code != code).Select(Path.GetFileName).ToList();
        Assert.Empty(wrong);
    }

    /// <summary>A folder of the shared evaluation data beside the clone (CI has it there; see .ci/run).</summary>
    private static string Shared(params string[] parts)
    {
        var folder = Path.Combine(new[] { DiagnosticTests.RepoRoot(), "..", "shared" }.Concat(parts).ToArray());
        Assert.True(Directory.Exists(folder), "the shared evaluation data is expected beside the clone: " + Path.GetFullPath(folder));
        return folder;
    }
}
