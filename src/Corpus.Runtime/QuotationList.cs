using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus;

/// <summary>An article's quotations, in order of appearance. <c>foreach</c> over it allocates nothing.</summary>
public readonly struct QuotationList : IReadOnlyList<Quotation>
{
    private readonly Article _article;

    internal QuotationList(Article article) => _article = article;

    /// <inheritdoc/>
    public int Count => _article.Table.QuotationCount;

    /// <inheritdoc/>
    public Quotation this[int index] => (uint)index < (uint)Count ? new(_article, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Returns a struct enumerator (no allocation).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Quotation> IEnumerable<Quotation>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates quotations without allocating.</summary>
    public struct Enumerator : IEnumerator<Quotation>
    {
        private readonly QuotationList _list;
        private int _index;

        internal Enumerator(QuotationList list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly Quotation Current => new(_list._article, _index);

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

    /// <summary>The count, for a debugger or a test message: <c>4 quotations of a</c>.</summary>
    public override string ToString() => _article is null ? "0 quotations" : Describe.Count(Count, "quotation") + " of " + _article.Id;
}
