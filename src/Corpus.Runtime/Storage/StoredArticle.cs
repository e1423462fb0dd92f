using System;

namespace Corpus;

/// <summary>An article whose text and tables are spans over its corpus's mapped resource (<see cref="CorpusStore"/>).</summary>
internal sealed unsafe class StoredArticle : Article
{
    private readonly byte* _data;
    private readonly int _dataLength;
    private readonly byte* _table;
    private readonly int _tableLength;

    // The pointers are into the assembly's mapped image (or the store's pinned copy). Holding the store holds the
    // assembly, so a collectible load context cannot unload that memory while an article is still reachable.
    private readonly CorpusStore _store;

    internal StoredArticle(CorpusStore store, ReadOnlySpan<byte> data, ReadOnlySpan<byte> table, string id, string fileName)
        : base(id, fileName)
    {
        _store = store;
        fixed (byte* d = data)
        {
            _data = d;
        }

        fixed (byte* t = table)
        {
            _table = t;
        }

        _dataLength = data.Length;
        _tableLength = table.Length;
    }

    internal override ReadOnlySpan<byte> Data => new(_data, _dataLength);

    internal override ReadOnlySpan<byte> TableBytes => new(_table, _tableLength);
}
