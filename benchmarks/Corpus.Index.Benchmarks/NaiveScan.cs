using System;

namespace Corpus.Index.Benchmarks;

/// <summary>
/// The baseline: no index, <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/>
/// with OrdinalIgnoreCase over every article's text (decoded once at start-up), keeping whole-word matches. Not
/// accent-insensitive, and a phrase must be written with single spaces: cheaper than what the index does.
/// </summary>
public sealed class NaiveScan
{
    private readonly string[] _texts;

    public NaiveScan(ArticleList articles)
    {
        _texts = new string[articles.Count];
        for (var i = 0; i < _texts.Length; i++)
        {
            _texts[i] = articles[i].Text;
        }
    }

    public long Chars
    {
        get
        {
            long total = 0;
            foreach (var text in _texts)
            {
                total += text.Length;
            }

            return total;
        }
    }

    /// <summary>Occurrences of <paramref name="words"/> as whole words (or as a word start, for a prefix).</summary>
    public int Count(string words, bool prefix = false)
    {
        var count = 0;
        foreach (var text in _texts)
        {
            var span = text.AsSpan();
            var at = 0;
            while (true)
            {
                var found = span.Slice(at).IndexOf(words.AsSpan(), StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                var start = at + found;
                var end = start + words.Length;
                if ((start == 0 || !char.IsLetterOrDigit(span[start - 1])) && (prefix || end == span.Length || !char.IsLetterOrDigit(span[end])))
                {
                    count++;
                }

                at = start + 1;
            }
        }

        return count;
    }
}
