using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;

namespace Corpus;

/// <summary>
/// A corpus read in place from the manifest resource the build embedded (layout: <c>CorpusFormat</c>, see
/// docs/design.md). The resource of a loaded assembly is an <see cref="UnmanagedMemoryStream"/> over the mapped image:
/// it is looked up once, checked against the fingerprint the generated code carries, and every article, table and
/// index is then a span over that memory, which the runtime keeps for as long as the assembly is loaded. Every object
/// that points into it holds this store, and the store holds the assembly: a collectible load context stays loaded
/// while any of them is reachable.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class CorpusStore
{
    private readonly Assembly _assembly; // also keeps a collectible assembly, and so the mapped resource, loaded
    private readonly string _name;
    private readonly ulong _fingerprint;
    private readonly int _count;
    private readonly Article?[] _articles;
    private byte* _base;
    private int _length;
    private Article[]? _all;
    private StoryGroup[]? _stories;
    private QuotationCluster[]? _clusters;
    private NamedEntity[]? _names;
    private TextIndex? _index;
    private GCHandle _pinned; // only when the host hands out a resource stream that is not mapped memory
    private byte* _ids;
    private byte* _idStarts;
    private bool _wideIdStarts;
    private uint* _buckets;
    private int _bucketMask;
    private uint _positionMask;

    /// <summary>Called by generated code only.</summary>
    /// <param name="anchor">A type of the assembly that embeds the corpus.</param>
    /// <param name="resourceName">The corpus's manifest resource name.</param>
    /// <param name="fingerprint">The fingerprint of the articles the generated code was built from.</param>
    /// <param name="count">The number of articles the generated code declares.</param>
    public CorpusStore(Type anchor, string resourceName, ulong fingerprint, int count)
    {
        _assembly = (anchor ?? throw new ArgumentNullException(nameof(anchor))).Assembly;
        _name = resourceName ?? throw new ArgumentNullException(nameof(resourceName));
        _fingerprint = fingerprint;
        _count = count;
        _articles = new Article?[count];
    }

    /// <summary>The article at <paramref name="position"/> in <c>Articles</c> order (created on first access).</summary>
    /// <param name="position">The article's position.</param>
    public Article this[int position] => Volatile.Read(ref _articles[position]) ?? Create(position);

    /// <summary>Every article in order.</summary>
    public ArticleList Articles => new(_all ?? CreateAll());

    /// <summary>The article with this id, or null: a hash probe over the ids in the resource, no allocation.</summary>
    /// <param name="id">The article id.</param>
    /// <returns>The article, or null.</returns>
    public Article? Find(ReadOnlySpan<char> id)
    {
        if (Volatile.Read(ref _length) == 0)
        {
            Load();
        }

        // A bucket holds the high bits of the id's hash over its position: a probe reads an id only when they match.
        // Bounded by the bucket count, so a damaged table cannot loop.
        var hash = CorpusFormat.IdHash(id);
        var tag = CorpusFormat.IdTag(hash, _positionMask);
        var slot = (int)hash & _bucketMask;
        for (var probe = 0; probe <= _bucketMask; probe++)
        {
            var entry = Little(_buckets[slot]);
            if (entry == 0)
            {
                return null;
            }

            if ((entry & ~_positionMask) == tag)
            {
                var position = (int)(entry & _positionMask) - 1;
                if ((uint)position < (uint)_count && SameId(id, StoredId(position)))
                {
                    return this[position];
                }
            }

            slot = (slot + 1) & _bucketMask;
        }

        return null;
    }

    /// <summary>The story groups (decoded on first access).</summary>
    public ReadOnlySpan<StoryGroup> Stories => _stories ??= StoryTables.Groups(Articles, Section(CorpusFormat.StoryGroups));

    /// <summary>The quotation clusters (decoded on first access).</summary>
    public ReadOnlySpan<QuotationCluster> QuotationClusters => _clusters ??= StoryTables.Clusters(Articles, Section(CorpusFormat.Clusters));

    /// <summary>The named entities (decoded on first access).</summary>
    public ReadOnlySpan<NamedEntity> Names => _names ??= StoryTables.Names(Articles, Section(CorpusFormat.NameTable), Section(CorpusFormat.NameStrings));

    /// <summary>The compiled text index.</summary>
    public TextIndex Index => _index ??= new StoredTextIndex(this, (_all ?? CreateAll()));

    internal ReadOnlySpan<byte> Section(int section)
    {
        var bytes = Bytes;
        return bytes.Slice(CorpusFormat.SectionOffset(bytes, section), CorpusFormat.SectionLength(bytes, section));
    }

    // Sections start at 8-byte boundaries of the resource, so UTF-16 sections are aligned; the memory is the mapped
    // image or a pinned copy, so it never moves. A span from the pointer, not MemoryMarshal.Cast<byte, char>: that
    // generic instantiation has no precompiled code in the framework, and a cold first access would JIT it.
    internal static ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf16)
    {
        fixed (byte* bytes = utf16)
        {
            return new ReadOnlySpan<char>(bytes, utf16.Length / 2);
        }
    }

    // The id of the article at a position, in the encoding of CorpusFormat.Ids.
    private ReadOnlySpan<byte> StoredId(int position)
    {
        int start, end;
        if (_wideIdStarts)
        {
            start = Little(((int*)_idStarts)[position]);
            end = Little(((int*)_idStarts)[position + 1]);
        }
        else
        {
            start = Little16(((ushort*)_idStarts)[position]);
            end = Little16(((ushort*)_idStarts)[position + 1]);
        }

        return new ReadOnlySpan<byte>(_ids + start, end - start);
    }

    // The id as a string: UTF-8, or by hand when it holds a lone surrogate (as CorpusFormat.NextIdBytes wrote it),
    // which a UTF-8 decoder would replace.
    private static string IdText(ReadOnlySpan<byte> stored)
    {
        fixed (byte* bytes = stored)
        {
            if (!HasLoneSurrogate(stored))
            {
                return System.Text.Encoding.UTF8.GetString(bytes, stored.Length);
            }
        }

        var chars = new char[stored.Length];
        var n = 0;
        for (var i = 0; i < stored.Length;)
        {
            int b = stored[i];
            if (b < 0x80)
            {
                chars[n++] = (char)b;
                i++;
            }
            else if (b < 0xE0)
            {
                chars[n++] = (char)(((b & 0x1F) << 6) | (stored[i + 1] & 0x3F));
                i += 2;
            }
            else if (b < 0xF0)
            {
                chars[n++] = (char)(((b & 0x0F) << 12) | ((stored[i + 1] & 0x3F) << 6) | (stored[i + 2] & 0x3F));
                i += 3;
            }
            else
            {
                var point = ((b & 0x07) << 18) | ((stored[i + 1] & 0x3F) << 12) | ((stored[i + 2] & 0x3F) << 6) | (stored[i + 3] & 0x3F);
                chars[n++] = (char)(0xD800 + ((point - 0x10000) >> 10));
                chars[n++] = (char)(0xDC00 + ((point - 0x10000) & 0x3FF));
                i += 4;
            }
        }

        return new string(chars, 0, n);
    }

    // A surrogate's three bytes: ED, then A0 to BF.
    private static bool HasLoneSurrogate(ReadOnlySpan<byte> stored)
    {
        for (var i = 0; i + 1 < stored.Length; i++)
        {
            if (stored[i] == 0xED && stored[i + 1] >= 0xA0)
            {
                return true;
            }
        }

        return false;
    }

    // Nothing: the id and ".txt"; NUL and what the file name adds to the id; 0xFF 0x00 and the file name in UTF-16LE;
    // else the file name in UTF-8 (CorpusFormat, per article).
    private static string FileName(string id, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return id + CorpusFormat.DefaultExtension;
        }

        if (bytes.Length >= 2 && bytes[0] == CorpusFormat.Utf16Names)
        {
            return Chars(bytes.Slice(2)).ToString();
        }

        var suffix = bytes[0] == CorpusFormat.IdSuffix;
        var text = suffix ? bytes.Slice(1) : bytes;
        string name;
        fixed (byte* pointer = text)
        {
            name = text.Length == 0 ? string.Empty : System.Text.Encoding.UTF8.GetString(pointer, text.Length);
        }

        return suffix ? id + name : name;
    }

    private ReadOnlySpan<byte> Bytes
    {
        get
        {
            if (Volatile.Read(ref _length) == 0)
            {
                Load();
            }

            return new ReadOnlySpan<byte>(_base, _length);
        }
    }

    // Before the whole resource is checked: the entry alone, which the caller knows is inside it.
    private static int SectionOffset(byte* resource, int section) =>
        CorpusFormat.SectionOffset(new ReadOnlySpan<byte>(resource, CorpusFormat.SectionEntry(section + 1)), section);

    private static int SectionLength(byte* resource, int section) =>
        CorpusFormat.SectionLength(new ReadOnlySpan<byte>(resource, CorpusFormat.SectionEntry(section + 1)), section);

    // A query against a stored id (CorpusFormat.Ids). As many bytes as characters only when both are ASCII: one
    // vectorised comparison that also refuses a non-ASCII byte (so "é" stored never equals two Latin-1 characters);
    // else the query's bytes one code point at a time, the way the writer made them.
    private static bool SameId(ReadOnlySpan<char> query, ReadOnlySpan<byte> stored)
    {
        if (stored.Length == query.Length)
        {
#if NET8_0_OR_GREATER
            return System.Text.Ascii.Equals(stored, query);
#else
            for (var i = 0; i < stored.Length; i++)
            {
                if (stored[i] != query[i] || query[i] >= 0x80)
                {
                    return false;
                }
            }

            return true;
#endif
        }

        if (stored.Length < query.Length)
        {
            return false;
        }

        var at = 0;
        for (var i = 0; i < query.Length;)
        {
            for (var (n, bytes) = (CorpusFormat.NextIdBytes(query, ref i, out var packed), packed); n > 0; n--, bytes >>= 8)
            {
                if (at >= stored.Length || stored[at++] != (byte)bytes)
                {
                    return false;
                }
            }
        }

        return at == stored.Length;
    }

    // The format is little-endian; so is every platform .NET runs on today, where this is free.
    private static int Little(int value) => BitConverter.IsLittleEndian ? value : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);

    private static uint Little(uint value) => BitConverter.IsLittleEndian ? value : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);

    private static int Little16(ushort value) => BitConverter.IsLittleEndian ? value : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);

    private Article Create(int position)
    {
        // The data, then at once the table and the file name, up to the next article (the last: up to the tail).
        var bytes = Bytes;
        var start = ArticleStart(position);
        var dataLength = CorpusFormat.SectionLength(bytes, CorpusFormat.ArticleSection(position));
        var end = position + 1 < _count ? ArticleStart(position + 1) : bytes.Length - CorpusFormat.TailBytes;
        var table = bytes.Slice(start + dataLength, end - start - dataLength);
        var length = ArticleTableFormat.Length(table);
        var id = IdText(StoredId(position));
        var article = new StoredArticle(this, bytes.Slice(start, dataLength), table.Slice(0, length), id, FileName(id, table.Slice(length)));
        return Interlocked.CompareExchange(ref _articles[position], article, null) ?? article;
    }

    private int ArticleStart(int position) => CorpusFormat.SectionOffset(Bytes, CorpusFormat.ArticleSection(position));

    private Article[] CreateAll()
    {
        var all = new Article[_count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = this[i];
        }

        return Interlocked.CompareExchange(ref _all, all, null) ?? all;
    }

    private void Load()
    {
        lock (_articles)
        {
            if (_length != 0)
            {
                return;
            }

            using var stream = _assembly.GetManifestResourceStream(_name)
                ?? throw Stale($"the resource '{_name}' is missing from {_assembly.GetName().Name} (the Corpus build task writes it before compiling; an IDE-only build has none)");
            byte* pointer;
            int length;
            if (stream is UnmanagedMemoryStream mapped)
            {
                pointer = mapped.PositionPointer;
                length = checked((int)mapped.Length);
            }
            else
            {
                var copy = new byte[stream.Length];
                var read = 0;
                while (read < copy.Length && stream.Read(copy, read, copy.Length - read) is var n and > 0)
                {
                    read += n;
                }

                _pinned = GCHandle.Alloc(copy, GCHandleType.Pinned);
                pointer = (byte*)_pinned.AddrOfPinnedObject();
                length = read;
            }

            Check(new ReadOnlySpan<byte>(pointer, length));
            _base = pointer;
            var idBytes = SectionLength(pointer, CorpusFormat.Ids);
            var startWidth = CorpusFormat.IdStartWidth(idBytes);
            var starts = CorpusFormat.Align(startWidth * (_count + 1));
            _bucketMask = CorpusFormat.IdBuckets(_count) - 1;
            if (SectionLength(pointer, CorpusFormat.IdTable) != starts + (4 * (_bucketMask + 1)))
            {
                throw Stale($"the resource '{_name}' has an id table of the wrong size");
            }

            _ids = pointer + SectionOffset(pointer, CorpusFormat.Ids);
            _idStarts = pointer + SectionOffset(pointer, CorpusFormat.IdTable);
            _wideIdStarts = startWidth == 4;
            _buckets = (uint*)(_idStarts + starts);
            _positionMask = CorpusFormat.PositionMask(_count);
            Volatile.Write(ref _length, length);
        }
    }

    private void Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < CorpusFormat.HeaderLength || CorpusFormat.ReadInt32(bytes, CorpusFormat.MagicOffset) != CorpusFormat.Magic)
        {
            throw Stale($"the resource '{_name}' is not a corpus resource");
        }

        var version = CorpusFormat.ReadInt32(bytes, CorpusFormat.VersionOffset);
        if (version != CorpusFormat.Version)
        {
            throw Stale($"the resource '{_name}' has format version {version}, this runtime reads version {CorpusFormat.Version} (the package's build task and runtime library differ)");
        }

        var fingerprint = CorpusFormat.ReadFingerprint(bytes);
        var count = CorpusFormat.ReadInt32(bytes, CorpusFormat.ArticleCountOffset);
        var sections = CorpusFormat.ReadInt32(bytes, CorpusFormat.SectionCountOffset);
        if (fingerprint != _fingerprint || count != _count || sections != CorpusFormat.SectionCount(count))
        {
            throw Stale($"the resource '{_name}' holds {count} articles with fingerprint {fingerprint:x16}, the generated code expects {_count} with fingerprint {_fingerprint:x16}: the resource and the code were built from different seeds");
        }

        // The last section ends before the tail, which holds the resource's length: a resource cut short is refused
        // here. Each section is not walked (the fingerprint already ties the resource to the code, and a first access
        // should cost what reading a resource does).
        if (CorpusFormat.SectionTableEnd(sections) + CorpusFormat.TailBytes > bytes.Length
            || CorpusFormat.ReadInt32(bytes, bytes.Length - CorpusFormat.TailBytes + CorpusFormat.TailLengthOffset) != bytes.Length
            || (sections > 0 && (long)CorpusFormat.SectionOffset(bytes, sections - 1) + CorpusFormat.SectionLength(bytes, sections - 1) + CorpusFormat.TailBytes > bytes.Length))
        {
            throw Stale($"the resource '{_name}' is truncated");
        }
    }

    private static InvalidOperationException Stale(string what) =>
        new($"Corpus: {what}. The generated code and the corpus resource are out of step; rebuild the project (dotnet build, or Rebuild in the IDE).");
}
