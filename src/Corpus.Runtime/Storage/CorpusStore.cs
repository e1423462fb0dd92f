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
/// index is then a span over that memory, which the runtime keeps for as long as the assembly is loaded.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class CorpusStore
{
    private readonly Assembly _assembly;
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
    private int* _idTable;
    private int _bucketMask;
    private char* _ids;
    private int _idsLength;

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

        // (char offset, char length, position) per sorted id, then the buckets: read as ints in place (sections are
        // 8-byte aligned). Bounded by the bucket count, so a damaged table cannot loop.
        var table = new ReadOnlySpan<int>(_idTable, _count * CorpusFormat.SortedIdWidth);
        var buckets = new ReadOnlySpan<int>(_idTable + (_count * CorpusFormat.SortedIdWidth), _bucketMask + 1);
        var ids = new ReadOnlySpan<char>(_ids, _idsLength);
        var slot = (int)(CorpusFormat.IdHash(id) & (uint)_bucketMask);
        for (var probe = 0; probe <= _bucketMask; probe++)
        {
            var entry = Little(buckets[slot]);
            if (entry == 0)
            {
                return null;
            }

            var at = (entry - 1) * CorpusFormat.SortedIdWidth;
            if (SameId(id, ids.Slice(Little(table[at]), Little(table[at + 1]))))
            {
                return this[Little(table[at + 2])];
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
        var entry = CorpusFormat.HeaderLength + (section * 8);
        return bytes.Slice(CorpusFormat.ReadInt32(bytes, entry), CorpusFormat.ReadInt32(bytes, entry + 4));
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

    // "id NUL file name", or "id NUL NUL suffix" for a file name that is the id and a suffix (most: "id.txt"); UTF-8,
    // or UTF-16LE after a two-byte mark (CorpusFormat.Utf16Names).
    private static (string Id, string FileName) ArticleNames(ReadOnlySpan<byte> bytes)
    {
        string names;
        if (bytes.Length >= 2 && bytes[0] == CorpusFormat.Utf16Names)
        {
            names = Chars(bytes.Slice(2)).ToString();
        }
        else
        {
            fixed (byte* pointer = bytes)
            {
                names = System.Text.Encoding.UTF8.GetString(pointer, bytes.Length);
            }
        }

        var end = names.IndexOf('\0');
        var id = names.Substring(0, end);
        return (id, end + 1 < names.Length && names[end + 1] == '\0' ? names.Remove(end, 2) : names.Substring(end + 1));
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

    private static int SectionOffset(byte* resource, int section) =>
        CorpusFormat.ReadInt32(new ReadOnlySpan<byte>(resource + CorpusFormat.HeaderLength + (section * 8), 4), 0);

    private static int SectionLength(byte* resource, int section) =>
        CorpusFormat.ReadInt32(new ReadOnlySpan<byte>(resource + CorpusFormat.HeaderLength + (section * 8) + 4, 4), 0);

    // Ordinal equality: MemoryExtensions.Equals for char spans is not generic, so it is precompiled with the framework
    // (a generic SequenceEqual would be JIT-compiled on a cold first access), and it is vectorised.
    private static bool SameId(ReadOnlySpan<char> left, ReadOnlySpan<char> right) =>
        left.Length == right.Length && left.Equals(right, StringComparison.Ordinal);

    // The format is little-endian; so is every platform .NET runs on today, where this is free.
    private static int Little(int value) => BitConverter.IsLittleEndian ? value : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);

    private Article Create(int position)
    {
        var table = Section(CorpusFormat.ArticleSection(position, CorpusFormat.ArticleTable));
        var length = ArticleTableFormat.Length(table);
        var (id, fileName) = ArticleNames(table.Slice(length));
        var article = new StoredArticle(Section(CorpusFormat.ArticleSection(position, CorpusFormat.ArticleData)), table.Slice(0, length), id, fileName);
        return Interlocked.CompareExchange(ref _articles[position], article, null) ?? article;
    }

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
            _idTable = (int*)(pointer + SectionOffset(pointer, CorpusFormat.SortedIdTable));
            _bucketMask = CorpusFormat.IdBuckets(_count) - 1;
            if (SectionLength(pointer, CorpusFormat.SortedIdTable) != 4 * ((_count * CorpusFormat.SortedIdWidth) + _bucketMask + 1))
            {
                throw Stale($"the resource '{_name}' has an id table of the wrong size");
            }

            _ids = (char*)(pointer + SectionOffset(pointer, CorpusFormat.SortedIds));
            _idsLength = SectionLength(pointer, CorpusFormat.SortedIds) / 2;
            Volatile.Write(ref _length, length);
        }
    }

    private void Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < CorpusFormat.HeaderLength || CorpusFormat.ReadInt32(bytes, 0) != CorpusFormat.Magic)
        {
            throw Stale($"the resource '{_name}' is not a corpus resource");
        }

        var version = CorpusFormat.ReadInt32(bytes, 4);
        if (version != CorpusFormat.Version)
        {
            throw Stale($"the resource '{_name}' has format version {version}, this runtime reads version {CorpusFormat.Version} (the package's build task and runtime library differ)");
        }

        var fingerprint = CorpusFormat.ReadFingerprint(bytes);
        var count = CorpusFormat.ReadInt32(bytes, 16);
        var sections = CorpusFormat.ReadInt32(bytes, 20);
        if (fingerprint != _fingerprint || count != _count || sections != CorpusFormat.SectionCount(count))
        {
            throw Stale($"the resource '{_name}' holds {count} articles with fingerprint {fingerprint:x16}, the generated code expects {_count} with fingerprint {_fingerprint:x16}: the resource and the code were built from different seeds");
        }

        // The last section ends last: a resource cut short is refused here. Each section is not walked (the
        // fingerprint already ties the resource to the code, and a first access should cost what reading a resource does).
        var table = CorpusFormat.HeaderLength + (8L * sections);
        var last = table - 8;
        if (table > bytes.Length || (sections > 0 && (long)CorpusFormat.ReadInt32(bytes, (int)last) + CorpusFormat.ReadInt32(bytes, (int)last + 4) > bytes.Length))
        {
            throw Stale($"the resource '{_name}' is truncated");
        }
    }

    private static InvalidOperationException Stale(string what) =>
        new($"Corpus: {what}. The generated code and the corpus resource are out of step; rebuild the project (dotnet build, or Rebuild in the IDE).");
}
