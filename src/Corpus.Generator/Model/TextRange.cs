namespace Corpus.Generator.Model;

/// <summary>A range of UTF-16 characters in an article's text (the seed file's text after normalisation; see <see cref="SourceMap"/>).</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public static readonly TextRange None = new(-1, 0);

    public int End => Start + Length;

    public bool IsNone => Start < 0;

    public string Of(string text) => IsNone ? string.Empty : text.Substring(Start, Length);
}
