using System;
using System.Text;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Quotations;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The quotation stage is linear on any input (issue 17): its work, counted in steps (<see cref="QuotationWork"/>:
/// cue look-ups in attribution windows, name candidates, pronoun steps) and never timed, grows with the input and
/// not with the square of it. Each shape is parsed at one size and at eight times that size; eight times the work,
/// with room for rounding, is linear, while a rescan per quotation would be sixty-four times.
/// </summary>
public sealed class QuotationLinearityTests
{
    private const int Small = 400;
    private const double Growth = 8;

    /// <summary>Eight times the input may cost at most this much more than eight times the work.</summary>
    private const double Slack = 1.25;

    /// <summary>Steps per character of input: a bound far above what news needs (about one) and far below a rescan.</summary>
    private const double StepsPerCharacter = 6;

    public static TheoryData<string> Shapes() => new()
    {
        "own-speaker-after", "own-speaker-before", "organisations", "pronouns", "one-surname", "stripped", "no-stops", "paragraphs", "roles",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Work_grows_linearly_with_the_input(string shape)
    {
        var (small, smallChars) = Work(shape, Small);
        var (large, largeChars) = Work(shape, (int)(Small * Growth));

        var ratio = (double)large / small;
        var size = (double)largeChars / smallChars;
        Assert.True(ratio <= size * Slack, $"{shape}: {size:F1}x the input cost {ratio:F1}x the work ({small} → {large} steps)");
        Assert.True(large <= largeChars * StepsPerCharacter, $"{shape}: {large} steps for {largeChars} characters");
    }

    [Fact]
    public void The_counter_sees_a_quadratic_shape()
    {
        // The counter itself must be able to fail the test above: work that grows with the square of the input
        // (here: looking every name up in a list of all earlier names, as a naive resolver would) shows as 64x.
        long Quadratic(int n)
        {
            var before = QuotationWork.Steps;
            for (var i = 0; i < n; i++)
            {
                for (var k = 0; k < i; k++)
                {
                    QuotationWork.Step();
                }
            }

            return QuotationWork.Steps - before;
        }

        Assert.True((double)Quadratic(800) / Quadratic(100) > Growth * Slack * 4);
    }

    private static (long Steps, int Characters) Work(string shape, int count)
    {
        var text = Build(shape, count);
        var before = QuotationWork.Steps;
        var article = ArticleParser.Parse("t", "t.txt", text);
        Assert.NotEmpty(article.Quotations);
        return (QuotationWork.Steps - before, text.Length);
    }

    /// <summary>A name of letters only, different for every index: "Varek", "Tovask", ...</summary>
    private static string Name(int i)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var builder = new StringBuilder();
        builder.Append(char.ToUpperInvariant(consonants[i % consonants.Length]));
        i /= consonants.Length;
        do
        {
            builder.Append(vowels[i % vowels.Length]).Append(consonants[(i / vowels.Length) % consonants.Length]);
            i /= vowels.Length * consonants.Length;
        }
        while (i > 0);

        return builder.ToString();
    }

    private static string Build(string shape, int count)
    {
        var text = new StringBuilder("A headline for the test\n\n");
        for (var i = 0; i < count; i++)
        {
            var name = Name(i);
            switch (shape)
            {
                case "own-speaker-after":
                    text.Append("“We will keep going with the plan,” said Anna ").Append(name).Append(". ");
                    break;
                case "own-speaker-before":
                    text.Append("“We will keep going with the plan,” ").Append(name).Append(" said. ");
                    break;
                case "organisations":
                    text.Append("“The plan stands,” said the ").Append(name).Append(" Ministry. ");
                    break;
                case "pronouns":
                    text.Append("Maria ").Append(name).Append(" spoke first. “We will keep going,” she said. ");
                    break;
                case "one-surname":
                    text.Append(i == 0 ? "John Smith arrived. " : string.Empty).Append("“We will keep going,” Smith said. ");
                    break;
                case "stripped":
                    text.Append("We will keep going with the plan, ").Append(name).Append(" said. ");
                    break;
                case "no-stops":
                    text.Append("“we keep going” ").Append(name).Append(" says and ");
                    break;
                case "paragraphs":
                    text.Append("“We will keep going,” ").Append(name).Append(" said.\n\n");
                    break;
                case "roles":
                    text.Append("Coach Tom ").Append(name).Append(" arrived. “We will keep going,” the coach said. ");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(shape));
            }
        }

        return text.ToString();
    }
}
