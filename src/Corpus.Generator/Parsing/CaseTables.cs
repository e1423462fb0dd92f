namespace Corpus.Generator.Parsing;

/// <summary>
/// <see cref="char.ToLowerInvariant"/> and <see cref="char.ToUpperInvariant"/> of every UTF-16 unit, read once:
/// the parser folds case a character at a time in its hottest loops (word hashes, prefix tests), where a call into
/// the culture tables per character was a tenth of the parse stage. The tables hold exactly what those calls return.
/// </summary>
internal static class CaseTables
{
    private static readonly char[] Lower = Build(upper: false);
    private static readonly char[] Upper = Build(upper: true);

    public static char ToLower(char c) => Lower[c];

    public static char ToUpper(char c) => Upper[c];

    private static char[] Build(bool upper)
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = upper ? char.ToUpperInvariant((char)c) : char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
