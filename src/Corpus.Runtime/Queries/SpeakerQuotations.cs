using System;

namespace Corpus;

/// <summary>
/// The quotations of one speaker across a set of articles, in article then text order. A struct with a struct
/// enumerator: <c>foreach</c> over it allocates nothing (the speaker name it holds is the caller's string).
/// </summary>
public readonly struct SpeakerQuotations
{
    private readonly Article[] _articles;
    private readonly string _speaker;

    internal SpeakerQuotations(Article[] articles, string speaker)
    {
        _articles = articles;
        _speaker = speaker ?? throw new ArgumentNullException(nameof(speaker));
    }

    /// <summary>Counts the quotations (walks them; no allocation).</summary>
    public int Count()
    {
        var count = 0;
        foreach (var _ in this)
        {
            count++;
        }

        return count;
    }

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public Enumerator GetEnumerator() => new(_articles, _speaker);

    /// <summary>Walks the articles' quotations, keeping the speaker's.</summary>
    public struct Enumerator
    {
        private readonly Article[] _articles;
        private readonly string _speaker;
        private int _article;
        private int _quotation;

        internal Enumerator(Article[] articles, string speaker)
        {
            _articles = articles;
            _speaker = speaker;
            _article = 0;
            _quotation = -1;
        }

        /// <summary>The current quotation.</summary>
        public readonly Quotation Current => _articles[_article].Quotations[_quotation];

        /// <summary>Advances to the speaker's next quotation.</summary>
        public bool MoveNext()
        {
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
}
