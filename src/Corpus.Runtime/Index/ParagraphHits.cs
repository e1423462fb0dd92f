using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace Corpus;

/// <summary>
/// The paragraphs that hold at least one hit of a text query (<see cref="TextHits.Paragraphs"/>), each once, in article
/// then paragraph order: what a search page lists, or how many paragraphs mention a word. A struct with a struct
/// enumerator: <c>foreach</c> allocates nothing (a prefix query of several words borrows its cursors from
/// <see cref="ArrayPool{T}.Shared"/> and returns them when the loop ends).
/// </summary>
public readonly struct ParagraphHits
{
    private readonly TextHits _hits;

    internal ParagraphHits(TextHits hits) => _hits = hits;

    /// <summary>The number of paragraphs with a hit (walked without making each <see cref="Paragraph"/>).</summary>
    public int Count()
    {
        var count = 0;
        var enumerator = GetEnumerator();
        try
        {
            while (enumerator.MoveNext())
            {
                count++;
            }
        }
        finally
        {
            enumerator.Dispose();
        }

        return count;
    }

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public Enumerator GetEnumerator() => new(_hits);

    /// <summary>The query for a debugger or a test message: <c>7 paragraphs</c>.</summary>
    public override string ToString() => Describe.Count(Count(), "paragraph");

    /// <summary>
    /// Walks the paragraphs of the query's hits. A term's postings are decoded a batch of paragraphs at a time, passing
    /// over each posting's position, start and length (<see cref="PostingCursor.DecodeParagraphs"/>); a phrase's hits
    /// are read from the phrase walk, a paragraph once; a prefix's words are merged, one cursor a word.
    /// </summary>
    public unsafe ref struct Enumerator
    {
        // Paragraphs a batch holds, each as (article, paragraph).
        private const int Capacity = 64;

        private readonly TextIndex? _index;
        private readonly Article[]? _articles;
        private readonly ReadOnlySpan<byte> _postings;
        private readonly TextScope _scope;
        private readonly bool _isPhrase;
        private TextHits.Enumerator _phraseHits;
        private PostingCursor _cursor; // a term's
        private PostingCursor[]? _cursors; // a prefix's, one a word (pooled)
        private readonly int _words;
        private int _lastArticle;
        private int _lastParagraph;
        private fixed int _batch[Capacity * 2];
        private int _at;
        private int _filled;

        internal Enumerator(TextHits hits)
        {
            _index = hits.Index;
            _articles = _index?.ArticleArray;
            _postings = _index is null ? default : _index.PostingData;
            _scope = hits.Scope;
            _isPhrase = hits.Phrase.Count > 0;
            _phraseHits = _isPhrase ? hits.GetEnumerator() : default;
            _cursor = default;
            _cursors = null;
            _words = _index is null || _isPhrase ? 0 : hits.LastTerm - hits.FirstTerm;
            _lastArticle = -1;
            _lastParagraph = -1;
            _at = -1;
            _filled = 0;
            if (_words == 1)
            {
                _cursor = _index!.Cursor(hits.FirstTerm);
            }
            else if (_words > 1)
            {
                _cursors = ArrayPool<PostingCursor>.Shared.Rent(_words);
                for (var i = 0; i < _words; i++)
                {
                    _cursors[i] = _index!.Cursor(hits.FirstTerm + i);
                    _cursors[i].NextParagraph(_postings, _scope);
                }
            }
        }

        /// <summary>The current paragraph.</summary>
        public Paragraph Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _at < 0 ? default : new Paragraph(_articles![_batch[2 * _at]], _batch[(2 * _at) + 1]);
        }

        /// <summary>Advances to the next paragraph.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext() => ++_at < _filled || Fill();

        /// <summary>Returns a prefix query's pooled cursors (<c>foreach</c> calls this).</summary>
        public void Dispose()
        {
            if (_cursors is not null)
            {
                ArrayPool<PostingCursor>.Shared.Return(_cursors);
                _cursors = null;
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool Fill()
        {
            _at = 0;
            _filled = _isPhrase ? NextOfPhrase() : _words == 1 ? _cursor.DecodeParagraphs(_postings, _scope, ref _batch[0], Capacity, ref _lastArticle, ref _lastParagraph) : NextOfWords();
            if (_filled == 0)
            {
                _at = -1;
                return false;
            }

            return true;
        }

        private int NextOfPhrase()
        {
            while (_phraseHits.MoveNext())
            {
                var article = _phraseHits.CurrentArticle;
                var paragraph = _phraseHits.CurrentParagraph;
                if (paragraph != _lastParagraph || article != _lastArticle)
                {
                    return Emit(article, paragraph);
                }
            }

            return 0;
        }

        // The least (article, paragraph) among the words' cursors (each at its next paragraph in scope), then every
        // cursor at it moves on to its next paragraph.
        private int NextOfWords()
        {
            var cursors = _cursors;
            if (cursors is null)
            {
                return 0;
            }

            var article = int.MaxValue;
            var paragraph = int.MaxValue;
            for (var i = 0; i < _words; i++)
            {
                ref var cursor = ref cursors[i];
                if (cursor.Article < article || (cursor.Article == article && cursor.Paragraph < paragraph))
                {
                    article = cursor.Article;
                    paragraph = cursor.Paragraph;
                }
            }

            if (article == int.MaxValue)
            {
                return 0;
            }

            for (var i = 0; i < _words; i++)
            {
                ref var cursor = ref cursors[i];
                if (cursor.Article == article && cursor.Paragraph == paragraph)
                {
                    cursor.NextParagraph(_postings, _scope);
                }
            }

            return Emit(article, paragraph);
        }

        private int Emit(int article, int paragraph)
        {
            _lastArticle = article;
            _lastParagraph = paragraph;
            _batch[0] = article;
            _batch[1] = paragraph;
            return 1;
        }
    }
}
