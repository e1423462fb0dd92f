using System;
using System.Numerics;
using System.Runtime.InteropServices;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// An article's text beside its lower-cased copy (made once per article, on first use), so that looking for dozens of
/// lexicon phrases in every paragraph is an ordinal, vectorised search instead of a case-insensitive one per phrase
/// (which falls back to a slow path on any non-ASCII character, and news is full of curly quotes).
/// </summary>
internal sealed class FoldedText
{
    private string? _lower;

    public FoldedText(string text) => Text = text;

    public string Text { get; }

    /// <summary>The lower-cased copy (offsets are those of <see cref="Text"/>).</summary>
    public string Lower => _lower ??= Lowered(Text);

    /// <summary>True when the range holds the phrase, ignoring case; <paramref name="lowerPhrase"/> is lower-case already.</summary>
    public bool Contains(TextRange range, string lowerPhrase)
    {
        // ToLowerInvariant maps char for char, so offsets in the copy are offsets in the text.
        _lower ??= Lowered(Text);
        return range.Length >= lowerPhrase.Length && _lower.IndexOf(lowerPhrase, range.Start, range.Length, StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// <see cref="string.ToLowerInvariant()"/>, a character at a time from <see cref="CaseTables"/>: the string method
    /// hands everything after the first non-ASCII character (a curly quote, in most news) to the slow culture path.
    /// A surrogate pair folds as a whole code point, so text with any surrogate takes the string method.
    /// </summary>
    private static string Lowered(string text)
    {
        var buffer = t_buffer is { } kept && kept.Length >= text.Length ? kept : new char[text.Length];
        var i = 0;
        while (i < text.Length)
        {
            // Vectors of ASCII at once, then a vector's worth (or the rest) a character at a time from the table.
            i = LowerAscii(text, buffer, i);
            for (var end = Math.Min(text.Length, i + Vector<ushort>.Count); i < end; i++)
            {
                var c = text[i];
                if (char.IsSurrogate(c))
                {
                    return text.ToLowerInvariant();
                }

                buffer[i] = CaseTables.ToLower(c);
            }
        }

        if (buffer.Length <= MaxKeptBuffer)
        {
            t_buffer = buffer;
        }

        return new string(buffer, 0, text.Length);
    }

    /// <summary>
    /// Lower-cases the text into the buffer from <paramref name="start"/> a vector at a time while it is ASCII (A-Z move
    /// by 0x20, as the table has it; every other ASCII character stays), up to the first vector holding another
    /// character; returns where it stopped.
    /// </summary>
    private static int LowerAscii(string text, char[] buffer, int start)
    {
        var i = start;
        if (!Vector.IsHardwareAccelerated)
        {
            return i;
        }

        var width = Vector<ushort>.Count;
        var source = MemoryMarshal.AsBytes(text.AsSpan());
        var target = MemoryMarshal.AsBytes(buffer.AsSpan());
        var ascii = new Vector<ushort>(0x7F);
        var capitalA = new Vector<ushort>('A');
        var letters = new Vector<ushort>('Z' - 'A'); // c - 'A' at most this, unsigned: a capital letter
        var toLower = new Vector<ushort>('a' - 'A');
        for (; i + width <= text.Length; i += width)
        {
            var block = MemoryMarshal.Read<Vector<ushort>>(source.Slice(i * sizeof(char)));
            if (Vector.GreaterThanAny(block, ascii))
            {
                break;
            }

            var lowered = block + (Vector.LessThanOrEqual(block - capitalA, letters) & toLower);
            MemoryMarshal.Write(target.Slice(i * sizeof(char)), ref lowered);
        }

        return i;
    }

    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static char[]? t_buffer;
}
