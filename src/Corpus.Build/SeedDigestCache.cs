using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Corpus.Generator;
using Corpus.Generator.Storage;

namespace Corpus.Build;

/// <summary>
/// The parsed seeds of the last builds, so that editing one seed of a large corpus re-parses that seed only (the
/// corpus-wide steps still run over every digest). One file under <c>obj/</c>, <c>corpus/seeds/digests.pack</c>: a
/// header (a magic number and the hash of the salt below), then entries, each the 128-bit hash of its key, a length
/// and a cached seed's bytes (<see cref="SeedDigestFormat"/>). A seed is taken from the cache when its key matches: its
/// path, corpus, size and last write time (as MSBuild's own up-to-date checks), the build options that change a
/// digest, and the identity of the parser's code, so an updated package never reads an old parse.
/// </summary>
/// <remarks>
/// One file, not a file a seed: opening, locking and closing twenty thousand small files cost more than reading all
/// their bytes. The file is read whole, in order, when the cache is made (into large blocks the garbage collector
/// never moves, which the digests' index shares then point into); a fresh parse is appended; entries no build used
/// stay until they outweigh the rest, and then the file is written again with the used ones only. An entry that does
/// not read back whole ends the file there: what follows is parsed again, never trusted.
/// </remarks>
internal sealed class SeedDigestCache : ISeedDigestCache, IDisposable
{
    private const int Magic = 0x4B504443; // "CDPK"

    // The file's header: the magic number, then the salt's 128-bit key.
    private const int MagicOffset = 0;
    private const int SaltOffset = 4;
    private const int HeaderLength = SaltOffset + 16;

    // An entry's header: its key, then the length of the bytes that follow.
    private const int KeyOffset = 0;
    private const int LengthOffset = 16;
    private const int EntryHeaderLength = LengthOffset + 4;
    private const int BlockSize = 4 << 20;

    private readonly string _path;
    private readonly Key _salt;
    private readonly Dictionary<Key, Stored> _stored = new();
    private readonly ConcurrentDictionary<Key, int> _used = new();
    private readonly object _appendLock = new();
    private long _validLength; // where the last whole entry ends (0: no usable file)
    private long _deadBytes; // entries superseded by a later one of the same key
    private FileStream? _append;

    public SeedDigestCache(string folder, bool textIndex)
    {
        _path = Path.Combine(folder, "digests.pack");
        // The parser's code: a rebuilt generator (deterministic builds keep it for the same source) gets a new id.
        var code = typeof(SeedDigestCache).Assembly.ManifestModule.ModuleVersionId;
        _salt = Key.Of(string.Join("|", SeedDigestFormat.Version, code.ToString("N"), textIndex ? "index" : "no-index"));
        Directory.CreateDirectory(folder);
        Load();
    }

    /// <summary>The key of a seed file as it is on disk now, or null when it cannot be stated (the seed is then not cached).</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static string? KeyOf(string path, string corpus, string? language = null)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? string.Join("|", path, corpus, language ?? string.Empty, file.Length, file.LastWriteTimeUtc.Ticks) : null;
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
        var k = Key.Of(key);
        if (!_stored.TryGetValue(k, out var stored))
        {
            return null;
        }

        _used[k] = stored.Length;
        return SeedDigestFormat.Read(stored.Block, stored.Offset, stored.Length);
    }

    /// <summary>Keeps a fresh parse for the next build; a cache that cannot be written only costs that build's speed.</summary>
    public void Save(string key, SeedDigest digest, ArticleBytes? article)
    {
        var k = Key.Of(key);
        using var bytes = new MemoryStream();
        SeedDigestFormat.Write(bytes, digest, article);
        var header = new byte[EntryHeaderLength];
        k.WriteTo(header, KeyOffset);
        CorpusFormat.WriteInt32(header, LengthOffset, (int)bytes.Length);
        lock (_appendLock)
        {
            try
            {
                var output = Appending();
                output.Write(header, 0, header.Length);
                bytes.WriteTo(output);
                _used[k] = (int)bytes.Length;
            }
            catch (IOException)
            {
                StopAppending();
            }
            catch (UnauthorizedAccessException)
            {
                StopAppending();
            }
        }
    }

    /// <summary>
    /// Ends the build's use of the cache: the appended entries are flushed, and when the entries no build used (seeds
    /// edited, renamed or removed) outweigh the used ones, the file is written again with the used ones only.
    /// </summary>
    public void Finish()
    {
        lock (_appendLock)
        {
            StopAppending();
        }

        long used = 0;
        foreach (var length in _used.Values)
        {
            used += length;
        }

        // Unused: the entries superseded by a later one of their key, and the stored ones this build did not ask for.
        var unused = _deadBytes;
        foreach (var pair in _stored)
        {
            unused += _used.ContainsKey(pair.Key) ? 0 : pair.Value.Length;
        }

        if (unused > used)
        {
            Compact();
        }

        // The cache of earlier versions: a file a seed.
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(_path)!, "*.seed"))
        {
            TryDelete(old);
        }
    }

    public void Dispose()
    {
        lock (_appendLock)
        {
            StopAppending();
        }
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private void Load()
    {
        try
        {
            if (!File.Exists(_path))
            {
                return;
            }

            using var input = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var header = new byte[Math.Max(HeaderLength, EntryHeaderLength)];
            if (!ReadFully(input, header, 0, HeaderLength) || CorpusFormat.ReadInt32(header, MagicOffset) != Magic || !Key.Read(header, SaltOffset).Equals(_salt))
            {
                return; // another version's cache: parsed again and written anew
            }

            _validLength = HeaderLength;
            var block = new byte[BlockSize];
            var used = 0;
            var remaining = input.Length - HeaderLength;
            while (remaining >= EntryHeaderLength && ReadFully(input, header, 0, EntryHeaderLength))
            {
                var key = Key.Read(header, KeyOffset);
                var length = CorpusFormat.ReadInt32(header, LengthOffset);
                remaining -= EntryHeaderLength;
                if (length < 0 || length > remaining)
                {
                    break;
                }

                if (block.Length - used < length)
                {
                    block = new byte[Math.Max(BlockSize, length)];
                    used = 0;
                }

                if (!ReadFully(input, block, used, length))
                {
                    break;
                }

                if (_stored.TryGetValue(key, out var earlier))
                {
                    _deadBytes += earlier.Length;
                }

                _stored[key] = new Stored(block, used, length);
                used += length;
                remaining -= length;
                _validLength += EntryHeaderLength + length;
            }
        }
        catch (IOException)
        {
            _stored.Clear();
            _validLength = 0;
        }
        catch (UnauthorizedAccessException)
        {
            _stored.Clear();
            _validLength = 0;
        }
    }

    // The file to append to: after the last whole entry, or a new file when there was none usable.
    private FileStream Appending()
    {
        if (_append is not null)
        {
            return _append;
        }

        var output = new FileStream(_path, _validLength == 0 ? FileMode.Create : FileMode.Open, FileAccess.Write, FileShare.None, 1 << 16);
        if (_validLength == 0)
        {
            var header = new byte[HeaderLength];
            CorpusFormat.WriteInt32(header, MagicOffset, Magic);
            _salt.WriteTo(header, SaltOffset);
            output.Write(header, 0, header.Length);
            _validLength = HeaderLength;
        }
        else
        {
            output.SetLength(_validLength); // a torn entry of an interrupted build goes
            output.Seek(_validLength, SeekOrigin.Begin);
        }

        _append = output;
        return output;
    }

    private void StopAppending()
    {
        try
        {
            _append?.Dispose();
        }
        catch (IOException)
        {
        }

        _append = null;
    }

    // The used entries, the last of each key, copied from the file into a new one that replaces it.
    private void Compact()
    {
        var fresh = _path + ".new";
        try
        {
            var last = new Dictionary<Key, long>();
            using (var input = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            {
                var header = new byte[EntryHeaderLength];
                long at = HeaderLength;
                input.Seek(at, SeekOrigin.Begin);
                while (at + EntryHeaderLength <= input.Length && ReadFully(input, header, 0, EntryHeaderLength))
                {
                    var length = CorpusFormat.ReadInt32(header, LengthOffset);
                    if (length < 0 || at + EntryHeaderLength + length > input.Length)
                    {
                        break;
                    }

                    last[Key.Read(header, KeyOffset)] = at;
                    at += EntryHeaderLength + length;
                    input.Seek(at, SeekOrigin.Begin);
                }

                using var output = new FileStream(fresh, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                var top = new byte[HeaderLength];
                CorpusFormat.WriteInt32(top, MagicOffset, Magic);
                _salt.WriteTo(top, SaltOffset);
                output.Write(top, 0, top.Length);
                var buffer = new byte[1 << 16];
                at = HeaderLength;
                input.Seek(at, SeekOrigin.Begin);
                while (at + EntryHeaderLength <= input.Length && ReadFully(input, header, 0, EntryHeaderLength))
                {
                    var key = Key.Read(header, KeyOffset);
                    var length = CorpusFormat.ReadInt32(header, LengthOffset);
                    if (length < 0 || at + EntryHeaderLength + length > input.Length)
                    {
                        break;
                    }

                    var keep = _used.ContainsKey(key) && last[key] == at;
                    if (keep)
                    {
                        output.Write(header, 0, header.Length);
                    }

                    for (var left = length; left > 0;)
                    {
                        var n = input.Read(buffer, 0, Math.Min(buffer.Length, left));
                        if (n <= 0)
                        {
                            throw new EndOfStreamException();
                        }

                        if (keep)
                        {
                            output.Write(buffer, 0, n);
                        }

                        left -= n;
                    }

                    at += EntryHeaderLength + length;
                }
            }

            File.Delete(_path);
            File.Move(fresh, _path);
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

    private static bool ReadFully(Stream input, byte[] buffer, int offset, int count)
    {
        while (count > 0)
        {
            var n = input.Read(buffer, offset, count);
            if (n <= 0)
            {
                return false;
            }

            offset += n;
            count -= n;
        }

        return true;
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

    private readonly record struct Stored(byte[] Block, int Offset, int Length);

    /// <summary>128 bits of two FNV-1a lanes over a key: ample for the seeds of a project (and an entry of another path is refused on reading).</summary>
    private readonly record struct Key(ulong First, ulong Second)
    {
        public static Key Of(string text)
        {
            var first = 14695981039346656037UL;
            var second = first ^ 0x9E3779B97F4A7C15UL;
            foreach (var c in text)
            {
                first = (first ^ c) * 1099511628211UL;
                second = (second ^ c) * 1099511628211UL;
                second ^= second >> 29;
            }

            return new Key(first, second);
        }

        public static Key Read(byte[] bytes, int at) => new(ReadUInt64(bytes, at), ReadUInt64(bytes, at + 8));

        public void WriteTo(byte[] bytes, int at)
        {
            for (var i = 0; i < 8; i++)
            {
                bytes[at + i] = (byte)(First >> (8 * i));
                bytes[at + 8 + i] = (byte)(Second >> (8 * i));
            }
        }

        private static ulong ReadUInt64(byte[] bytes, int at)
        {
            ulong value = 0;
            for (var i = 7; i >= 0; i--)
            {
                value = (value << 8) | bytes[at + i];
            }

            return value;
        }
    }
}
