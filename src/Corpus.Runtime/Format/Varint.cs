// Compiled into the runtime (the reader) and into the generator and build task (the writers), like CorpusFormat.cs:
// the one codec of every variable-length integer the build writes (postings, story tables, the parse cache).
using System;
using System.Runtime.CompilerServices;

#if CORPUS_GENERATOR
namespace Corpus.Generator.Storage;
#else
namespace Corpus;
#endif

/// <summary>
/// Variable-length integers: seven bits a byte, low bits first, the high bit set on every byte but the last; and the
/// zigzag mapping (0, −1, 1, −2 … as 0, 1, 2, 3 …) that keeps small negative numbers small.
/// </summary>
internal static class Varint
{
    /// <summary>The most bytes a 32-bit value takes.</summary>
    internal const int MaxBytes = 5;

    /// <summary>The bytes <see cref="Write"/> takes for <paramref name="value"/>.</summary>
    internal static int Length(uint value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="at"/> and moves past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Write(Span<byte> target, ref int at, uint value)
    {
        // Most values are one byte: that case inline, the loop only for the others.
        while (value >= 0x80)
        {
            target[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        target[at++] = (byte)value;
    }

    /// <summary>
    /// Reads the value at <paramref name="at"/> and moves past it: the postings' hot loop, so the one-byte case comes
    /// first and nothing is checked but the span's bounds (the data is the build's own).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Read(ReadOnlySpan<byte> source, ref int at)
    {
        int digit = source[at++];
        if (digit < 0x80)
        {
            return digit;
        }

        var value = digit & 0x7F;
        var shift = 7;
        while (true)
        {
            digit = source[at++];
            value |= (digit & 0x7F) << shift;
            if (digit < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    /// <summary>
    /// <see cref="Read(ReadOnlySpan{byte}, ref int)"/> without the span's bounds checks, for the text index's term walk,
    /// the runtime's hottest loop: the caller reads only up to a term's postings end, and every value written there ends
    /// before it (the resource's fingerprint ties it to this build).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ReadUnchecked(ref byte source, ref nint at)
    {
        int digit = Unsafe.Add(ref source, at++);
        if (digit < 0x80)
        {
            return digit;
        }

        // Two bytes (a start delta of 128 to 16,383 characters, the usual case in a long article) without the loop.
        var value = digit & 0x7F;
        digit = Unsafe.Add(ref source, at++);
        value |= digit << 7;
        if (digit < 0x80)
        {
            return value;
        }

        value &= 0x3FFF;
        var shift = 14;
        while (true)
        {
            digit = Unsafe.Add(ref source, at++);
            value |= (digit & 0x7F) << shift;
            if (digit < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    /// <summary>
    /// Moves past the value at <paramref name="at"/> without decoding it, on the terms of
    /// <see cref="ReadUnchecked"/> (a paragraph walk passes over a posting's position, start and length).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SkipUnchecked(ref byte source, ref nint at)
    {
        while (Unsafe.Add(ref source, at++) >= 0x80)
        {
        }
    }

    /// <summary>
    /// Reads a value from data that may be damaged (a cache file): false when it runs past the end or past
    /// <see cref="MaxBytes"/>.
    /// </summary>
    internal static bool TryRead(ReadOnlySpan<byte> source, ref int at, out uint value)
    {
        value = 0;
        for (var shift = 0; shift < 7 * MaxBytes; shift += 7)
        {
            if (at >= source.Length)
            {
                return false;
            }

            var digit = source[at++];
            value |= (uint)(digit & 0x7F) << shift;
            if (digit < 0x80)
            {
                return true;
            }
        }

        return false;
    }

    internal static uint Zigzag(int value) => (uint)((value << 1) ^ (value >> 31));

    internal static int Unzigzag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);
}
