namespace Corpus;

/// <summary>
/// The hits of a text query. A struct with a struct enumerator: <c>foreach</c> allocates nothing. Term hits come in
/// article then text order; prefix hits are grouped by matching word (in term order), each group in article order.
/// </summary>
public readonly struct TextHits
{
    private readonly TextIndex? _index;
    private readonly int _first;
    private readonly int _last;
    private readonly PhraseTerms _phrase;
    private readonly TextScope _scope;

    internal TextHits(TextIndex index, int first, int last, TextScope scope)
    {
        _index = index;
        _first = first;
        _last = last;
        _phrase = default;
        _scope = scope;
    }

    internal TextHits(TextIndex index, PhraseTerms phrase, TextScope scope)
    {
        _index = index;
        _first = 0;
        _last = 0;
        _phrase = phrase;
        _scope = scope;
    }

    /// <summary>The number of hits. Without a scope, a term or prefix query reads it from the term table.</summary>
    public int Count()
    {
        if (_index is not null && _phrase.Count == 0 && _scope == TextScope.All)
        {
            var total = 0;
            for (var term = _first; term < _last; term++)
            {
                total += _index.OccurrenceCount(term);
            }

            return total;
        }

        var count = 0;
        var enumerator = GetEnumerator();
        while (enumerator.MoveNext())
        {
            count++;
        }

        return count;
    }

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public Enumerator GetEnumerator() => new(_index, _first, _last, _phrase, _scope);

    /// <summary>Walks the postings of the query's terms (a ref struct: it holds the postings span, read once).</summary>
    public ref struct Enumerator
    {
        private readonly TextIndex? _index;
        private readonly System.ReadOnlySpan<byte> _postings;
        private readonly int _last;
        private readonly PhraseTerms _phrase;
        private readonly TextScope _scope;
        private readonly int _driver; // the phrase word with the fewest occurrences: its postings drive the walk
        private int _term;
        private PostingCursor _cursor;
        private PhraseCursors _others;
        private Hit _current;

        internal Enumerator(TextIndex? index, int first, int last, PhraseTerms phrase, TextScope scope)
        {
            _index = index;
            _last = last;
            _phrase = phrase;
            _scope = scope;
            _term = first;
            _current = default;
            _others = default;
            _driver = 0;
            if (index is null)
            {
                _postings = default;
                _cursor = default;
                _term = _last;
                return;
            }

            _postings = index.PostingData;

            if (phrase.Count == 0)
            {
                _cursor = first < last ? index.Cursor(first) : default;
                return;
            }

            for (var i = 1; i < phrase.Count; i++)
            {
                if (index.OccurrenceCount(phrase[i]) < index.OccurrenceCount(phrase[_driver]))
                {
                    _driver = i;
                }
            }

            var postings = _postings;
            for (var i = 0; i < phrase.Count; i++)
            {
                ref var cursor = ref PhraseCursors.At(ref _others.First, i);
                cursor = index.Cursor(phrase[i]);
                if (i != _driver)
                {
                    cursor.MoveNext(postings);
                }
            }

            _cursor = PhraseCursors.At(ref _others.First, _driver);
        }

        /// <summary>The current hit.</summary>
        public readonly Hit Current => _current;

        /// <summary>Advances to the next hit.</summary>
        public bool MoveNext() => _phrase.Count == 0 ? NextTermHit() : NextPhraseHit();

        private bool NextTermHit()
        {
            if (_index is null)
            {
                return false;
            }

            var postings = _postings;
            while (_term < _last)
            {
                while (_cursor.MoveNext(postings))
                {
                    if (_cursor.InScope(_scope))
                    {
                        _current = new Hit(_index.ArticleAt(_cursor.Article), _cursor.Paragraph, _cursor.Start, _cursor.Length, (_cursor.Flags & PostingCursor.QuotationFlag) != 0);
                        return true;
                    }
                }

                if (++_term < _last)
                {
                    _cursor = _index.Cursor(_term);
                }
            }

            return false;
        }

        private bool NextPhraseHit()
        {
            var index = _index!;
            var postings = _postings;
            while (_cursor.MoveNext(postings))
            {
                if (!_cursor.InScope(_scope) || _cursor.Ordinal < _driver)
                {
                    continue;
                }

                var article = _cursor.Article;
                var first = _cursor.Ordinal - _driver;
                var matched = true;
                var start = _cursor.Start;
                var end = _cursor.Start + _cursor.Length;
                var inQuotation = (_cursor.Flags & PostingCursor.QuotationFlag) != 0;
                for (var i = 0; i < _phrase.Count && matched; i++)
                {
                    if (i == _driver)
                    {
                        continue;
                    }

                    ref var other = ref PhraseCursors.At(ref _others.First, i);
                    matched = other.SkipTo(postings, article, first + i)
                        && other.Article == article
                        && other.Ordinal == first + i
                        && other.Paragraph == _cursor.Paragraph
                        && other.InScope(_scope);
                    if (matched && i == 0)
                    {
                        start = other.Start;
                        inQuotation = (other.Flags & PostingCursor.QuotationFlag) != 0;
                    }

                    if (matched && i == _phrase.Count - 1)
                    {
                        end = other.Start + other.Length;
                    }
                }

                if (matched)
                {
                    _current = new Hit(index.ArticleAt(article), _cursor.Paragraph, start, end - start, inQuotation);
                    return true;
                }
            }

            return false;
        }
    }
}
