using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// The word hashes of every paragraph of an article, in one array (paragraph by paragraph, in order), for
/// <see cref="RepeatedParagraphs"/>: one buffer an article instead of an array a paragraph.
/// </summary>
internal sealed class ParagraphHashes
{
    private readonly int[] _starts;
    private readonly int[] _counts;
    private const int MaxKeptBuffer = 1 << 20;

    // The hash buffer of the last article on this thread, reused: it lives only while one article is classified.
    [ThreadStatic]
    private static ulong[]? t_all;

    private ulong[] _all;
    private int _length;

    public ParagraphHashes(int paragraphs)
    {
        _starts = new int[paragraphs];
        _counts = new int[paragraphs];
        _all = t_all ?? new ulong[1024];
        t_all = null; // taken: a nested use on this thread gets its own
    }

    /// <summary>Hands the buffer back to the thread for the next article; this instance must not be used after it.</summary>
    public void Release()
    {
        if (_all.Length <= MaxKeptBuffer)
        {
            t_all = _all;
        }
    }

    /// <summary>Every paragraph's hashes, one after another (longer than the words it holds).</summary>
    public ulong[] All => _all;

    /// <summary>The number of paragraphs added.</summary>
    public int Paragraphs { get; private set; }

    /// <summary>Where paragraph <paramref name="p"/>'s hashes start in <see cref="All"/>.</summary>
    public int Start(int p) => _starts[p];

    /// <summary>The number of words of paragraph <paramref name="p"/>.</summary>
    public int Count(int p) => _counts[p];

    /// <summary>Adds the next paragraph: a 64-bit FNV-1a hash of each word, lower-cased, apostrophes skipped.</summary>
    /// <remarks>
    /// Collisions are negligible and the result deterministic; every hit is verified word by word. The words are
    /// those of <see cref="TextScan.WordsIn"/>, found and hashed in one pass over the class table (the word scan,
    /// then a second pass over each word, before).
    /// </remarks>
    public void Add(string text, TextRange range)
    {
        var p = Paragraphs++;
        _starts[p] = _length;
        var classes = WordCharacters.Table;
        var end = range.End;
        var i = range.Start;
        while (true)
        {
            while (i < end && classes[text[i]] != WordCharacters.LetterOrDigit)
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            var hash = (14695981039346656037UL ^ TextScan.ToLowerInvariant(text[i])) * 1099511628211UL;
            i++;
            while (i < end)
            {
                var c = text[i];
                var kind = classes[c];
                if (kind != WordCharacters.LetterOrDigit && (kind != WordCharacters.Joiner || i + 1 >= end || classes[text[i + 1]] != WordCharacters.LetterOrDigit))
                {
                    break;
                }

                if (c is not ('\'' or '\u2019'))
                {
                    hash = (hash ^ TextScan.ToLowerInvariant(c)) * 1099511628211UL; // the same word with a straight or a curly apostrophe
                }

                i++;
            }

            if (_length == _all.Length)
            {
                Array.Resize(ref _all, _all.Length * 2);
            }

            _all[_length++] = hash;
        }

        _counts[p] = _length - _starts[p];
    }
}
