using System;
using System.Buffers.Binary;

namespace Corpus;

/// <summary>
/// Reads the text index's term table (<see cref="PostingFormat"/>): per term, little-endian 32-bit integers for its
/// start in the terms, its start in the postings and its occurrence count, then a closing row, so a term's end is the
/// next row's start.
/// </summary>
internal readonly ref struct IndexTable
{
    private readonly ReadOnlySpan<byte> _bytes;

    internal IndexTable(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    internal int TermCount => PostingFormat.TermCount(_bytes.Length);

    internal int TermStart(int term) => Value(term, PostingFormat.TermStart);

    internal int TermEnd(int term) => Value(term + 1, PostingFormat.TermStart);

    internal int PostingStart(int term) => Value(term, PostingFormat.PostingStart);

    internal int PostingEnd(int term) => Value(term + 1, PostingFormat.PostingStart);

    internal int OccurrenceCount(int term) => Value(term, PostingFormat.OccurrenceCount);

    private int Value(int term, int column) => BinaryPrimitives.ReadInt32LittleEndian(_bytes.Slice(PostingFormat.TableOffset(term, column)));
}
