using System;
using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Generator;
using Corpus.Generator.Storage;

namespace Corpus.Build;

/// <summary>
/// The parsed seeds of the last build, one file each under <c>obj/</c> (<see cref="SeedDigestFormat"/>), so that editing one seed of a large corpus
/// re-parses that seed only (the corpus-wide steps still run over every digest). A seed is taken from the cache when
/// its key matches: its path, corpus, size and last write time (as MSBuild's own up-to-date checks), the build
/// options that change a digest, and the identity of the parser's code, so an updated package never reads an old
/// parse. A file that cannot be read back is parsed again, never trusted; files no build used are removed after it.
/// </summary>
internal sealed class SeedDigestCache : ISeedDigestCache, IDisposable
{
    private const string Extension = ".seed";
    private const string Hex = "0123456789abcdef";
    private readonly string _folder;
    private readonly string _salt;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _present;

    // Cached seeds are read into large blocks, one a thread, each seed after the last, and their index shares stay
    // where they were read: thousands of files read into arrays of their own, and the shares copied out of them, were
    // most of what the garbage collector had to do in a cached build (blocks this large it never moves).
    private readonly ThreadLocal<Block> _blocks = new(() => new Block());

    public SeedDigestCache(string folder, bool textIndex)
    {
        _folder = folder;
        // The parser's code: a rebuilt generator (deterministic builds keep it for the same source) gets a new id.
        var code = typeof(SeedDigestCache).Assembly.ManifestModule.ModuleVersionId;
        _salt = string.Join("|", SeedDigestFormat.Version, code.ToString("N"), textIndex ? "index" : "no-index");
        // The folder read once: asking for each of thousands of seeds whether its file exists cost more than reading it.
        _present = new HashSet<string>(Directory.Exists(folder) ? Directory.GetFiles(folder) : Array.Empty<string>(), StringComparer.Ordinal);
    }

    /// <summary>The key of a seed file as it is on disk now, or null when it cannot be stated (the seed is then not cached).</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static string? KeyOf(string path, string corpus)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? string.Join("|", path, corpus, file.Length, file.LastWriteTimeUtc.Ticks) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    [MethodImpl(JitHints.FullyOptimized)]
    public (SeedDigest Digest, ArticleBytes? Article)? TryLoad(string key)
    {
        var path = PathOf(key);
        _used[path] = 0;
        if (!_present.Contains(path))
        {
            return null;
        }

        try
        {
            using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (input.Length > int.MaxValue)
            {
                return null;
            }

            var length = (int)input.Length;
            var block = _blocks.Value!;
            var start = block.Reserve(length);
            var read = 0;
            while (read < length && input.Read(block.Bytes, start + read, length - read) is var n and > 0)
            {
                read += n;
            }

            var seed = read == length ? SeedDigestFormat.Read(block.Bytes, start, length) : null;
            // The article's sections come last and are spilled before this thread reads again: the next seed may take their place.
            block.Used = seed?.Article is { } article ? article.Data.Offset : start + (seed is null ? 0 : length);
            return seed;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps a fresh parse for the next build; a cache that cannot be written only costs that build's speed.</summary>
    public void Save(string key, SeedDigest digest, ArticleBytes? article)
    {
        var path = PathOf(key);
        _used[path] = 0;
        var fresh = path + "." + Guid.NewGuid().ToString("N") + ".new";
        try
        {
            Directory.CreateDirectory(_folder);
            using (var output = new FileStream(fresh, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                SeedDigestFormat.Write(output, digest, article);
            }

            File.Delete(path);
            File.Move(fresh, path);
        }
        catch (IOException)
        {
            TryDelete(fresh);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(fresh);
        }
    }

    /// <summary>Removes the cached seeds this build did not use (seeds edited, renamed or removed).</summary>
    public void RemoveUnused()
    {
        foreach (var stale in _present.Where(file => !_used.ContainsKey(file)))
        {
            TryDelete(stale);
        }
    }

    // A file name from the key: 128 bits of two FNV-1a hashes, ample for a folder of seeds (and a file of another path
    // is refused on reading). A cryptographic hash, created per seed, cost more than the rest of reading one.
    [MethodImpl(JitHints.FullyOptimized)]
    private string PathOf(string key)
    {
        var first = 14695981039346656037UL;
        var second = first ^ 0x9E3779B97F4A7C15UL;
        foreach (var c in _salt + "|" + key)
        {
            first = (first ^ c) * 1099511628211UL;
            second = (second ^ c) * 1099511628211UL;
            second ^= second >> 29;
        }

        var name = new char[32];
        for (var i = 0; i < 16; i++)
        {
            name[i] = Hex[(int)(first >> (60 - (4 * i))) & 15];
            name[16 + i] = Hex[(int)(second >> (60 - (4 * i))) & 15];
        }

        return Path.Combine(_folder, new string(name) + Extension);
    }

    public void Dispose() => _blocks.Dispose();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class Block
    {
        private const int Size = 4 << 20;

        public byte[] Bytes { get; private set; } = new byte[Size];

        public int Used { get; set; }

        /// <summary>Where <paramref name="length"/> bytes fit: after the last seed, or at the start of a new block.</summary>
        public int Reserve(int length)
        {
            if (Bytes.Length - Used < length)
            {
                Bytes = new byte[Math.Max(Size, length)];
                Used = 0;
            }

            return Used;
        }
    }
}
