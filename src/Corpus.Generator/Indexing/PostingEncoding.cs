using System.Text;

namespace Corpus.Generator.Indexing;

/// <summary>
/// Variable-length integers as printable ASCII for the index's postings literal: five bits per byte, low bits first,
/// byte = '0' + (bits | 32 when more bytes follow). Sequential to read, which postings are (the runtime's
/// <c>PostingReader</c> decodes this format; the two change together).
/// </summary>
public static class PostingEncoding
{
    public static void Write(StringBuilder builder, int value)
    {
        var bits = (uint)value;
        while (bits >= 32)
        {
            builder.Append((char)('0' + 32 + (bits & 31)));
            bits >>= 5;
        }

        builder.Append((char)('0' + bits));
    }
}
