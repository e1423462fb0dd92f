using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Maps character offsets to zero-based line and column, counting line ends the way the compiler does
/// (CR, LF, CRLF, U+0085, U+2028, U+2029), so diagnostics land where the IDE shows the file.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = new() { 0 };

    public LineIndex(string text)
    {
        // From line break to line break by a vectorised search: a character loop read every character.
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = text.IndexOfAny(LineBreaks, i + 1))
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++; // CRLF ends one line
            }

            _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The characters that end a line (CR LF ends one).</summary>
    private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    public (int Line, int Column) Position(int offset)
    {
        var line = LineOf(offset);
        return (line, offset - _lineStarts[line]);
    }

    /// <summary>The zero-based line that holds <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The offset at which a zero-based line starts.</summary>
    public int StartOf(int line) => _lineStarts[line];

    public LineSpan Span(TextRange range) =>
        range.IsNone ? LineSpan.Empty : LineSpan.Between(Position(range.Start), Position(range.End));
}
