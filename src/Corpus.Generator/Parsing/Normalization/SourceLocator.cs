using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Normalization;

/// <summary>
/// Answers "where in the file is this offset of the normalised text?" as a file offset and as the zero-based line
/// and column the IDE shows. Lines are counted in the normalised text and corrected by the line breaks that joining
/// removed, so the file itself is not needed. Each query is a few binary searches.
/// </summary>
internal sealed class SourceLocator
{
    private readonly SourceMap _map;
    private readonly LineIndex _lines;

    public SourceLocator(string normalText, SourceMap map)
    {
        _map = map;
        _lines = new LineIndex(normalText);
    }

    /// <summary>The file offset of an offset of the normalised text (an end offset maps to the end of what it ends).</summary>
    public int ToSource(int offset)
    {
        var points = _map.NormalPoints;
        var index = SortedInts.LastAtOrBefore(points.AsSpan(), offset);
        return index < 0 ? offset : _map.SourcePoints[index] + (offset - points[index]);
    }

    public TextRange ToSource(TextRange range)
    {
        if (range.IsNone)
        {
            return range;
        }

        var start = ToSource(range.Start);
        return new TextRange(start, ToSource(range.End) - start);
    }

    /// <summary>The zero-based line and column in the file of an offset of the normalised text.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = _lines.LineOf(offset);
        var lineStart = ToSource(_lines.StartOf(line));

        // Breaks joined before the offset (strictly: the joining space itself still stands on the earlier line).
        var joined = _map.JoinedBreaks;
        var before = SortedInts.LastAtOrBefore(joined.AsSpan(), offset - 1);
        var joinedOnLine = 0;
        if (before >= 0 && joined[before] >= _lines.StartOf(line))
        {
            // The file's line starts after the last joined break, whose length in the file is 1 (LF, CR) or 2 (CRLF).
            lineStart = ToSource(joined[before] + 1);
        }

        joinedOnLine = before + 1;
        return (line + joinedOnLine, ToSource(offset) - lineStart);
    }

    public LineSpan Span(TextRange range) =>
        range.IsNone ? LineSpan.Empty : LineSpan.Between(Position(range.Start), Position(range.End));
}
