using System;
using System.ComponentModel;

namespace Corpus;

/// <summary>Returns one piece of a constant that generated code splits into several UTF-8 literals.</summary>
/// <param name="index">The piece, from 0.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> ByteChunk(int index);

/// <summary>
/// A constant the generator emits as several UTF-8 literals and the runtime joins once, on first use. Why not one
/// literal: the compiler's time and memory for a literal grow faster than its size (one 10 MB index literal added
/// 12.7 s and 1.8 GB to a 10 MB corpus build), while joining costs one copy at first query (about a millisecond per
/// 10 MB). Generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JoinedBytes
{
    private readonly byte[] _bytes;

    /// <summary>Joins the pieces; throws when they do not add up to <paramref name="length"/> (a generator bug).</summary>
    public JoinedBytes(int length, int chunks, ByteChunk chunk)
    {
        if (chunk is null)
        {
            throw new ArgumentNullException(nameof(chunk));
        }

        _bytes = new byte[length];
        var offset = 0;
        for (var i = 0; i < chunks; i++)
        {
            var piece = chunk(i);
            if (piece.Length > length - offset)
            {
                throw new InvalidOperationException("The generated pieces are longer than their declared length.");
            }

            piece.CopyTo(_bytes.AsSpan(offset));
            offset += piece.Length;
        }

        if (offset != length)
        {
            throw new InvalidOperationException("The generated pieces are shorter than their declared length.");
        }
    }

    /// <summary>The joined bytes.</summary>
    public ReadOnlySpan<byte> Span => _bytes;
}
