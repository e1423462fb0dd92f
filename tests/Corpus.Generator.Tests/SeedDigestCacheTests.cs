using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Storage;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The per-seed parse cache of the build task: a build that takes seeds from the cache writes the very bytes of a build
/// that parses them all, an edited seed is the only one parsed again, and a cached file that cannot be read back is
/// parsed again rather than trusted. The cache here keeps <see cref="SeedDigestFormat"/>'s bytes in memory.
/// </summary>
public sealed class SeedDigestCacheTests
{
    private static readonly IReadOnlyList<SeedFile> DevSeeds = Directory
        .GetFiles(Path.Combine(DiagnosticTests.RepoRoot(), "tests", "data", "dev", "seeds"), "*.txt")
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => new SeedFile("/p/seeds/" + Path.GetFileName(p), Path.GetFileName(p), "Dev", File.ReadAllText(p), DecodedAsUtf8: true))
        .Append(new SeedFile("/p/seeds/blank.txt", "blank.txt", "Dev", "  \n", DecodedAsUtf8: true))
        .ToList();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Seeds_from_the_cache_give_the_bytes_of_a_build_that_parses_them_all(bool textIndex)
    {
        var fresh = Build(DevSeeds, textIndex, cache: null, out _);
        var cache = new MemoryCache();

        var first = Build(DevSeeds, textIndex, cache, out var firstReads);
        var second = Build(DevSeeds, textIndex, cache, out var secondReads);

        Assert.Equal(DevSeeds.Count, firstReads);
        Assert.Equal(1, secondReads); // only the blank seed, which is not kept
        Assert.Equal(DevSeeds.Count - 1, cache.Count);
        AssertSame(fresh, first);
        AssertSame(fresh, second);
    }

    [Fact]
    public void An_edited_seed_is_the_only_one_parsed_again()
    {
        var cache = new MemoryCache();
        Build(DevSeeds, textIndex: true, cache, out _);

        var edited = DevSeeds.Select((seed, i) => i == 3 ? seed with { Text = seed.Text + "\n\n“We will see,” the minister said on Friday." } : seed).ToList();
        var fromCache = Build(edited, textIndex: true, cache, out var reads);

        Assert.Equal(2, reads); // the edited seed and the blank one
        AssertSame(Build(edited, textIndex: true, cache: null, out _), fromCache);
    }

    [Fact]
    public void A_cached_seed_that_cannot_be_read_back_is_parsed_again()
    {
        var cache = new MemoryCache();
        var fresh = Build(DevSeeds, textIndex: true, cache, out _);
        cache.Damage();

        var rebuilt = Build(DevSeeds, textIndex: true, cache, out var reads);

        Assert.Equal(DevSeeds.Count, reads);
        AssertSame(fresh, rebuilt);
    }

    [Fact]
    public void A_digest_reads_back_equal_and_another_version_is_refused()
    {
        var cache = new MemoryCache();
        Build(DevSeeds, textIndex: true, cache, out _);
        var bytes = cache.Any();

        var read = SeedDigestFormat.Read(bytes);
        Assert.NotNull(read);
        using var again = new MemoryStream();
        SeedDigestFormat.Write(again, read!.Value.Digest, read.Value.Article);
        Assert.Equal(bytes, again.ToArray());

        bytes[0] = (byte)(bytes[0] + 2); // the zig-zag varint of the version, plus one
        Assert.Null(SeedDigestFormat.Read(bytes));
    }

    private static (IReadOnlyList<byte[]> Resources, string Summary) Build(IReadOnlyList<SeedFile> seeds, bool textIndex, ISeedDigestCache? cache, out int reads)
    {
        var count = 0;
        var sources = seeds.Select(seed => new SeedSource(seed.Path, () => { System.Threading.Interlocked.Increment(ref count); return seed; }, seed.Path + "|" + (seed.Text ?? string.Empty).GetHashCode(StringComparison.Ordinal)));
        using var spill = new MemoryStream();
        var plan = CorpusBuild.Plan(sources, "Ns", textIndex, projectDirectory: null, new ArticleSpill(spill), cache);
        var resources = plan.Resources.Select(resource =>
        {
            using var output = new MemoryStream();
            resource.WriteTo(output);
            return output.ToArray();
        }).ToList();
        reads = count;
        return (resources, plan.Summary.Write());
    }

    private static void AssertSame((IReadOnlyList<byte[]> Resources, string Summary) expected, (IReadOnlyList<byte[]> Resources, string Summary) actual)
    {
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.Resources.Count, actual.Resources.Count);
        for (var i = 0; i < expected.Resources.Count; i++)
        {
            Assert.True(expected.Resources[i].AsSpan().SequenceEqual(actual.Resources[i]), "resource " + i + " differs");
        }
    }

    private sealed class MemoryCache : ISeedDigestCache
    {
        private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

        public int Count => _files.Count;

        public (SeedDigest Digest, ArticleBytes? Article)? TryLoad(string key) =>
            _files.TryGetValue(key, out var bytes) ? SeedDigestFormat.Read(bytes) : null;

        public void Save(string key, SeedDigest digest, ArticleBytes? article)
        {
            using var output = new MemoryStream();
            SeedDigestFormat.Write(output, digest, article);
            _files[key] = output.ToArray();
        }

        public byte[] Any() => _files.OrderBy(pair => pair.Key, StringComparer.Ordinal).First().Value.ToArray();

        /// <summary>Every file cut in half, as a build stopped mid-write would leave it.</summary>
        public void Damage()
        {
            foreach (var key in _files.Keys.ToList())
            {
                _files[key] = _files[key].Take(_files[key].Length / 2).ToArray();
            }
        }
    }
}
