using System;

namespace Corpus;

/// <summary>An article whose text and tables are spans over its corpus's mapped resource (<see cref="CorpusStore"/>).</summary>
internal sealed unsafe class StoredArticle : Article
{
    private readonly byte* _data;
    private readonly int _dataLength;
    private readonly byte* _table;
    private readonly int _tableLength;

    // The spans point into the assembly's mapped image (or a pinned copy the store keeps), which outlives the article.
    internal StoredArticle(ReadOnlySpan<byte> data, ReadOnlySpan<byte> table, string id, string fileName)
        : base(id, fileName)
    {
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
