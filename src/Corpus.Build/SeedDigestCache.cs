using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Corpus.Generator.Storage;

namespace Corpus.Build;

/// <summary>
/// The parsed seeds of the last build, one file each under <c>obj/</c> (<see cref="SeedDigestFormat"/>), so that editing one seed of a large corpus
/// re-parses that seed only (the corpus-wide steps still run over every digest). A seed is taken from the cache when
/// its key matches: its path, corpus, size and last write time (as MSBuild's own up-to-date checks), the build
/// options that change a digest, and the identity of the parser's code, so an updated package never reads an old
/// parse. A file that cannot be read back is parsed again, never trusted; files no build used are removed after it.
/// </summary>
internal sealed class SeedDigestCache : ISeedDigestCache
{
    private const string Extension = ".seed";
    private readonly string _folder;
    private readonly string _salt;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static byte[]? _buffer;

    public SeedDigestCache(string folder, bool textIndex)
    {
        _folder = folder;
        // The parser's code: a rebuilt generator (deterministic builds keep it for the same source) gets a new id.
        var code = typeof(SeedDigestCache).Assembly.ManifestModule.ModuleVersionId;
        _salt = string.Join("|", SeedDigestFormat.Version, code.ToString("N"), textIndex ? "index" : "no-index");
    }

    /// <summary>The key of a seed file as it is on disk now, or null when it cannot be stated (the seed is then not cached).</summary>
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

    public (SeedDigest Digest, ArticleBytes? Article)? TryLoad(string key)
    {
        var path = PathOf(key);
        _used[path] = 0;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            // One buffer a thread, reused from seed to seed: thousands of files read into fresh arrays were most of
            // what the garbage collector had to do in a cached build.
            using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var length = input.Length;
            if (length > int.MaxValue)
            {
                return null;
            }

            if (_buffer is null || _buffer.Length < length)
            {
                _buffer = new byte[Math.Max(length, 1 << 16)];
            }

            var read = 0;
            while (read < length && input.Read(_buffer, read, (int)length - read) is var n and > 0)
            {
                read += n;
            }

            return read == length ? SeedDigestFormat.Read(_buffer, read) : null;
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
        if (!Directory.Exists(_folder))
        {
            return;
        }

        foreach (var stale in Directory.GetFiles(_folder).Where(file => !_used.ContainsKey(file)))
        {
            TryDelete(stale);
        }
    }

    private string PathOf(string key)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(_salt + "|" + key));
        var name = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            name.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return Path.Combine(_folder, name + Extension);
    }

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
}
