using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Builds the constant table that the runtime's <c>ArticleTable</c> reads (layout in docs/design.md and in
/// src/Corpus.Runtime/ArticleTable.cs; the two must change together, guarded by <see cref="Version"/>).
/// Text values are "slices": byte and character ranges into the article's data, which is the article text
/// followed by any string that does not occur in the text verbatim.
/// </summary>
internal sealed class ArticleTableBuilder
{
    public const int Version = 1;

    private readonly string _text;
    private readonly Utf8Offsets _offsets;
    private readonly List<int> _slices = new();
    private readonly Dictionary<TextRange, int> _sliceByRange = new();
    private readonly Dictionary<string, int> _sliceByExtra = new();
    private readonly StringBuilder _extras = new();
    private int _extraBytes;

    public ArticleTableBuilder(string text)
    {
        _text = text;
        _offsets = new Utf8Offsets(text);
    }

    /// <summary>The strings stored after the article text, in order.</summary>
    public string Extras => _extras.ToString();

    public int SliceOf(TextRange range)
    {
        if (range.IsNone)
        {
            return -1;
        }

        if (!_sliceByRange.TryGetValue(range, out var slice))
        {
            slice = AddSlice(_offsets[range.Start], _offsets[range.End] - _offsets[range.Start], range.Start, range.Length);
            _sliceByRange.Add(range, slice);
        }

        return slice;
    }

    /// <summary>Texts up to this long are searched whole for a name; longer ones only near where the name is used.</summary>
    private const int SearchedWhole = 16 * 1024;

    /// <summary>How far either side of <c>near</c> a name is looked for in a long text.</summary>
    private const int SearchWindow = 4 * 1024;

    /// <summary>
    /// A slice for a name: a verbatim occurrence in the text, else a copy stored after the text. A long text is searched
    /// only within <see cref="SearchWindow"/> of <paramref name="near"/> (the quotation's paragraph): searching it whole for
    /// each of thousands of speakers made one article's emission quadratic (7 s at 4 MB).
    /// </summary>
    public int SliceOf(string? value, int near = 0)
    {
        if (value is null)
        {
            return -1;
        }

        var at = value.Length == 0 ? -1 : Find(value, near);
        if (at >= 0)
        {
            return SliceOf(new TextRange(at, value.Length));
        }

        if (!_sliceByExtra.TryGetValue(value, out var slice))
        {
            var bytes = Encoding.UTF8.GetByteCount(value);
            slice = AddSlice(_offsets.TotalBytes + _extraBytes, bytes, -1, value.Length);
            _extras.Append(value);
            _extraBytes += bytes;
            _sliceByExtra.Add(value, slice);
        }

        return slice;
    }

    private int Find(string value, int near)
    {
        if (_text.Length <= SearchedWhole)
        {
            return _text.IndexOf(value, System.StringComparison.Ordinal);
        }

        var start = System.Math.Max(0, near - SearchWindow);
        var end = System.Math.Min(_text.Length, near + SearchWindow + value.Length);
        return _text.IndexOf(value, start, end - start, System.StringComparison.Ordinal);
    }

    public string Build(ArticleModel article)
    {
        // Register every slice first: the header needs the slice count.
        var headline = SliceOf(article.Headline);
        var dateline = SliceOf(article.Dateline);
        var agency = SliceOf(article.Agency);
        var paragraphs = new List<int>();
        foreach (var paragraph in article.Paragraphs)
        {
            paragraphs.Add(SliceOf(paragraph.Range));
            paragraphs.Add((int)paragraph.Kind);
        }

        var quotations = new List<int>();
        foreach (var quotation in article.Quotations)
        {
            var near = quotation.Paragraph >= 0 && quotation.Paragraph < article.Paragraphs.Count ? article.Paragraphs[quotation.Paragraph].Range.Start : 0;
            quotations.Add(SliceOf(quotation.Text));
            quotations.Add(quotation.Paragraph);
            quotations.Add(quotation.Marked ? 1 : 0);
            quotations.Add(SliceOf(quotation.Cue));
            quotations.Add(SliceOf(quotation.SpeakerAsWritten));
            quotations.Add(SliceOf(quotation.Speaker, near));
            quotations.Add(quotation.Continues);
        }

        var values = new List<int>
        {
            Version,
            _offsets.TotalBytes,
            article.Text.Length,
            article.Date?.ToNumber() ?? 0,
            headline,
            dateline,
            agency,
            _slices.Count / 4,
            article.Paragraphs.Count,
            article.Quotations.Count,
        };
        values.AddRange(_slices);
        values.AddRange(paragraphs);
        values.AddRange(quotations);
        return TableEncoding.Encode(values);
    }

    private int AddSlice(int utf8Start, int utf8Length, int start, int length)
    {
        _slices.Add(utf8Start);
        _slices.Add(utf8Length);
        _slices.Add(start);
        _slices.Add(length);
        return (_slices.Count / 4) - 1;
    }
}
