using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Corpus.Runtime.Tests;

/// <summary>
/// The generated xUnit v2 fixtures of this project's corpora: rows survive xUnit's serialisation round trip (which a
/// test explorer relies on to run one case), and are named for people.
/// </summary>
public class FixtureRowTests
{
    [Fact]
    public void Article_rows_round_trip_through_serialisation_to_the_same_article()
    {
        foreach (var row in ((IEnumerable<object[]>)Seeds.ArticleData).Select(r => (Seeds.ArticleRow)r[0]))
        {
            var copy = RoundTrip(row, new Seeds.ArticleRow());

            Assert.Same(row.Article, copy.Article);
            Assert.Equal(row.Article.Id, copy.ToString());
        }
    }

    [Fact]
    public void Quotation_rows_round_trip_through_serialisation_to_the_same_quotation()
    {
        var rows = ((IEnumerable<object[]>)Seeds.QuotationData).Select(r => (Seeds.QuotationRow)r[0]).ToList();
        Assert.Equal(Seeds.Articles.Sum(a => a.Quotations.Count), rows.Count);

        foreach (var row in rows)
        {
            var copy = RoundTrip(row, new Seeds.QuotationRow());

            Assert.Same(row.Article, copy.Article);
            Assert.Equal(row.Quotation.Index, copy.Quotation.Index);
            Assert.Equal(row.ToString(), copy.ToString());
        }
    }

    [Fact]
    public void Framework_neutral_cases_hold_the_articles_and_quotations_themselves()
    {
        Assert.Equal(Seeds.Articles, Seeds.ArticleCases.Select(c => (Article)Assert.Single(c)));
        Assert.Equal(Extra.Articles.Sum(a => a.Quotations.Count), Extra.QuotationCases.Count());
        Assert.All(Extra.QuotationCases, c => Assert.IsType<Quotation>(Assert.Single(c)));
    }

    [Fact]
    public void Quotation_names_show_the_speaker_or_unknown_and_the_start_of_the_words_on_one_line()
    {
        foreach (var quotation in Seeds.Articles.SelectMany(a => a.Quotations))
        {
            var name = TestCaseNames.Of(quotation);

            Assert.StartsWith((quotation.Speaker ?? "(unknown)") + ": \u201C", name, StringComparison.Ordinal);
            Assert.EndsWith("\u201D", name, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', name);
            Assert.True(name.Length <= (quotation.Speaker ?? "(unknown)").Length + 3 + TestCaseNames.QuotationTextLength + 2, name);
            Assert.Equal(quotation.Text.Length > TestCaseNames.QuotationTextLength, name.EndsWith("\u2026\u201D", StringComparison.Ordinal));
        }
    }

    private static T RoundTrip<T>(T row, T empty)
        where T : IXunitSerializable
    {
        var info = new SerializationInfo();
        row.Serialize(info);
        empty.Deserialize(info);
        return empty;
    }

    // What xUnit does between discovery and execution, minus the string encoding.
    private sealed class SerializationInfo : IXunitSerializationInfo
    {
        private readonly Dictionary<string, object?> _values = new();

        public void AddValue(string key, object? value, Type? type = null) => _values[key] = value;

        public object? GetValue(string key, Type type) => _values[key];

        public T GetValue<T>(string key) => (T)_values[key]!;
    }
}
