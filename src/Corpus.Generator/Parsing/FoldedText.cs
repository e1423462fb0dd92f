using System;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// An article's text beside its lower-cased copy (made once per article, on first use), so that looking for dozens of
/// lexicon phrases in every paragraph is an ordinal, vectorised search instead of a case-insensitive one per phrase
/// (which falls back to a slow path on any non-ASCII character, and news is full of curly quotes).
/// </summary>
internal sealed class FoldedText
{
    private string? _lower;

    public FoldedText(string text) => Text = text;

    public string Text { get; }

    /// <summary>The lower-cased copy (offsets are those of <see cref="Text"/>).</summary>
    public string Lower => _lower ??= Text.ToLowerInvariant();

    /// <summary>True when the range holds the phrase, ignoring case; <paramref name="lowerPhrase"/> is lower-case already.</summary>
    public bool Contains(TextRange range, string lowerPhrase)
    {
        // ToLowerInvariant maps char for char, so offsets in the copy are offsets in the text.
        _lower ??= Text.ToLowerInvariant();
        return range.Length >= lowerPhrase.Length && _lower.IndexOf(lowerPhrase, range.Start, range.Length, StringComparison.Ordinal) >= 0;
    }
}
