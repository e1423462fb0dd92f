using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// The word hashes of every paragraph of an article, in one array (paragraph by paragraph, in order), for
/// <see cref="RepeatedParagraphs"/>: one buffer an article instead of an array a paragraph. The words themselves are
/// kept beside their hashes, with the hash the quotation stage files them under
/// (<see cref="Lexicons.SpeechLexicon.CaseInsensitiveHash"/>), so that it takes a paragraph's words from this walk
/// (<see cref="WordsOf"/>) instead of walking and hashing the paragraph again.
/// </summary>
internal sealed class ParagraphHashes
{
    private readonly int[] _starts;
    private readonly int[] _counts;
    private readonly TextRange[] _walked;
    private const int MaxKeptBuffer = 1 << 20;

    // The hash and word buffers of the last article on this thread, reused: they live only while one article is parsed.
    [ThreadStatic]
    private static ulong[]? t_all;

    [ThreadStatic]
    private static TextRange[]? t_words;

    [ThreadStatic]
    private static uint[]? t_wordHashes;

    private ulong[] _all;
    private TextRange[] _words;
    private uint[] _wordHashes;
    private int _length;

    public ParagraphHashes(int paragraphs)
    {
        _starts = new int[paragraphs];
        _counts = new int[paragraphs];
        _walked = new TextRange[paragraphs];
        _all = t_all ?? new ulong[1024];
        _words = t_words ?? new TextRange[_all.Length];
        _wordHashes = t_wordHashes ?? new uint[_all.Length];
        t_all = null; // taken: a nested use on this thread gets its own
        t_words = null;
        t_wordHashes = null;
    }

    /// <summary>Hands the buffers back to the thread for the next article; this instance must not be used after it.</summary>
    public void Release()
    {
        if (_all.Length <= MaxKeptBuffer)
        {
            t_all = _all;
            t_words = _words;
            t_wordHashes = _wordHashes;
        }
    }

    /// <summary>Every paragraph's words, one after another, as <see cref="All"/> holds their hashes (longer than the words it holds).</summary>
    public TextRange[] Words => _words;

    /// <summary>True when <see cref="Add"/> walked exactly <paramref name="range"/> for paragraph <paramref name="p"/>: its words are the range's.</summary>
    public bool Walked(int p, TextRange range) => p < Paragraphs && _walked[p] == range;

    /// <summary>
    /// Paragraph <paramref name="p"/>'s words (those of <see cref="TextScan.WordArray"/>) when <see cref="Add"/> walked
    /// exactly <paramref name="range"/>, as a new array, with each word's <see cref="Lexicons.SpeechLexicon.CaseInsensitiveHash"/>;
    /// null when it walked another range (a teaser's cut, a paragraph without its trailing button label), whose words may differ.
    /// </summary>
    public TextRange[]? WordsOf(int p, TextRange range, out uint[] hashes)
    {
        hashes = Array.Empty<uint>();
        if (!Walked(p, range))
        {
            return null;
        }

        if (_counts[p] == 0)
        {
            return Array.Empty<TextRange>();
        }

        var words = new TextRange[_counts[p]];
        Array.Copy(_words, _starts[p], words, 0, words.Length);
        hashes = new uint[words.Length];
        Array.Copy(_wordHashes, _starts[p], hashes, 0, hashes.Length);
        return words;
    }

    /// <summary>Every paragraph's hashes, one after another (longer than the words it holds).</summary>
    public ulong[] All => _all;

    /// <summary>The number of paragraphs added.</summary>
    public int Paragraphs { get; private set; }

    /// <summary>Where paragraph <paramref name="p"/>'s hashes start in <see cref="All"/>.</summary>
    public int Start(int p) => _starts[p];

    /// <summary>The number of words of paragraph <paramref name="p"/>.</summary>
    public int Count(int p) => _counts[p];

    /// <summary>
    /// Adds the next paragraph: each word, its 64-bit FNV-1a hash, lower-cased, apostrophes skipped, and its
    /// <see cref="Lexicons.SpeechLexicon.CaseInsensitiveHash"/> (both chains in the one walk: they do not wait on each other).
    /// </summary>
    /// <remarks>
    /// Collisions are negligible and the result deterministic; every hit is verified word by word. The words are
    /// those of <see cref="TextScan.WordsIn"/>, found and hashed in one pass over the class table (the word scan,
    /// then a second pass over each word, before).
    /// </remarks>
    public void Add(string text, TextRange range)
    {
        var p = Paragraphs++;
        _starts[p] = _length;
        _walked[p] = range;
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

            var start = i;
            var hash = (14695981039346656037UL ^ TextScan.ToLowerInvariant(text[i])) * 1099511628211UL;
            var filed = unchecked((Lexicons.SpeechLexicon.CaseInsensitiveBasis ^ TextScan.ToUpperInvariant(text[i])) * Lexicons.SpeechLexicon.CaseInsensitivePrime);
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

                filed = unchecked((filed ^ TextScan.ToUpperInvariant(c)) * Lexicons.SpeechLexicon.CaseInsensitivePrime);
                i++;
            }

            if (_length == _all.Length)
            {
                Array.Resize(ref _all, _all.Length * 2);
            }

            if (_length >= _words.Length)
            {
                Array.Resize(ref _words, _all.Length);
                Array.Resize(ref _wordHashes, _all.Length);
            }

            _words[_length] = new TextRange(start, i - start);
            _wordHashes[_length] = filed;
            _all[_length++] = hash;
        }

        _counts[p] = _length - _starts[p];
    }
}
