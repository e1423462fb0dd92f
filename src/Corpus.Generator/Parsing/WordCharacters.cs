namespace Corpus.Generator.Parsing;

/// <summary>
/// What each UTF-16 unit is to the word scan (<see cref="TextScan.WordsIn"/>): a letter or digit, a joiner inside a
/// word (apostrophe, hyphen, dot, slash), or neither, read from one table. Every stage scans the words of every
/// paragraph several times, and the table answers in one read what <see cref="char.IsLetterOrDigit(char)"/> and
/// the joiner test answered in several; it holds exactly their answers.
/// </summary>
internal static class WordCharacters
{
    public const byte Other = 0;
    public const byte LetterOrDigit = 1;
    public const byte Joiner = 2;

    private static readonly byte[] Classes = Build();

    /// <summary>The class table, indexed by the character.</summary>
    public static byte[] Table => Classes;

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.IsLetterOrDigit((char)c) ? LetterOrDigit : TextScan.IsInWordJoiner((char)c) ? Joiner : Other;
        }

        return table;
    }
}
