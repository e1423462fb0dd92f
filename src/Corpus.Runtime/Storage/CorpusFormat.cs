// This file is compiled into both the runtime (the reader) and the generator and build task (the writer), linked
// from Corpus.Generator.csproj and Corpus.Build.csproj, so the two can never disagree about the layout of a corpus
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
/// sections each starting at a multiple of <see cref="Alignment"/>:
///   0 SortedIds        the looked-up ids in ordinal order, UTF-16LE, concatenated
///   1 SortedIdTable    per sorted id: (char offset in SortedIds, char length, article position); then
///                      IdBuckets(N) ints, the hash table Find probes: sorted index + 1 of the id whose IdHash lands
///                      there (linear probing, in sorted order, so the first seed of an id is found first), 0 for none
///   2 StoryGroups      varint table (Corpus.StoryTables)
///   3 Clusters         varint table
///   4 NameTable        varint table
///   5 NameStrings      the names, UTF-8, each followed by NUL
///   6 IndexTerms       text index (docs/queries.md), empty when the index is off
///   7 IndexTermTable
///   8 IndexPostings
///   per article i, at 9 + 2i: Data (UTF-8 text, then the names stored after it), Table (the article's table,
///   ArticleTableFormat, docs/design.md "Article tables", then its names: id NUL file name, or id NUL NUL and what
///   the file name adds to the id, in UTF-8; or 0xFF 0x00 then that text in UTF-16LE when a name holds a lone surrogate)
/// </code>
/// Nothing in a resource depends on a path, a time or the machine, so two clones build the same bytes.
/// </remarks>
internal static class CorpusFormat
{
    /// <summary>The layout version: a reader refuses any other (the generated code and the resource come from one build).</summary>
    internal const int Version = 3;

    internal const int Magic = 0x53505243; // "CRPS" in little-endian byte order

    internal const int HeaderLength = 24;

    internal const int Alignment = 8;

    internal const int SortedIds = 0;
    internal const int SortedIdTable = 1;
    internal const int StoryGroups = 2;
    internal const int Clusters = 3;
    internal const int NameTable = 4;
    internal const int NameStrings = 5;
    internal const int IndexTerms = 6;
    internal const int IndexTermTable = 7;
    internal const int IndexPostings = 8;
    internal const int FixedSections = 9;
    internal const int SectionsPerArticle = 2;
    internal const int ArticleData = 0;
    internal const int ArticleTable = 1; // the table (ArticleTableFormat.Length bytes), then the names

    /// <summary>The first byte of an article's names section that holds UTF-16LE (after one more byte), not UTF-8.</summary>
    internal const byte Utf16Names = 0xFF;

    /// <summary>Ints per entry of <see cref="SortedIdTable"/>.</summary>
    internal const int SortedIdWidth = 3;

    /// <summary>
    /// The hash that places an id in the buckets after <see cref="SortedIdTable"/>'s entries: FNV-1a's step over four
    /// UTF-16 code units at a time (a 64-bit multiply a step, not one a character: the multiplies are a serial chain),
    /// then a multiply whose high half is taken, so every character reaches the bucket bits. Never
    /// <c>string.GetHashCode</c>, which differs between processes. A hash probe, not a binary search: about one
    /// comparison a lookup instead of a mispredicted branch at each of log2(N) levels.
    /// </summary>
    internal static uint IdHash(System.ReadOnlySpan<char> id)
    {
        var hash = 14695981039346656037UL;
        var i = 0;
        for (; i + 4 <= id.Length; i += 4)
        {
            var chunk = id[i] | ((ulong)id[i + 1] << 16) | ((ulong)id[i + 2] << 32) | ((ulong)id[i + 3] << 48);
            hash = (hash ^ chunk) * 1099511628211UL;
        }

        for (; i < id.Length; i++)
        {
            hash = (hash ^ id[i]) * 1099511628211UL;
        }

        return (uint)(((hash ^ (hash >> 32)) * 0x9E3779B97F4A7C15UL) >> 32);
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

    internal static int SectionCount(int articles) => FixedSections + (SectionsPerArticle * articles);

    internal static int ArticleSection(int article, int part) => FixedSections + (SectionsPerArticle * article) + part;

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
        (uint)ReadInt32(bytes, 8) | ((ulong)(uint)ReadInt32(bytes, 12) << 32);

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
