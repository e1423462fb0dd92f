namespace Corpus.Generator.Model;

/// <summary>A zero-based line/column span, as diagnostics print it (one-based) in build output.</summary>
internal readonly record struct LineSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly LineSpan Empty = new(0, 0, 0, 0);

    /// <summary>The span from one (line, column) position to another.</summary>
    public static LineSpan Between((int Line, int Column) start, (int Line, int Column) end) =>
        new(start.Line, start.Column, end.Line, end.Column);
}
