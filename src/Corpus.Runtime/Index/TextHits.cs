using System.Runtime.CompilerServices;

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

    /// <summary>
    /// The paragraphs that hold at least one hit, each once, in article then paragraph order (also for a prefix query,
    /// whose hits are grouped by word). A struct with a struct enumerator, like the hits.
    /// </summary>
    public ParagraphHits Paragraphs => new(this);

    internal TextIndex? Index => _index;

    internal int FirstTerm => _first;

    internal int LastTerm => _last;

    internal PhraseTerms Phrase => _phrase;

    internal TextScope Scope => _scope;

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public Enumerator GetEnumerator() => new(_index, _first, _last, _phrase, _scope);

    /// <summary>Walks the postings of the query's terms (a ref struct: it holds the postings span, read once).</summary>
    public unsafe ref struct Enumerator
    {
        private readonly TextIndex? _index;
        private readonly System.ReadOnlySpan<byte> _postings;
        private readonly int _last;
        private readonly PhraseTerms _phrase;
        private readonly TextScope _scope;
        private readonly int _driver; // the phrase word with the fewest occurrences: its postings drive the walk
        private readonly int _checkOrder; // the other phrase words, rarest first, four bits each: a mismatch is found soonest
        private int _term;
        private PostingCursor _cursor;
        private PhraseCursors _others;
        private readonly Article[]? _articles;

        // The hits as numbers: a term or prefix walk's next ones, decoded together (Fill), or a phrase's one. The current
        // is the one at _at (−1 before the first), made into a Hit only when asked (Current), so a caller that reads two
        // of its fields costs two loads.
        private HitBatch _batch;
        private int _at;
        private int _filled;

        internal Enumerator(TextIndex? index, int first, int last, PhraseTerms phrase, TextScope scope)
        {
            _index = index;
            _last = last;
            _phrase = phrase;
            _scope = scope;
            _term = first;
            _others = default;
            _batch = default;
            _at = -1;
            _filled = 0;
            _articles = index?.ArticleArray;
            _driver = 0;
            _checkOrder = 0;
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

            _checkOrder = CheckOrder(index, phrase, out _driver);
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
        public Hit Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                // Written out, not a call to a helper: a caller whose compiled loop does not inline this pays one call.
                if (_at < 0)
                {
                    return default;
                }

                ref var hit = ref Unsafe.Add(ref _batch.Values[0], _at * HitBatch.Fields);
                var packed = Unsafe.Add(ref hit, 3);
                return new Hit(_articles![hit], Unsafe.Add(ref hit, 1), Unsafe.Add(ref hit, 2), packed >> HitBatch.LengthShift, (packed & PostingFormat.QuotationFlag) != 0);
            }
        }

        /// <summary>The current hit's article, by its position in the corpus.</summary>
        internal int CurrentArticle => _batch.Values[_at * HitBatch.Fields];

        /// <summary>The current hit's paragraph, by its position in the article.</summary>
        internal int CurrentParagraph => _batch.Values[(_at * HitBatch.Fields) + 1];

        /// <summary>Advances to the next hit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            // A term or prefix query hands out hits from a batch that Fill decodes together (PostingCursor.Decode): a hit is
            // an increment and a compare here, whether or not the caller's compiled loop inlines this.
            if (_phrase.Count == 0)
            {
                return ++_at < _filled || Fill();
            }

            return NextPhraseHit();
        }

        // The phrase words by occurrence count (stable): the first drives, the others are checked in this order.
        private static int CheckOrder(TextIndex index, PhraseTerms phrase, out int driver)
        {
            var order = 0;
            var taken = 0;
            driver = -1;
            for (var k = 0; k < phrase.Count; k++)
            {
                var rarest = -1;
                for (var i = 0; i < phrase.Count; i++)
                {
                    if ((taken & (1 << i)) == 0 && (rarest < 0 || index.OccurrenceCount(phrase[i]) < index.OccurrenceCount(phrase[rarest])))
                    {
                        rarest = i;
                    }
                }

                taken |= 1 << rarest;
                if (driver < 0)
                {
                    driver = rarest;
                }
                else
                {
                    order |= rarest << (4 * (k - 1));
                }
            }

            return order;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool Fill()
        {
            _at = 0;
            _filled = 0;
            if (_index is null)
            {
                return false;
            }

            var postings = _postings;
            while (_term < _last)
            {
                _filled = _cursor.Decode(postings, _scope, ref _batch.Values[0]);
                if (_filled > 0)
                {
                    return true;
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
            var others = _phrase.Count - 1;
            while (_cursor.MoveNext(postings))
            {
                if (!_cursor.InScope(_scope) || _cursor.Ordinal < _driver)
                {
                    continue;
                }

                var article = _cursor.Article;
                var first = _cursor.Ordinal - _driver;
                var matched = true;
                for (var k = 0; k < others && matched; k++)
                {
                    var i = (_checkOrder >> (4 * k)) & 15;
                    ref var other = ref PhraseCursors.At(ref _others.First, i);
                    if (!other.SkipTo(postings, article, first + i))
                    {
                        return false; // one word has no more occurrences: neither has the phrase
                    }

                    matched = other.Article == article
                        && other.Ordinal == first + i
                        && other.Paragraph == _cursor.Paragraph
                        && other.InScope(_scope);
                }

                if (matched)
                {
                    // The driver's own slot in _others is not moved: its current posting is _cursor.
                    ref var firstWord = ref _driver == 0 ? ref _cursor : ref PhraseCursors.At(ref _others.First, 0);
                    ref var lastWord = ref _driver == others ? ref _cursor : ref PhraseCursors.At(ref _others.First, others);
                    var start = firstWord.Start;
                    HitBatch.Write(ref _batch.Values[0], article, _cursor.Paragraph, start, lastWord.Start + lastWord.Length - start, firstWord.Flags & PostingFormat.QuotationFlag);
                    _at = 0;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The query for a debugger or a test message: <c>7 hits</c>.</summary>
    public override string ToString() => Describe.Count(_index is null ? 0 : Count(), "hit");
}
