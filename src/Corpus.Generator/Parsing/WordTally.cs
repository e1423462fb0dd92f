using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// A paragraph's word count as the classifier's tests ask for it, each up to its own limit: counted once, on the
/// first question, as far as the widest test will ask (the reach), and answered from that count; a test asking
/// beyond it counts again. Each test used to scan the paragraph's words for itself. Given a phrase list
/// (<see cref="PhraseFinder"/>), the count is the by-product of the walk that finds its phrases: a test that needs
/// both (<see cref="WebFurniture"/>) reads the paragraph once. Given the paragraph's words from an earlier walk
/// (<see cref="ParagraphHashes"/>), the count is theirs and the phrases are looked for at their starts: no walk at all.
/// </summary>
internal struct WordTally
{
    private readonly string _text;
    private readonly TextRange _range;
    private readonly int _reach;
    private readonly FoldedText? _folded;
    private readonly PhraseFinder? _finder;
    private readonly ParagraphHashes? _walked;
    private readonly int _paragraph;
    private int _limit;
    private int _count;
    private int _phrases;

    public WordTally(string text, TextRange range, int reach)
    {
        _text = text;
        _range = range;
        _reach = reach;
        _folded = null;
        _finder = null;
        _walked = null;
        _paragraph = -1;
        _limit = -1;
        _count = 0;
        _phrases = 0;
    }

    /// <summary>A tally counted in the walk that finds <paramref name="finder"/>'s phrases (see <see cref="PhrasesOf"/>).</summary>
    public WordTally(FoldedText folded, TextRange range, int reach, PhraseFinder finder)
        : this(folded.Text, range, reach)
    {
        _folded = folded;
        _finder = finder;
    }

    /// <summary>
    /// A tally of paragraph <paramref name="paragraph"/>'s words as <paramref name="walked"/> holds them, when its walk
    /// read exactly <paramref name="range"/> (<see cref="ParagraphHashes.Walked"/>; otherwise the words are counted here).
    /// </summary>
    public WordTally(string text, TextRange range, int reach, ParagraphHashes walked, int paragraph)
        : this(text, range, reach)
    {
        if (walked.Walked(paragraph, range))
        {
            _walked = walked;
            _paragraph = paragraph;
        }
    }

    /// <inheritdoc cref="WordTally(string, TextRange, int, ParagraphHashes, int)"/>
    public WordTally(FoldedText folded, TextRange range, int reach, PhraseFinder finder, ParagraphHashes walked, int paragraph)
        : this(folded, range, reach, finder)
    {
        if (walked.Walked(paragraph, range))
        {
            _walked = walked;
            _paragraph = paragraph;
        }
    }

    /// <summary>What <see cref="TextScan.CountWords"/> gives with this limit: the count, or limit + 1 when there are more.</summary>
    public int UpTo(int limit)
    {
        if (limit > _limit)
        {
            _limit = Math.Max(limit, _reach);
            _count = _finder is not null ? CountFinding(_limit)
                : _walked is not null ? CappedCount(_walked.Count(_paragraph), _limit)
                : TextScan.CountWords(_text, _range, _limit);
        }

        return Math.Min(_count, limit + 1);
    }

    /// <summary>
    /// What <see cref="PhraseFinder.Find(FoldedText, TextRange)"/> of <paramref name="finder"/> gives, when this tally
    /// walked the whole paragraph with it; false when it did not (no words counted yet, more than the limit, another finder).
    /// </summary>
    public readonly bool PhrasesOf(PhraseFinder finder, out int phrases)
    {
        phrases = _phrases;
        return ReferenceEquals(finder, _finder) && _limit >= 0 && _count <= _limit;
    }

    private int CountFinding(int limit)
    {
        int words;
        _phrases = _walked is null
            ? _finder!.Find(_folded!, _range, limit, out words)
            : _finder!.Find(_folded!, _range, _walked.Words, _walked.Start(_paragraph), _walked.Count(_paragraph), limit, out words);
        return words;
    }

    /// <summary>A count as <see cref="TextScan.CountWords"/> gives it with this limit: limit + 1 when there are more.</summary>
    public static int CappedCount(int count, int limit) => count <= limit ? count : limit + 1;
}
