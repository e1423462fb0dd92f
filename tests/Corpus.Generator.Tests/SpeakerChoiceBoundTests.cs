using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Quotations;
using Corpus.Generator.Parsing.Quotations.Sources;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The speaker choice skips candidates whose fields and <see cref="TextFeatureBound"/> cannot reach the best score so
/// far. The bound must hold whatever the weights: a feature added to <c>SourceFeatures</c> and left out of the bound
/// would change choices. Each article is parsed twice, skipping and scoring every candidate (with an observer), under
/// the learned weights, weights of one each and random weights; the speakers must be the same.
/// </summary>
public sealed class SpeakerChoiceBoundTests
{
    public static TheoryData<string> Weights => new() { "learned", "ones", "random 1", "random 2", "random 3" };

    [Theory]
    [MemberData(nameof(Weights))]
    public void Skipping_candidates_never_changes_a_choice(string weights)
    {
        var values = WeightsNamed(weights);
        var skipping = QuotationModels.Learned with { Speakers = new SpeakerChooser(values) };
        var scoringAll = QuotationModels.Learned with { Speakers = new SpeakerChooser(values, _ => { }) };
        var root = DiagnosticTests.RepoRoot();
        var files = Directory.GetFiles(Path.Combine(root, "tests", "data", "dev", "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(root, "samples", "Corpus.Sample", "seeds"), "*.txt"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Equal(Speakers(text, scoringAll), Speakers(text, skipping));
        }
    }

    private static List<string> Speakers(string text, QuotationModels models) =>
        ArticleParser.Parse("t", "t.txt", text, models).Quotations.Select(q => $"{q.Text.Start}:{q.Speaker}:{q.SpeakerAsWritten.Start}").ToList();

    private static IEnumerable<(SourceFeature Feature, double Weight)> WeightsNamed(string name)
    {
        if (name == "learned")
        {
            return SpeakerWeights.Values;
        }

        var random = name.StartsWith("random", StringComparison.Ordinal) ? new Random(int.Parse(name.AsSpan(7), System.Globalization.CultureInfo.InvariantCulture)) : null;
        return Enum.GetValues<SourceFeature>()
            .Select(f => (f, random is null ? 1.0 : Math.Round((random.NextDouble() * 6) - 3, 4)))
            .ToList();
    }
}
