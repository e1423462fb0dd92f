namespace Corpus.Generator.Storage;

/// <summary>
/// The UTF-8 byte offset of every character offset of a text, so that character ranges found by the parser
/// can be stored as byte ranges into the article's UTF-8 data. Lone surrogates are counted as U+FFFD (3 bytes),
/// which is how they are encoded.
/// </summary>
internal sealed class Utf8Offsets
{
    private readonly int[] _offsets;

    public Utf8Offsets(string text)
    {
        _offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _offsets[i] = bytes;
            var c = text[i];
            if (c < 0x80)
            {
                bytes += 1;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A pair is 4 bytes; the low half starts mid-character, at the same offset plus 4 for the end.
                _offsets[i + 1] = bytes;
                bytes += 4;
                i++;
            }
            else
            {
                bytes += 3;
            }
        }

        _offsets[text.Length] = bytes;
    }

    public int TotalBytes => _offsets[_offsets.Length - 1];

    public int this[int charOffset] => _offsets[charOffset];
}
