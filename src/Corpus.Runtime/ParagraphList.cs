using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus;

/// <summary>An article's paragraphs. <c>foreach</c> over it allocates nothing.</summary>
public readonly struct ParagraphList : IReadOnlyList<Paragraph>
{
    private readonly Article _article;

    internal ParagraphList(Article article) => _article = article;

    /// <inheritdoc/>
    public int Count => _article.Table.ParagraphCount;

    /// <inheritdoc/>
    public Paragraph this[int index] => (uint)index < (uint)Count ? new(_article, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Paragraph> IEnumerable<Paragraph>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates paragraphs without allocating.</summary>
    public struct Enumerator : IEnumerator<Paragraph>
    {
        private readonly ParagraphList _list;
        private int _index;

        internal Enumerator(ParagraphList list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly Paragraph Current => new(_list._article, _index);

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _list.Count;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }

    /// <summary>The count, for a debugger or a test message: <c>12 paragraphs of a</c>.</summary>
    public override string ToString() => _article is null ? "0 paragraphs" : Describe.Count(Count, "paragraph") + " of " + _article.Id;
}
