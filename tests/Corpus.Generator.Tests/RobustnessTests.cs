using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The generator never throws: thousands of random and mutated seeds go through the parser, and hundreds through
/// the whole generator; nothing escapes, the generated code compiles, and every diagnostic is from the catalogue.
/// Seeded randomness, so a failure reproduces.
/// </summary>
public class RobustnessTests
{
    private static readonly HashSet<string> Catalogue = Diagnostics.DiagnosticCatalog.All.Select(d => d.Id).ToHashSet();

    private static readonly string[] Fragments =
    {
        "“", "”", "\"", "‘", "’", "'", "«", "»", " said ", " told reporters: ", ", he added, ", "according to ", "\n", "\n\n", "\r\n",
        " date ", "2023-06-19", "19/06/2023", "(AP) — ", "BEIJING ", "See also\u00A0", "(Also read: ", ")", "AFP", " Leah Millis/AP .",
        "Antony Blinken", "he", "She", "The State Department", ".", ",", ":", " — ", "\0", "\uFFFD", "\uD800", "\uDC00", "â€™", "Ã©",
        "\u2028", "\u2029", "\t", "   ", "Qin Gang", "We", " I ", "{", "}", "\\", "😀",
    };

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 4).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_parser_survives_a_thousand_random_and_mutated_seeds(int seed)
    {
        var random = new Random(seed);
        var real = GeneratorHarness.RepoSeeds().Select(s => s.Text).ToArray();
        for (var i = 0; i < 1000; i++)
        {
            var text = (i % 3) switch
            {
                0 => RandomFragments(random, random.Next(0, 400)),
                1 => Mutate(random, real[random.Next(real.Length)]),
                _ => RandomChars(random, random.Next(0, 2000)),
            };

            AssertParses(text);
        }
    }

    [Fact]
    public void The_parser_survives_pathological_shapes()
    {
        AssertParses(new string('“', 100_000));
        AssertParses(string.Concat(Enumerable.Repeat("“a ", 100_000)));
        AssertParses(string.Concat(Enumerable.Repeat("\"", 100_000)));
        AssertParses(string.Concat(Enumerable.Repeat("word ", 200_000))); // a 1 MB single line
        AssertParses(string.Concat(Enumerable.Repeat("\n", 100_000)));
        AssertParses(string.Concat(Enumerable.Repeat("A.\n\n", 50_000)));
        AssertParses(string.Concat(Enumerable.Repeat("“Yes,” he said. ", 50_000)));
        AssertParses(" date ");
        AssertParses(" date");
        AssertParses("date 2023-06-19");
        AssertParses("(");
        AssertParses("A/B");
    }

    [Fact]
    public void The_generator_survives_random_corpora_and_its_output_compiles()
    {
        var random = new Random(42);
        var real = GeneratorHarness.RepoSeeds().Select(s => s.Text).ToArray();
        for (var run = 0; run < 10; run++)
        {
            var seeds = Enumerable.Range(0, 30).Select(i => new TestSeed(
                $"/p/{run}/{i % 7}/{RandomName(random)}.txt",
                (i % 3) switch
                {
                    0 => RandomFragments(random, random.Next(0, 200)),
                    1 => Mutate(random, real[random.Next(real.Length)]),
                    _ => RandomBytesAsLatin1(random, random.Next(0, 500)),
                }))
                .GroupBy(s => s.Path, StringComparer.Ordinal).Select(g => g.First()) // one text per path, as on disk
                .ToList();

            var (result, output, _) = GeneratorHarness.Run(seeds);

            Assert.Null(result.Results.Single().Exception);
            Assert.All(result.Diagnostics, d => Assert.Contains(d.Id, Catalogue));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticCatalog.GeneratorFailure);
            Assert.Empty(GeneratorHarness.CompilerProblems(output));
        }
    }

    private static void AssertParses(string text)
    {
        var parsed = SeedParser.Parse(new SeedFile("/p/x.txt", "x.txt", "Seeds", TextSanitizer.Clean(text), DecodedAsUtf8: true));

        Assert.DoesNotContain(parsed.FileIssues, i => i.Id == DiagnosticCatalog.GeneratorFailure);
        if (parsed.Article is not { } article)
        {
            return;
        }

        var length = article.Text.Length;
        Assert.All(article.Paragraphs, p => AssertInside(p.Range, length));
        Assert.All(article.Quotations, q =>
        {
            AssertInside(q.Text, length);
            AssertInside(q.Cue, length);
            AssertInside(q.SpeakerAsWritten, length);
            Assert.InRange(q.Paragraph, 0, article.Paragraphs.Count - 1);
        });
        Assert.All(article.Issues, i => Assert.Contains(i.Id, Catalogue));
    }

    private static void AssertInside(TextRange range, int length)
    {
        if (!range.IsNone)
        {
            Assert.InRange(range.Start, 0, length);
            Assert.InRange(range.End, range.Start, length);
        }
    }

    private static string RandomFragments(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(random.Next(4) == 0 ? RandomChars(random, random.Next(1, 12)) : Fragments[random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }

    private static string RandomChars(Random random, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = random.Next(10) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x80, 0x3000),
                _ => (char)random.Next(0x20, 0x7F),
            };
        }

        return new string(chars);
    }

    // What a file of random bytes looks like after the compiler's legacy-code-page fallback.
    private static string RandomBytesAsLatin1(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 40);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 200), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    builder[at] = Fragments[random.Next(Fragments.Length)][0];
                    break;
                default:
                    builder.Length = at; // truncated file
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RandomName(Random random)
    {
        const string alphabet = "abcXYZ019_- .éж漢";
        var length = random.Next(1, 12);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars).Trim() is { Length: > 0 } name ? name : "x";
    }
}
