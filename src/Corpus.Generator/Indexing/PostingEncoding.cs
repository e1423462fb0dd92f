using System.Runtime.CompilerServices;

namespace Corpus.Generator.Indexing;

/// <summary>
/// Variable-length integers for the index's postings: seven bits per byte, low bits first, the high bit set when more
/// bytes follow. Sequential to read, which postings are (the runtime's <c>PostingCursor</c> decodes this format; the
/// two change together). <see cref="ArticlePostings"/> uses the same integers for its own counts and lengths.
/// </summary>
internal static class PostingEncoding
{
    /// <summary>The bytes <see cref="Write"/> takes for <paramref name="value"/>.</summary>
    public static int Length(int value)
    {
        var bits = (uint)value;
        var length = 1;
        while (bits >= 128)
        {
            bits >>= 7;
            length++;
        }

        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(byte[] target, ref int at, int value)
    {
        // Most deltas are one byte: that case inline, the loop only for the others.
        if ((uint)value < 128)
        {
            target[at++] = (byte)value;
            return;
        }

        WriteLong(target, ref at, value);
    }

    private static void WriteLong(byte[] target, ref int at, int value)
    {
        var bits = (uint)value;
        while (bits >= 128)
        {
            target[at++] = (byte)(128 | (bits & 127));
            bits >>= 7;
        }

        target[at++] = (byte)bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(byte[] source, ref int at)
    {
        var first = source[at];
        if (first < 128)
        {
            at++;
            return first;
        }

        return ReadLong(source, ref at);
    }

    private static int ReadLong(byte[] source, ref int at)
    {
        var value = 0u;
        var shift = 0;
        byte b;
        do
        {
            b = source[at++];
            value |= (uint)(b & 127) << shift;
            shift += 7;
        }
        while (b >= 128);

        return (int)value;
    }
}
