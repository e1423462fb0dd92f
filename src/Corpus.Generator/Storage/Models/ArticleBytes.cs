using System;

namespace Corpus.Generator.Storage;

/// <summary>
/// One article's encoded sections (its text and extras, and its table) on their way to the <see cref="ArticleSpill"/>:
/// fresh from the parser, or a part of a cached seed's bytes that the spill copies before the bytes are reused.
/// </summary>
internal readonly record struct ArticleBytes(ArraySegment<byte> Data, ArraySegment<byte> Table)
{
    public ArticleBytes(byte[] data, byte[] table)
        : this(new ArraySegment<byte>(data), new ArraySegment<byte>(table))
    {
    }
}
