using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Xunit;

namespace Corpus.Sample.Tests;

/// <summary>
/// docs/generated-api.md's BenchmarkDotNet example: <c>[ParamsSource]</c> over a corpus's articles gives one benchmark
/// case per article, each shown by its id. The cases are built, not run (running belongs to a benchmark project).
/// </summary>
public class BenchmarkParamsTests
{
    [Fact]
    public void ParamsSource_over_the_articles_gives_one_case_per_article_named_by_its_id()
    {
        var run = BenchmarkConverter.TypeToBenchmarks(typeof(ParagraphBenchmarks));

        Assert.Equal(Seeds.Count, run.BenchmarksCases.Length);
        var articles = run.BenchmarksCases.Select(c => (Article)c.Parameters["Article"]).ToList();
        Assert.Equal(Seeds.Articles.Select(a => a.Id), articles.Select(a => a.Id));
        Assert.All(run.BenchmarksCases, c => Assert.Equal(((Article)c.Parameters["Article"]).Id, c.Parameters.Items.Single().ToDisplayText()));
        Assert.All(run.BenchmarksCases, c => Assert.Contains("Article=" + ((Article)c.Parameters["Article"]).Id, c.Parameters.DisplayInfo, System.StringComparison.Ordinal));
    }

    // As docs/generated-api.md shows it, over the sample's corpus (Seeds) instead of News.
    public class ParagraphBenchmarks
    {
        public static IEnumerable<Article> Articles => Seeds.Articles;

        [ParamsSource(nameof(Articles))]
        public Article Article { get; set; } = null!;

        [Benchmark]
        public int BodyParagraphs()
        {
            var count = 0;
            foreach (var paragraph in Article.Paragraphs)
            {
                count += paragraph.Kind == ParagraphKind.Body ? 1 : 0;
            }

            return count;
        }
    }
}
