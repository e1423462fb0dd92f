using System.Linq;
using Xunit;

namespace Corpus.Sample.Tests;

/// <summary>The sample's example queries come from the corpus it was built over, not from the sample's own seeds.</summary>
public class SampleQueriesTests
{
    [Fact]
    public void Over_another_corpus_the_examples_are_its_most_quoted_speaker_and_words_that_are_found()
    {
        var query = Corpus.Sample.SampleQueries.Of(Other.Articles);

        Assert.NotNull(query);
        Assert.Equal("Mara Quell", query!.Speaker);
        Assert.Equal("Quell", query.Term);
        Assert.Equal(2, Other.Articles.QuotationsBy(query.Speaker).Count());
        Assert.True(Other.Index.Term(query.Term).Count() >= 3);
        Assert.True(Other.Index.Phrase(query.Phrase, TextScope.Quotations).Count() > 0, query.Phrase);
    }

    [Fact]
    public void Over_the_sample_seeds_the_examples_are_theirs()
    {
        var query = Corpus.Sample.SampleQueries.Of(Seeds.Articles);

        Assert.Equal("Antony Blinken", query!.Speaker);
        Assert.True(Seeds.Index.Phrase(query.Phrase, TextScope.Quotations).Count() > 0, query.Phrase);
    }
}
