using System;

namespace Corpus;

/// <summary>A text index whose tables are sections of its corpus's mapped resource (<see cref="CorpusStore"/>).</summary>
internal sealed unsafe class StoredTextIndex : TextIndex
{
    private readonly byte* _terms;
    private readonly int _termsLength;
    private readonly byte* _termTable;
    private readonly int _termTableLength;
    private readonly byte* _postings;
    private readonly int _postingsLength;

    // The sections live in the assembly's mapped image (or the store's pinned copy). Holding the store holds the
    // assembly, so a collectible load context cannot unload that memory while the index is still reachable.
    private readonly CorpusStore _store;

    internal StoredTextIndex(CorpusStore store, Article[] articles)
        : base(articles)
    {
        _store = store;
        _terms = Pointer(store.Section(CorpusFormat.IndexTerms), out _termsLength);
        _termTable = Pointer(store.Section(CorpusFormat.IndexTermTable), out _termTableLength);
        _postings = Pointer(store.Section(CorpusFormat.IndexPostings), out _postingsLength);
    }

    internal override ReadOnlySpan<byte> Terms => new(_terms, _termsLength);

    internal override ReadOnlySpan<byte> TermTable => new(_termTable, _termTableLength);

    internal override ReadOnlySpan<byte> Postings => new(_postings, _postingsLength);

    private static byte* Pointer(ReadOnlySpan<byte> section, out int length)
    {
        length = section.Length;
        fixed (byte* p = section)
        {
            return p;
        }
    }
}
