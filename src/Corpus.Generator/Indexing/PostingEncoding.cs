using System.Text;

namespace Corpus.Generator.Indexing;

/// <summary>
/// Variable-length integers for the index's postings: seven bits per byte, low bits first, the high bit set when more
/// bytes follow; each byte is held as one character U+0000–U+007F or U+0080–U+00FF until the resource writer stores it
/// (<see cref="Bytes"/>). Sequential to read, which postings are (the runtime's <c>PostingCursor</c> decodes this
/// format; the two change together). Printable five-bit digits were needed while postings were C# literals; in the
/// resource they only made the index larger.
/// </summary>
internal static class PostingEncoding
{
    public static void Write(StringBuilder builder, int value)
    {
        var bits = (uint)value;
        while (bits >= 128)
        {
            builder.Append((char)(128 | (bits & 127)));
            bits >>= 7;
        }

        builder.Append((char)bits);
    }

    /// <summary>The postings' bytes: one per character.</summary>
    public static byte[] Bytes(string postings)
    {
        var bytes = new byte[postings.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)postings[i];
        }

        return bytes;
    }
}
