using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>Small, allocation-light helpers for scanning words in a range of text.</summary>
internal static class TextScan
{
    /// <summary>The word ranges (letters, digits and in-word apostrophes, hyphens and dots) in a range.</summary>
    public static List<TextRange> Words(string text, TextRange range) => new(WordArray(text, range));

    /// <summary>The same words as <see cref="Words"/>, as an array of the exact size (no list around it).</summary>
    public static TextRange[] WordArray(string text, TextRange range)
    {
        // Gathered in a per-thread buffer and copied into a list of the exact size: a guessed capacity either
        // regrew (copies, and garbage the collector then walks) or wasted memory for every paragraph of the article.
        var buffer = t_words ??= new TextRange[256];
        var count = 0;
        foreach (var word in WordsIn(text, range))
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer[count++] = word;
        }

        if (buffer.Length <= MaxKeptWordBuffer)
        {
            t_words = buffer;
        }

        if (count == 0)
        {
            return Array.Empty<TextRange>();
        }

        var words = new TextRange[count];
        Array.Copy(buffer, words, count);
        return words;
    }

    private const int MaxKeptWordBuffer = 1 << 16;

    [ThreadStatic]
    private static TextRange[]? t_words;

    /// <summary>The same words as <see cref="Words"/>, enumerated without allocating (for callers that read each once).</summary>
    public static WordEnumerator WordsIn(string text, TextRange range) => new(text, range);

    /// <summary>The number of words in a range, counting no further than <paramref name="limit"/> + 1.</summary>
    public static int CountWords(string text, TextRange range, int limit = int.MaxValue)
    {
        var count = 0;
        foreach (var _ in WordsIn(text, range))
        {
            if (++count > limit)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>Enumerates the words of a range; a struct, so <c>foreach</c> allocates nothing.</summary>
    public struct WordEnumerator
    {
        private readonly string _text;
        private readonly int _end;
        private int _next;

        internal WordEnumerator(string text, TextRange range)
        {
            _text = text;
            _end = range.End;
            _next = range.Start;
            Current = default;
        }

        public TextRange Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var classes = WordCharacters.Table;
            var text = _text;
            var end = _end;
            var i = _next;
            while (i < end && classes[text[i]] != WordCharacters.LetterOrDigit)
            {
                i++;
            }

            if (i >= end)
            {
                _next = i;
                return false;
            }

            var start = i++;
            while (i < end)
            {
                var kind = classes[text[i]];
                if (kind != WordCharacters.LetterOrDigit && (kind != WordCharacters.Joiner || i + 1 >= end || classes[text[i + 1]] != WordCharacters.LetterOrDigit))
                {
                    break;
                }

                i++;
            }

            Current = new TextRange(start, i - start);
            _next = i;
            return true;
        }
    }

    // Inlined: the word scan asks this of every character that is not a letter or a digit.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsInWordJoiner(char c) => c is '\'' or '\u2019' or '-' or '.' or '/';

    /// <summary>True when the range starts with <paramref name="prefix"/>, ignoring case; a no-break space matches a space.</summary>
    public static bool StartsWithIgnoreCase(string text, TextRange range, string prefix)
    {
        if (range.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (!SameIgnoringCase(text[range.Start + i], prefix[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool ContainsIgnoreCase(string text, TextRange range, string phrase) =>
        range.Length >= phrase.Length && text.IndexOf(phrase, range.Start, range.Length, StringComparison.OrdinalIgnoreCase) >= 0;

    public static bool EqualsAny(string text, TextRange range, string[] words, bool ignoreCase)
    {
        foreach (var word in words)
        {
            if (word.Length == range.Length
                && string.Compare(text, range.Start, word, 0, word.Length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // Below U+00AB only the straight mark is one: one comparison for nearly every character of a text.
    public static bool IsQuotationMark(char c) => c < '\u00AB' ? c == '"' : c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    /// <summary>
    /// The first index at or after <paramref name="start"/> whose character is not printable ASCII (space to tilde),
    /// or the text's length. Most of any text is printable ASCII, which the character checks pass by: here a vector
    /// of it at a time.
    /// </summary>
    public static int SkipPrintableAscii(string text, int start)
    {
        var i = start;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<ushort>.Count;
            var space = new Vector<ushort>(' ');
            var printable = new Vector<ushort>('~' - ' '); // c - ' ' at most this, unsigned: below a space wraps round
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            while (i + width <= text.Length && !Vector.GreaterThanAny(MemoryMarshal.Read<Vector<ushort>>(bytes.Slice(i * sizeof(char))) - space, printable))
            {
                i += width;
            }
        }

        while (i < text.Length && text[i] >= ' ' && text[i] < '\u007F')
        {
            i++;
        }

        return i;
    }

    public static char LastNonSpace(string text, TextRange range)
    {
        for (var i = range.End - 1; i >= range.Start; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    /// <summary><see cref="char.ToLowerInvariant"/>, read from a table (the same result).</summary>
    public static char ToLowerInvariant(char c) => CaseTables.ToLower(c);

    /// <summary><see cref="char.ToUpperInvariant"/>, read from a table (the same result).</summary>
    public static char ToUpperInvariant(char c) => CaseTables.ToUpper(c);

    private static bool SameIgnoringCase(char a, char b) =>
        a == b || CaseTables.ToLower(Normalize(a)) == CaseTables.ToLower(Normalize(b));

    /// <summary>A character as <see cref="StartsWithIgnoreCase"/> compares it: two characters match when these are equal.</summary>
    public static char FoldForPrefix(char c) => CaseTables.ToLower(Normalize(c));

    // A no-break space and a typographic apostrophe match their plain forms, as scraped pages mix them.
    private static char Normalize(char c) => c switch
    {
        '\u00A0' => ' ',
        '\u2019' => '\'',
        _ => c,
    };
}
