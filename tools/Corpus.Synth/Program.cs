using System;
using System.Diagnostics;
using System.Globalization;
using Corpus.Synth;

// dotnet run --project tools/Corpus.Synth -- (--articles N | --megabytes M) [--seed S] --out DIR
string? output = null;
int? articles = null;
double? megabytes = null;
ulong seed = 1;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--articles" when value is not null: articles = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--megabytes" when value is not null: megabytes = double.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--seed" when value is not null: seed = ulong.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--out" when value is not null: output = value; i++; break;
        default: return Usage($"unknown or incomplete argument '{args[i]}'");
    }
}

if (output is null || (articles is null) == (megabytes is null))
{
    return Usage("give --out and exactly one of --articles or --megabytes");
}

var clock = Stopwatch.StartNew();
var corpus = articles is { } count
    ? SynthCorpus.Articles(seed, count)
    : SynthCorpus.ArticlesOfSize(seed, (long)(megabytes!.Value * SynthCorpus.Megabyte));
var (files, bytes) = SynthCorpus.Write(corpus, output);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files} articles, {bytes} bytes ({bytes / 1e6:F1} MB) in {output} ({clock.Elapsed.TotalSeconds:F1} s, seed {seed})"));
return 0;

static int Usage(string problem)
{
    Console.Error.WriteLine("error: " + problem);
    Console.Error.WriteLine("usage: Corpus.Synth (--articles N | --megabytes M) [--seed S] --out DIR");
    return 2;
}
