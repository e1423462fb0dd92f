using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Finds which of several lower-case phrase lists occur in a paragraph in one pass over its words: each phrase is
/// filed under the hash of its first word, so a paragraph costs one hash and one lookup a word (plus a comparison on
/// a hit), however many phrases the lists hold, instead of one search of the paragraph per phrase.
/// </summary>
internal sealed class PhraseFinder
{
    private readonly Dictionary<ulong, List<(string Phrase, int List)>> _byFirstWord = new();

    // Which (first character, first-word length) pairs some phrase has: most words of a paragraph fail this
    // check, which costs less than hashing them and looking the hash up.
    private readonly bool[] _firstWordShapes = new bool[128 * 32];

    /// <param name="lists">Lower-case phrases, each starting with a letter or digit; a hit reports its list's index as a bit.</param>
    public PhraseFinder(params string[][] lists)
    {
        for (var list = 0; list < lists.Length; list++)
        {
            foreach (var phrase in lists[list])
            {
                var run = LeadingRun(phrase, 0, phrase.Length);
                _firstWordShapes[Shape(phrase, 0, run)] = true;
                var key = Hash(phrase, 0, run);
                if (!_byFirstWord.TryGetValue(key, out var entries))
                {
                    _byFirstWord.Add(key, entries = new List<(string, int)>());
                }

                entries.Add((phrase, list));
            }
        }
    }

    /// <summary>A bit per list (1 &lt;&lt; index) that has a phrase in the paragraph.</summary>
    /// <remarks>
    /// The words are those of <see cref="TextScan.WordsIn"/>, walked here in one pass that also measures each word's
    /// leading run: the filter and the hash need only that run, and the rest of the word is skipped.
    /// </remarks>
    public int Find(FoldedText folded, TextRange paragraph) => Find(folded, paragraph, int.MaxValue, out _);

    /// <summary>
    /// <see cref="Find(FoldedText, TextRange)"/> that also counts the words it walks, as <see cref="TextScan.CountWords"/>
    /// does with this limit: the count, or <paramref name="wordLimit"/> + 1 when there are more, where the walk stops
    /// (the bits are then of the words walked only).
    /// </summary>
    /// <remarks>The folded copy has the word classes of the text (lower-casing keeps a letter a letter), so the words are the same.</remarks>
    public int Find(FoldedText folded, TextRange paragraph, int wordLimit, out int words)
    {
        words = 0;
        var lower = folded.Lower;
        var classes = WordCharacters.Table;
        var end = paragraph.End;
        var found = 0;
        var i = paragraph.Start;
        while (true)
        {
            while (i < end && classes[lower[i]] != WordCharacters.LetterOrDigit)
            {
                i++;
            }

            if (i >= end)
            {
                return found;
            }

            if (++words > wordLimit)
            {
                return found;
            }

            var start = i++;
            while (i < end && classes[lower[i]] == WordCharacters.LetterOrDigit)
            {
                i++;
            }

            found |= PhrasesAt(lower, start, i - start, end);

            // The rest of the word: a joiner (apostrophe, hyphen, dot, slash) with a letter or digit after it goes on.
            while (i < end)
            {
                var kind = classes[lower[i]];
                if (kind != WordCharacters.LetterOrDigit && (kind != WordCharacters.Joiner || i + 1 >= end || classes[lower[i + 1]] != WordCharacters.LetterOrDigit))
                {
                    break;
                }

                i++;
            }
        }
    }

    /// <summary>The bits of the lists with a phrase that starts at a word whose first run is <paramref name="run"/> characters long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked at every word of every short paragraph
    private int PhrasesAt(string lower, int start, int run, int end)
    {
        var found = 0;
        if (_firstWordShapes[Shape(lower, start, run)] && _byFirstWord.TryGetValue(Hash(lower, start, run), out var entries))
        {
            foreach (var (phrase, list) in entries)
            {
                if (start + phrase.Length <= end && string.CompareOrdinal(lower, start, phrase, 0, phrase.Length) == 0)
                {
                    found |= 1 << list;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="Find(FoldedText, TextRange, int, out int)"/> given the paragraph's words (those of
    /// <see cref="TextScan.WordsIn"/>, <paramref name="count"/> of them from <paramref name="first"/>): the phrases are
    /// looked for at their starts, without walking the characters between.
    /// </summary>
    public int Find(FoldedText folded, TextRange paragraph, TextRange[] words, int first, int count, int wordLimit, out int walked)
    {
        walked = WordTally.CappedCount(count, wordLimit);
        var lower = folded.Lower;
        var classes = WordCharacters.Table;
        var end = paragraph.End;
        var found = 0;
        for (var k = first; k < first + Math.Min(count, wordLimit); k++)
        {
            var start = words[k].Start;
            var wordEnd = words[k].End;
            var i = start + 1;
            while (i < wordEnd && classes[lower[i]] == WordCharacters.LetterOrDigit)
            {
                i++;
            }

            found |= PhrasesAt(lower, start, i - start, end);
        }

        return found;
    }

    /// <summary>The length of the letters and digits at <paramref name="start"/> (a word's first part: "pic" of "pic.twitter.com").</summary>
    private static int LeadingRun(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>The filter slot of a first word: its first character (every non-ASCII one shares slot 0) and its length (31 and up share one).</summary>
    private static int Shape(string text, int start, int length)
    {
        var first = length == 0 ? 0 : text[start];
        return ((first < 128 ? first : 0) * 32) + Math.Min(length, 31);
    }

    private static ulong Hash(string text, int start, int length)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 1099511628211UL;
        }

        return hash;
    }
}
