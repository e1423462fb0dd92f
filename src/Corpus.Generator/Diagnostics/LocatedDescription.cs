using System;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// The description of one reported diagnostic: the catalogue's text, with a hash and equality that include the
/// place it is reported at. Why: the compiler drops duplicate diagnostics through a hash set, and Roslyn's hash of a
/// diagnostic leaves its location out (and, for about half of all locations, its message arguments too), so the
/// thousands of one id a corpus reports all land in one hash bucket and reporting them is quadratic (8 s for 35,000
/// at 100 MB; docs/benchmarks.md). A descriptor per diagnostic carrying this description gives each its own hash;
/// everything a user sees (id, title, message, severity, help link, description text) is the catalogue's.
/// </summary>
internal sealed class LocatedDescription : LocalizableString
{
    private readonly LocalizableString _text;
    private readonly string _path;
    private readonly int _line;
    private readonly int _column;
    private readonly int _start;

    public LocatedDescription(LocalizableString text, string path, int line, int column, int start)
    {
        _text = text;
        _path = path;
        _line = line;
        _column = column;
        _start = start;
    }

    protected override string GetText(IFormatProvider? formatProvider) => _text.ToString(formatProvider);

    protected override int GetHash()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(_path);
            hash = (hash * 31) + _line;
            hash = (hash * 31) + _column;
            hash = (hash * 31) + _start;
            return (hash * 31) + _text.GetHashCode();
        }
    }

    protected override bool AreEqual(object? other) =>
        other is LocatedDescription that && _line == that._line && _column == that._column && _start == that._start
        && string.Equals(_path, that._path, StringComparison.Ordinal) && _text.Equals(that._text);
}
