using System;
using Xunit;

namespace Corpus.Runtime.Tests;

/// <summary>The join of a constant that generated code splits into pieces (the text index postings).</summary>
public class JoinedBytesTests
{
    private static readonly byte[][] Pieces = { new byte[] { 1, 2, 3 }, Array.Empty<byte>(), new byte[] { 4 }, new byte[] { 5, 6 } };

    private static ReadOnlySpan<byte> Piece(int index) => index < Pieces.Length ? Pieces[index] : default;

    [Fact]
    public void Pieces_are_joined_in_order()
    {
        var joined = new JoinedBytes(6, Pieces.Length, Piece);

        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, joined.Span.ToArray());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    public void Pieces_that_do_not_add_up_to_the_length_throw(int length)
    {
        Assert.Throws<InvalidOperationException>(() => new JoinedBytes(length, Pieces.Length, Piece));
    }

    [Fact]
    public void No_pieces_is_an_empty_constant()
    {
        Assert.True(new JoinedBytes(0, 0, Piece).Span.IsEmpty);
    }
}
