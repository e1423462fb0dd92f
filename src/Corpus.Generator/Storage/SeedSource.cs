using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Storage;

/// <summary>
/// A seed the build reads when it gets to it, not before: the task hands over paths, so a corpus of gigabytes is
/// never held as text all at once (<see cref="Pipeline.CorpusBuild"/> reads, parses and drops each seed in turn).
/// </summary>
internal sealed class SeedSource
{
    private readonly Func<SeedFile> _read;

    public SeedSource(string path, Func<SeedFile> read, string? cacheKey = null)
    {
        Path = path;
        _read = read;
        CacheKey = cacheKey;
    }

    /// <summary>The seed's path, as <see cref="SeedFile.Path"/> will be.</summary>
    public string Path { get; }

    /// <summary>What identifies this seed's content for an <see cref="ISeedDigestCache"/> (path, corpus, size, time), or null: not cached.</summary>
    public string? CacheKey { get; }

    public SeedFile Read() => _read();

    public static SeedSource Of(SeedFile seed) => new(seed.Path, () => seed);
}
