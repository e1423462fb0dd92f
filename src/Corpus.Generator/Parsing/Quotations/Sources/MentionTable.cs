using System;

namespace Corpus.Generator.Parsing.Quotations.Sources;

/// <summary>
/// The mentions of one paragraph, each found once. The candidates of every quotation in a paragraph are read from the
/// same sentences (its own, the one before, the one after), so the mention that starts at a word, and the cue beside
/// it, are kept on first use instead of found again for each quotation. The extractor lends one table to a paragraph
/// after another (<see cref="Reset"/>): a table's storage is reused, never shared by two paragraphs at once.
/// </summary>
internal sealed class MentionTable
{
    private ParagraphWords _words;

    // Per word: the stamp of the paragraph it was read for (a word is read when it equals _stamp), the mention
    // starting there (read up to its sentence's end), and the cue beside that mention.
    private int[] _readFor = Array.Empty<int>();
    private SpeakerPhrase[] _phrases = Array.Empty<SpeakerPhrase>();
    private (int First, int End)[] _cues = Array.Empty<(int, int)>();
    private int _stamp;

    public MentionTable(ParagraphWords words)
    {
        _words = words;
        Reset(words);
    }

    /// <summary>The paragraph this table holds the mentions of.</summary>
    public ParagraphWords Owner => _words;

    /// <summary>Empties the table for another paragraph, keeping its storage.</summary>
    public void Reset(ParagraphWords words)
    {
        _words = words;
        if (_readFor.Length < words.Count)
        {
            var size = Math.Max(words.Count, _readFor.Length * 2);
            _readFor = new int[size];
            _phrases = new SpeakerPhrase[size];
            _cues = new (int, int)[size];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_readFor, 0, _readFor.Length);
            _stamp = 1;
        }
    }

    /// <summary>
    /// The mention that starts at a word and ends at or before <paramref name="limit"/> (which is never past the
    /// word's sentence), with the cue beside it, as <see cref="Mentions.At"/> and <see cref="Mentions.CueBeside"/>
    /// find them.
    /// </summary>
    public SpeakerPhrase At(int w, int limit, out int cueFirst, out int cueEnd)
    {
        if (_readFor[w] != _stamp)
        {
            var phrase = Mentions.At(_words, w, _words.SentenceEnd(_words.SentenceOf(w)));
            _phrases[w] = phrase;
            _cues[w] = phrase.IsNone ? (Attribution.NoCue, Attribution.NoCue) : Mentions.CueBeside(_words, phrase);
            _readFor[w] = _stamp;
        }

        if (_phrases[w].End <= limit)
        {
            (cueFirst, cueEnd) = _cues[w];
            return _phrases[w];
        }

        // Cut short by the window's edge: read again to that edge (the quotation's own words, a bounded reach).
        var cut = Mentions.At(_words, w, limit);
        (cueFirst, cueEnd) = cut.IsNone ? (Attribution.NoCue, Attribution.NoCue) : Mentions.CueBeside(_words, cut);
        return cut;
    }
}
