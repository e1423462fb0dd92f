using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// A paragraph's word count as the classifier's tests ask for it, each up to its own limit: counted once, on the
/// first question, as far as the widest test will ask (the reach), and answered from that count; a test asking
/// beyond it counts again. Each test used to scan the paragraph's words for itself.
/// </summary>
internal struct WordTally
{
    private readonly string _text;
    private readonly TextRange _range;
    private readonly int _reach;
    private int _limit;
    private int _count;

    public WordTally(string text, TextRange range, int reach)
    {
        _text = text;
        _range = range;
        _reach = reach;
        _limit = -1;
        _count = 0;
    }

    /// <summary>What <see cref="TextScan.CountWords"/> gives with this limit: the count, or limit + 1 when there are more.</summary>
    public int UpTo(int limit)
    {
        if (limit > _limit)
        {
            _limit = Math.Max(limit, _reach);
            _count = TextScan.CountWords(_text, _range, _limit);
        }

        return Math.Min(_count, limit + 1);
    }
}
