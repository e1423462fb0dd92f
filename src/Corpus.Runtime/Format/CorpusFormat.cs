// This file is compiled into both the runtime (the reader) and the generator and build task (the writer): both
// projects include src/Corpus.Runtime/Format/ whole, so the two can never disagree about the layout of a corpus
// resource. Change it in one place only, and bump Version when the layout changes.
#if CORPUS_GENERATOR
namespace Corpus.Generator.Storage;
#else
namespace Corpus;
#endif

/// <summary>
/// The layout of a corpus resource: one manifest resource per corpus, written by the build task into <c>obj/</c> and
/// embedded under <see cref="ResourceName"/>. All integers are little-endian 32-bit unless said otherwise.
/// </summary>
/// <remarks>
/// <code>
/// header   magic "CRPS" | version | fingerprint (64 bits: low, high) | article count N | section count S
/// table    S × (offset from the resource start, length in bytes)
/// sections the fixed ones each starting at a multiple of <see cref="Alignment"/>:
///   0 Ids              every article's id in article order, concatenated, in UTF-8 (a lone surrogate, which a file
///                      name may hold, as its own three bytes: "generalised UTF-8", so every id is stored one way)
///   1 IdTable          N + 1 id starts in Ids (16-bit while Ids is under 64 KiB, else 32-bit: IdStartWidth), then
///                      from the next multiple of Alignment IdBuckets(N) 32-bit buckets, the hash table Find probes (linear probing, filled in article
///                      order): 0 for none, else the high bits of the id's IdHash (IdTag) | article position + 1
///   2 StoryGroups      varint table (Corpus.StoryTables)
///   3 Clusters         varint table
///   4 NameTable        varint table
///   5 NameStrings      the names, UTF-8, each followed by NUL
///   6 IndexTerms       text index (docs/queries.md), empty when the index is off
///   7 IndexTermTable   per term (start in IndexTerms, start in IndexPostings, count) and a closing row, int32
///                      (PostingFormat)
///   8 IndexPostings
///   per article i, at 9 + i: (offset, length of its data): the data (UTF-8 text, then the strings stored after it),
///                      then at once its table (ArticleTableFormat, docs/design.md "Article tables"), then its file
///                      name, up to the next article's offset: nothing when it is the id and ".txt" (DefaultExtension),
///                      NUL and what the file name adds to the id, the file name, all UTF-8, or 0xFF 0x00 and the file
///                      name in UTF-16LE when it holds a lone surrogate. Articles are back to back, unaligned.
/// tail     TailBytes end the resource (the last article's file name ends there): its length (32-bit, so a resource cut
///          short is refused), then zero bytes; a 64-bit read at any table field's first byte stays inside the resource
/// </code>
/// Nothing in a resource depends on a path, a time or the machine, so two clones build the same bytes.
/// </remarks>
internal static class CorpusFormat
{
    /// <summary>The layout version: a reader refuses any other (the generated code and the resource come from one build).</summary>
    internal const int Version = 6; // 5: each article's language in its table; 6: the text index's term table as 32-bit integers

    internal const int Magic = 0x53505243; // "CRPS" in little-endian byte order

    // The header: little-endian 32-bit integers at these offsets.
    internal const int MagicOffset = 0;
    internal const int VersionOffset = 4;
    internal const int FingerprintOffset = 8; // 64 bits: low half, then high half
    internal const int ArticleCountOffset = 16;
    internal const int SectionCountOffset = 20;
    internal const int HeaderLength = 24;

    /// <summary>Bytes per entry of the section table: the section's offset, then its length.</summary>
    internal const int SectionEntryBytes = 8;

    internal const int Alignment = 8;

    internal const int Ids = 0;
    internal const int IdTable = 1;
    internal const int StoryGroups = 2;
    internal const int Clusters = 3;
    internal const int NameTable = 4;
    internal const int NameStrings = 5;
    internal const int IndexTerms = 6;
    internal const int IndexTermTable = 7;
    internal const int IndexPostings = 8;
    internal const int FixedSections = 9;

    /// <summary>Bytes at the resource's end, after the last article: the resource's length, then zeros.</summary>
    internal const int TailBytes = 8;

    /// <summary>Where in the tail the resource's length is.</summary>
    internal const int TailLengthOffset = 0;

    /// <summary>The first byte of an article's file name that holds UTF-16LE (after one more byte), not UTF-8.</summary>
    internal const byte Utf16Names = 0xFF;

    /// <summary>The first byte of an article's file name that is followed by what the file name adds to the id.</summary>
    internal const byte IdSuffix = 0x00;

    /// <summary>What the file name of an article adds to its id when nothing is stored: the seeds' usual extension.</summary>
    internal const string DefaultExtension = ".txt";

    /// <summary>Bytes per id start in <see cref="IdTable"/>: 2 while every start fits in 16 bits, else 4.</summary>
    internal static int IdStartWidth(int idBytes) => idBytes <= ushort.MaxValue ? 2 : 4;

    /// <summary>The low bits of a bucket that hold the article position + 1: as many as <paramref name="ids"/> needs.</summary>
    internal static uint PositionMask(int ids)
    {
        var mask = 1u;
        while (mask < (uint)ids)
        {
            mask = (mask << 1) | 1;
        }

        return mask;
    }

    /// <summary>The bits of a bucket above the position: the id's hash there, so a probe rarely reads an id that differs.</summary>
    internal static uint IdTag(ulong hash, uint positionMask) => (uint)(hash >> 32) & ~positionMask;

    /// <summary>
    /// The hash that places an id in the buckets of <see cref="IdTable"/>, over its UTF-16 code units: two lanes of
    /// eight bytes (four characters) a step, each an xor and a multiply, so the two serial chains of multiplies run side
    /// by side; the last bytes are one load that ends at the id's end (it may overlap the step before: the length is
    /// hashed too). A multiply carries every bit only upwards, so a last multiply, then the high half folded onto the
    /// low: the low bits place the id in a bucket, the high ones are its tag (<see cref="IdTag"/>). Never
    /// <c>string.GetHashCode</c>, which differs between processes. A hash probe, not a binary search: about one
    /// comparison a lookup instead of a mispredicted branch at each of log2(N) levels.
    /// </summary>
    internal static ulong IdHash(System.ReadOnlySpan<char> id)
    {
        const ulong Odd1 = 0x9E3779B97F4A7C15UL;
        const ulong Odd2 = 0xC2B2AE3D27D4EB4FUL;
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(id);
        var n = bytes.Length;
        var a = (ulong)n * Odd2;
        var b = 0x165667B19E3779F9UL;
        var i = 0;
        for (; i + 16 <= n; i += 16)
        {
            a = (a ^ Load(bytes, i)) * Odd1;
            b = (b ^ Load(bytes, i + 8)) * Odd2;
        }

        if (n - i > 8)
        {
            a = (a ^ Load(bytes, i)) * Odd1;
            b = (b ^ Load(bytes, n - 8)) * Odd2;
        }
        else if (n >= 8)
        {
            a = (a ^ Load(bytes, n - 8)) * Odd1;
        }
        else if (n > 0)
        {
            ulong last = 0;
            for (var j = n - 2; j >= 0; j -= 2)
            {
                last = (last << 16) | System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(j));
            }

            a = (a ^ last) * Odd1;
        }

        var hash = (a ^ ((b << 32) | (b >> 32))) * Odd1;
        return hash ^ (hash >> 32);
    }

    private static ulong Load(System.ReadOnlySpan<byte> bytes, int at) =>
        System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(at));

    /// <summary>
    /// The bytes of the code point (or lone surrogate) at <paramref name="i"/> of an id in <see cref="Ids"/>' encoding,
    /// packed little-endian, and how many (1 to 4); <paramref name="i"/> moves past it. The writer stores these bytes,
    /// and Find compares a query with a stored id through them, so both agree on every id a file name can give.
    /// </summary>
    internal static int NextIdBytes(System.ReadOnlySpan<char> id, ref int i, out uint bytes)
    {
        uint c = id[i++];
        if (c < 0x80)
        {
            bytes = c;
            return 1;
        }

        if (c < 0x800)
        {
            bytes = (0xC0 | (c >> 6)) | ((0x80 | (c & 0x3F)) << 8);
            return 2;
        }

        if (c is >= 0xD800 and < 0xDC00 && i < id.Length && id[i] is >= '\uDC00' and <= '\uDFFF')
        {
            var point = 0x10000 + ((c - 0xD800) << 10) + (uint)(id[i++] - 0xDC00);
            bytes = (0xF0 | (point >> 18)) | ((0x80 | ((point >> 12) & 0x3F)) << 8) | ((0x80 | ((point >> 6) & 0x3F)) << 16) | ((0x80 | (point & 0x3F)) << 24);
            return 4;
        }

        bytes = (0xE0 | (c >> 12)) | ((0x80 | ((c >> 6) & 0x3F)) << 8) | ((0x80 | (c & 0x3F)) << 16); // a lone surrogate too
        return 3;
    }

    /// <summary>The buckets for <paramref name="ids"/> ids: a power of two, at least twice as many, so probes stay short.</summary>
    internal static int IdBuckets(int ids)
    {
        var buckets = 2;
        while (buckets < 2 * ids)
        {
            buckets <<= 1;
        }

        return buckets;
    }

    /// <summary>The manifest resource name of a corpus: from its class name only, never a path.</summary>
    internal static string ResourceName(string? ns, string corpusName) =>
        "Corpus." + (string.IsNullOrEmpty(ns) ? string.Empty : ns + ".") + corpusName + ".corpus";

    internal static int SectionCount(int articles) => FixedSections + articles;

    /// <summary>Where the section table entry of <paramref name="section"/> starts: its offset, then 4 bytes on, its length.</summary>
    internal static int SectionEntry(int section) => HeaderLength + (section * SectionEntryBytes);

    /// <summary>Where the section table ends: the fixed sections start at the next multiple of <see cref="Alignment"/>.</summary>
    internal static long SectionTableEnd(int sections) => HeaderLength + ((long)sections * SectionEntryBytes);

    internal static int SectionOffset(System.ReadOnlySpan<byte> resource, int section) => ReadInt32(resource, SectionEntry(section));

    internal static int SectionLength(System.ReadOnlySpan<byte> resource, int section) => ReadInt32(resource, SectionEntry(section) + 4);

    internal static void WriteSectionEntry(byte[] header, int section, int offset, int length)
    {
        WriteInt32(header, SectionEntry(section), offset);
        WriteInt32(header, SectionEntry(section) + 4, length);
    }

    /// <summary>Writes the header: magic, <see cref="Version"/>, fingerprint, article and section counts.</summary>
    internal static void WriteHeader(byte[] header, ulong fingerprint, int articles, int sections)
    {
        WriteInt32(header, MagicOffset, Magic);
        WriteInt32(header, VersionOffset, Version);
        WriteInt32(header, FingerprintOffset, unchecked((int)fingerprint));
        WriteInt32(header, FingerprintOffset + 4, unchecked((int)(fingerprint >> 32)));
        WriteInt32(header, ArticleCountOffset, articles);
        WriteInt32(header, SectionCountOffset, sections);
    }

    internal static int ArticleSection(int article) => FixedSections + article;

    internal static int ReadInt32(System.ReadOnlySpan<byte> bytes, int offset) =>
        bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24);

    internal static void WriteInt32(byte[] bytes, int offset, int value)
    {
        bytes[offset] = (byte)value;
        bytes[offset + 1] = (byte)(value >> 8);
        bytes[offset + 2] = (byte)(value >> 16);
        bytes[offset + 3] = (byte)(value >> 24);
    }

    internal static ulong ReadFingerprint(System.ReadOnlySpan<byte> bytes) =>
        (uint)ReadInt32(bytes, FingerprintOffset) | ((ulong)(uint)ReadInt32(bytes, FingerprintOffset + 4) << 32);

    internal static int Align(int offset) => (offset + Alignment - 1) & ~(Alignment - 1);

    /// <summary>
    /// The fingerprint hash (FNV-1a, 64 bits; never <c>string.GetHashCode</c>, which differs between processes): the
    /// generated code and the resource each carry the fingerprint of the articles they were built from.
    /// </summary>
    internal const ulong FingerprintSeed = 14695981039346656037UL;

    internal static ulong Hash(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
        }

        return (hash ^ 0xFF) * 1099511628211UL; // a terminator, so ("ab", "c") and ("a", "bc") differ
    }

    internal static ulong Hash(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(value >> (8 * i))) * 1099511628211UL;
        }

        return hash;
    }
}
