using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Generator;
using Corpus.Generator.Analysis;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// Parse, story facts and whole-generator time per MB (least of three runs), for one seed of each shape at 0.25 to 4 MB.
// Usage: dotnet run -c Release -- [max-megabytes=4] [shape...]
var maxMb = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 4;
var only = args.Skip(1).ToHashSet(StringComparer.Ordinal);
var sizes = (Environment.GetEnvironmentVariable("CORPUS_SHAPES_SIZES") ?? "0.25,0.5,1,2,4").Split(",").Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray().Where(s => s <= maxMb).ToArray();
// Warm up (JIT) on a small input of every shape, so the first row measures the work, not the compiler.
foreach (var (name, make) in Shapes.All)
{
    var warm = make(16 * 1024);
    SeedParser.Parse(new SeedFile("/p/w.txt", "w.txt", "Shapes", warm, DecodedAsUtf8: true));
    Generator.Run("/p/w.txt", warm);
}

Console.WriteLine("| shape | MB | parse ms/MB | story facts ms/MB | generator ms/MB | generator per MB vs 0.25 MB | diagnostics |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var (name, make) in Shapes.All.Where(s => only.Count == 0 || only.Contains(s.Name)))
{
    double? first = null;
    foreach (var mb in sizes)
    {
        var text = make((int)(mb * 1024 * 1024));
        var seed = new SeedFile("/p/seeds/" + name + ".txt", name + ".txt", "Shapes", text, DecodedAsUtf8: true);
        // The least of three runs: the machine is shared, and noise only ever adds time.
        double parse = double.MaxValue, facts = double.MaxValue, generator = double.MaxValue;
        var diagnostics = 0;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var parsed = SeedParser.Parse(seed);
            parse = Math.Min(parse, clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            if (parsed.Article is not null)
            {
                StoryFacts.Of(parsed);
            }

            facts = Math.Min(facts, clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            diagnostics = Generator.Run(seed.Path, text);
            generator = Math.Min(generator, clock.Elapsed.TotalMilliseconds);
        }

        var size = text.Length / (1024.0 * 1024.0);
        first ??= generator / size;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {mb} | {parse / size:F0} | {facts / size:F0} | {generator / size:F0} | {generator / size / first.Value:F2}x | {diagnostics} |"));
    }
}

/// <summary>The shapes: text a user might drop in by mistake, or a scrape gone wrong.</summary>
internal static class Shapes
{
    public static readonly (string Name, Func<int, string> Make)[] All =
    {
        ("prose", Prose),
        ("many-people", ManyPeople),
        ("quotation-marks", length => Repeat("“", length)),
        ("straight-quotes", length => Repeat("\"a ", length)),
        ("one-line", length => Repeat("word ", length)),
        ("blank-lines", length => Repeat("A.\n\n", length)),
        ("one-paragraph-of-quotations", length => Repeat("“Yes,” she said. ", length)),
    };

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static readonly string[] Syllables = { "ka", "ro", "mi", "tan", "vel", "su", "dor", "ne", "li", "bar", "tho", "gen", "wa", "ris" };

    private static string Word(Random random, int parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            builder.Append(Syllables[random.Next(Syllables.Length)]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    // One article that names a different person in every paragraph, each titled and quoted once: every surname is
    // new (numbered in syllables), as in a long list of people; a small pool of surnames would make each one
    // mentioned in a growing share of the paragraphs, an output that is itself quadratic.
    private static string ManyPeople(int length)
    {
        var random = new Random(7);
        var builder = new StringBuilder(length + 256).Append("PORTVILLE (AP) — The council met on Monday.\n\n");
        for (var n = 0; builder.Length < length; n++)
        {
            var first = Word(random, 2);
            var last = Numbered(n);
            builder.Append("Councillor ").Append(first).Append(' ').Append(last).Append(" asked about the budget for roads. ")
                .Append('“').Append("We will vote next week on the plan,").Append('”').Append(' ').Append(last).Append(" said.\n\n");
        }

        return builder.ToString();
    }

    private static string Numbered(int n)
    {
        var builder = new StringBuilder();
        do
        {
            builder.Append(Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }
        while (n > 0);

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    private static string Prose(int length)
    {
        var random = new Random(3);
        var builder = new StringBuilder(length + 256).Append("PORTVILLE (AP) — The council met on Monday.\n\n");
        while (builder.Length < length)
        {
            builder.Append("The river rose overnight and the bridge was closed to traffic until noon. ")
                .Append("Engineers from ").Append(Word(random, 2)).Append(" inspected the supports.\n\n");
        }

        return builder.ToString();
    }
}

/// <summary>The whole generator over one seed, as the compiler runs it (no step tracking).</summary>
internal static class Generator
{
    /// <summary>Set CORPUS_SHAPES_STEPS=1 to print each pipeline step's time (tracked run: slower, for finding a slow step).</summary>
    private static readonly bool Steps = Environment.GetEnvironmentVariable("CORPUS_SHAPES_STEPS") == "1";

    public static int Run(string path, string text)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            ImmutableArray.Create<AdditionalText>(new Text(path, text)),
            new CSharpParseOptions(LanguageVersion.CSharp12),
            TestOptions.WithCorpus(_ => "Shapes", new Dictionary<string, string> { ["build_property.RootNamespace"] = "Shapes" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: Steps));
        var compilation = CSharpCompilation.Create("Shapes", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = driver.RunGenerators(compilation).GetRunResult();
        if (Steps)
        {
            foreach (var step in result.Results[0].TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Key}: {step.Value.Sum(r => r.ElapsedTime.TotalMilliseconds):F0} ms"));
            }

            foreach (var output in result.Results[0].TrackedOutputSteps.SelectMany(s => s.Value))
            {
                var source = output.Inputs.Select(i => i.Source.Name ?? i.Source.Inputs.FirstOrDefault().Source?.Name ?? "?");
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  output of {string.Join("+", source)}: {output.ElapsedTime.TotalMilliseconds:F0} ms"));
            }
        }

        return result.Diagnostics.Length;
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
