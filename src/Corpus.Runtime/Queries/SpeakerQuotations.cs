using System;

namespace Corpus;

/// <summary>
/// The quotations of one speaker across a set of articles, in article then text order. A struct with a struct
/// enumerator: <c>foreach</c> over it allocates nothing (the speaker name it holds is the caller's string). Over an
/// article list the quotations come from an index built on the first lookup (<see cref="SpeakerLookup"/>); over one
/// article, or for a name with spaces around it, the article's quotations are walked.
/// </summary>
public readonly struct SpeakerQuotations
{
    private readonly Article[] _articles;
    private readonly string _speaker;
    private readonly int[]? _hits;

    internal SpeakerQuotations(Article[] articles, string speaker, bool indexed = false)
    {
        _articles = articles;
        _speaker = speaker ?? throw new ArgumentNullException(nameof(speaker));
        _hits = indexed ? SpeakerLookup.Find(articles, speaker) : null;
    }

    /// <summary>Counts the quotations (no allocation).</summary>
    public int Count()
    {
        if (_hits is not null)
        {
            return _hits.Length / 2;
        }

        var count = 0;
        foreach (var _ in this)
        {
            count++;
        }

        return count;
    }

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public Enumerator GetEnumerator() => new(_articles, _speaker, _hits);

    /// <summary>Walks the articles' quotations, keeping the speaker's.</summary>
    public struct Enumerator
    {
        private readonly Article[] _articles;
        private readonly string _speaker;
        private readonly int[]? _hits;
        private int _article;
        private int _quotation;
        private int _hit;

        internal Enumerator(Article[] articles, string speaker, int[]? hits)
        {
            _articles = articles;
            _speaker = speaker;
            _hits = hits;
            _article = 0;
            _quotation = -1;
            _hit = -2;
        }

        /// <summary>The current quotation.</summary>
        public readonly Quotation Current => _articles[_article].Quotations[_quotation];

        /// <summary>Advances to the speaker's next quotation.</summary>
        public bool MoveNext()
        {
            if (_hits is not null)
            {
                _hit += 2;
                if (_hit >= _hits.Length)
                {
                    return false;
                }

                _article = _hits[_hit];
                _quotation = _hits[_hit + 1];
                return true;
            }

            while (_article < _articles.Length)
            {
                var quotations = _articles[_article].Quotations;
                while (++_quotation < quotations.Count)
                {
                    if (SpeakerName.Matches(quotations[_quotation], _speaker.AsSpan()))
                    {
                        return true;
                    }
                }

                _article++;
                _quotation = -1;
            }

            return false;
        }
    }

    /// <summary>The query for a debugger or a test message: <c>3 quotations by Name</c>.</summary>
    public override string ToString() => _articles is null ? "0 quotations" : Describe.Count(Count(), "quotation") + " by " + _speaker;
}
