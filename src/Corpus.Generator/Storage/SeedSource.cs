using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Storage;

/// <summary>
/// A seed the build reads when it gets to it, not before: the task hands over paths, so a corpus of gigabytes is
/// never held as text all at once (<see cref="CorpusBuild"/> reads, parses and drops each seed in turn).
/// </summary>
internal sealed class SeedSource
{
    private readonly Func<SeedFile> _read;

    public SeedSource(string path, Func<SeedFile> read)
    {
        Path = path;
        _read = read;
    }

    /// <summary>The seed's path, as <see cref="SeedFile.Path"/> will be.</summary>
    public string Path { get; }

    public SeedFile Read() => _read();

    public static SeedSource Of(SeedFile seed) => new(seed.Path, () => seed);
}
