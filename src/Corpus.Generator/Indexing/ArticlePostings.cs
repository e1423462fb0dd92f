using System;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Generator.Model;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Indexing;

/// <summary>
/// One article's share of its corpus's text index, encoded as the index stores it, so the corpus-wide step
/// (<see cref="TextIndexBuilder"/>) only copies bytes, and a cached seed carries its share as one block
/// (Storage/SeedDigestFormat.cs) instead of every word. For each distinct term of the article: the term's UTF-8 bytes,
/// its occurrence count, and its postings in the index's format (<see cref="TextIndexBuilder"/>) but for one thing,
/// the article delta after the first head, which depends on the article's place among the corpus's others and is
/// written by the builder. Layout, in <see cref="Varint"/> integers: term count, header length, term bytes
/// length; per term (the header) its byte length, count and postings length; then every term's bytes; then every
/// term's postings.
/// </summary>
internal sealed class ArticlePostings : IEquatable<ArticlePostings>
{
    private readonly ArraySegment<byte> _bytes;

    /// <summary>A share read back as it was written (<see cref="Bytes"/>), where it lies (a cached seed's buffer).</summary>
    public ArticlePostings(ArraySegment<byte> bytes) => _bytes = bytes;

    public ArraySegment<byte> Bytes => _bytes;

    /// <summary>The article's distinct terms (the share's first number).</summary>
    public int TermCount
    {
        get
        {
            var at = _bytes.Offset;
            return Varint.Read(_bytes.Array!, ref at);
        }
    }

    /// <summary>The article's words, grouped by term: linear in the words (a counting sort by term).</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static ArticlePostings Encode(ArticleTokens tokens)
    {
        var terms = tokens.Terms;
        var words = tokens.Tokens;
        var counts = new int[terms.Count];
        foreach (var word in words)
        {
            counts[word.Term]++;
        }

        var next = new int[terms.Count];
        for (var t = 1; t < terms.Count; t++)
        {
            next[t] = next[t - 1] + counts[t - 1];
        }

        var byTerm = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            byTerm[next[words[i].Term]++] = i;
        }

        // At most five bytes a varint, five varints a word.
        var postings = new byte[words.Count * 25];
        var postingLengths = new int[terms.Count];
        var at = 0;
        var w = 0;
        for (var t = 0; t < terms.Count; t++)
        {
            var start = at;
            var termLength = terms[t].Length;
            var previous = new TokenOccurrence(t, 0, 0, 0, 0, 0);
            for (var k = 0; k < counts[t]; k++)
            {
                var word = words[byTerm[w++]];
                // As the index writes every article's first occurrence of a term: deltas from 0, the article delta left to the builder.
                var hasLength = word.Length != termLength;
                var head = PostingFormat.Head(word.Paragraph - previous.Paragraph, newArticle: k == 0, hasLength, word.Flags);
                Varint.Write(postings, ref at, (uint)head);
                Varint.Write(postings, ref at, (uint)(word.Ordinal - previous.Ordinal));
                Varint.Write(postings, ref at, (uint)(word.Start - previous.Start));
                if (hasLength)
                {
                    Varint.Write(postings, ref at, (uint)word.Length);
                }

                previous = word;
            }

            postingLengths[t] = at - start;
        }

        var termBytes = new byte[terms.Count][];
        var headerLength = 0;
        var termBytesLength = 0;
        for (var t = 0; t < terms.Count; t++)
        {
            termBytes[t] = Encoding.UTF8.GetBytes(terms[t]);
            termBytesLength += termBytes[t].Length;
            headerLength += Varint.Length((uint)termBytes[t].Length) + Varint.Length((uint)counts[t]) + Varint.Length((uint)postingLengths[t]);
        }

        var bytes = new byte[Varint.Length((uint)terms.Count) + Varint.Length((uint)headerLength) + Varint.Length((uint)termBytesLength) + headerLength + termBytesLength + at];
        var o = 0;
        Varint.Write(bytes, ref o, (uint)terms.Count);
        Varint.Write(bytes, ref o, (uint)headerLength);
        Varint.Write(bytes, ref o, (uint)termBytesLength);
        for (var t = 0; t < terms.Count; t++)
        {
            Varint.Write(bytes, ref o, (uint)termBytes[t].Length);
            Varint.Write(bytes, ref o, (uint)counts[t]);
            Varint.Write(bytes, ref o, (uint)postingLengths[t]);
        }

        foreach (var term in termBytes)
        {
            Buffer.BlockCopy(term, 0, bytes, o, term.Length);
            o += term.Length;
        }

        Buffer.BlockCopy(postings, 0, bytes, o, at);
        return new ArticlePostings(new ArraySegment<byte>(bytes));
    }

    /// <summary>Walks the terms in the order they were written.</summary>
    public Reader Read() => new(_bytes.Array!, _bytes.Offset);

    public bool Equals(ArticlePostings? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes.AsSpan());

    public override bool Equals(object? obj) => Equals(obj as ArticlePostings);

    public override int GetHashCode()
    {
        var hash = _bytes.Count;
        foreach (var b in _bytes.AsSpan())
        {
            hash = unchecked((hash * 31) + b);
        }

        return hash;
    }

    /// <summary>One term at a time: its bytes and postings as places in the array of <see cref="Bytes"/>.</summary>
    public struct Reader
    {
        private readonly byte[] _bytes;
        private int _remaining;
        private int _header;
        private int _term;
        private int _postings;

        public Reader(byte[] bytes, int offset)
        {
            _bytes = bytes;
            var at = offset;
            _remaining = Varint.Read(bytes, ref at);
            var headerLength = Varint.Read(bytes, ref at);
            var termBytesLength = Varint.Read(bytes, ref at);
            _header = at;
            _term = at + headerLength;
            _postings = _term + termBytesLength;
            TermStart = TermLength = Count = PostingsStart = PostingsLength = 0;
        }

        public int TermStart { get; private set; }

        public int TermLength { get; private set; }

        public int Count { get; private set; }

        public int PostingsStart { get; private set; }

        public int PostingsLength { get; private set; }

        [MethodImpl(JitHints.FullyOptimized)]
        public bool Next()
        {
            if (_remaining == 0)
            {
                return false;
            }

            _remaining--;
            TermLength = Varint.Read(_bytes, ref _header);
            Count = Varint.Read(_bytes, ref _header);
            PostingsLength = Varint.Read(_bytes, ref _header);
            TermStart = _term;
            PostingsStart = _postings;
            _term += TermLength;
            _postings += PostingsLength;
            return true;
        }
    }
}
