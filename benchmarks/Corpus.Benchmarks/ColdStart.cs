using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Corpus.Benchmarks;

/// <summary>
/// The first access to one article in a fresh process (run several times by scripts/benchmarks.sh): the time of
/// that access alone, and the time since the process started, printed as "first_us process_ms".
/// </summary>
public static class ColdStart
{
    public static int Run(string kind)
    {
        var name = Name(); // outside the clock: the same article for every kind
        var clock = Stopwatch.StartNew();
        var length = kind switch
        {
            "corpus" => Bench.Find(Path.GetFileNameWithoutExtension(name))!.Text.Length,
            "resource" => Resource(name),
            "file" => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name)).Length,
            _ => -1,
        };
        var first = clock.Elapsed.TotalMicroseconds;
        var sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first:F0} {sinceStart:F0} {length}"));
        return length < 0 ? 2 : 0;
    }

    // The middle seed by name, found without touching the corpus class.
    private static string Name()
    {
        var names = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt");
        Array.Sort(names, StringComparer.Ordinal);
        return Path.GetFileName(names[names.Length / 2]);
    }

    private static int Resource(string name)
    {
        using var reader = new StreamReader(typeof(ColdStart).Assembly.GetManifestResourceStream("seeds/" + name)!);
        return reader.ReadToEnd().Length;
    }
}
