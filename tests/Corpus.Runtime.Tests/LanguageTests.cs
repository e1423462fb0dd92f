using System.Linq;
using Xunit;

namespace Corpus.Runtime.Tests;

/// <summary>Article.Language in a mixed corpus: detected from the words, or the seed's Language item metadata.</summary>
public class LanguageTests
{
    [Fact]
    public void Each_article_has_its_language()
    {
        Assert.Equal("de", Languages.Find("brucke")!.Language);
        Assert.Equal("es", Languages.Find("puente")!.Language);
        Assert.Equal("fr", Languages.Find("pont")!.Language);
    }

    [Fact]
    public void Item_metadata_overrides_the_detected_language() => Assert.Equal("it", Languages.Find("notice")!.Language);

    [Fact]
    public void The_English_seeds_are_English() => Assert.All(Seeds.Articles, article => Assert.Equal("en", article.Language));

    [Fact]
    public void Quotations_and_speakers_in_each_language()
    {
        foreach (var id in new[] { "brucke", "puente", "pont" })
        {
            var quotation = Assert.Single(Languages.Find(id)!.Quotations);
            Assert.NotNull(quotation.Speaker);
            Assert.EndsWith(id switch { "brucke" => "Anna Keller", "puente" => "Ana Castillo", _ => "Claire Dubois" }, quotation.Speaker);
        }
    }

    [Fact]
    public void The_language_is_read_without_allocating_again() => Assert.Same(Languages.Find("pont")!.Language, Languages.Find("pont")!.Language);
}
