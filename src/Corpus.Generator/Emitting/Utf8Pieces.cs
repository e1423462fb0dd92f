using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Pieces of text laid end to end in one UTF-8 literal named <c>Bytes</c>: <see cref="Add"/> returns the C# slice
/// expression that reads a piece back (<c>Bytes.Slice(start, length)</c>, in UTF-8 bytes).
/// </summary>
public sealed class Utf8Pieces
{
    private readonly StringBuilder _text = new();
    private int _bytes;

    /// <summary>Everything added, in order.</summary>
    public string Text => _text.ToString();

    public string Add(string piece)
    {
        var length = Encoding.UTF8.GetByteCount(piece);
        var slice = "Bytes.Slice(" + _bytes.ToString(CultureInfo.InvariantCulture) + ", " + length.ToString(CultureInfo.InvariantCulture) + ")";
        _text.Append(piece);
        _bytes += length;
        return slice;
    }
}
