using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// A full stop typed without its space (<c>sagte Struck.Gleichzeitig</c>), a slip of hurried writing: the word is
/// split at the stop when a lower-case letter stands before it and a capitalised word after it, so the sentence ends
/// there and the name before it stands alone. Web addresses (<c>example.de</c>) and initials (<c>U.S.</c>) are left whole.
/// Applied outside English only (English keeps the words its weights were trained on).
/// </summary>
internal static class RunOnSentences
{
    /// <summary>The fewest letters on either side of the stop.</summary>
    private const int Shortest = 3;

    public static TextRange[] Split(string text, TextRange[] words)
    {
        List<TextRange>? split = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var stop = StopInside(text, word);
            if (stop < 0)
            {
                split?.Add(word);
                continue;
            }

            if (split is null)
            {
                split = new List<TextRange>(words.Length + 1);
                for (var k = 0; k < i; k++)
                {
                    split.Add(words[k]);
                }
            }

            split.Add(new TextRange(word.Start, stop - word.Start));
            split.Add(new TextRange(stop + 1, word.End - stop - 1));
        }

        return split is null ? words : split.ToArray();
    }

    /// <summary>The position of a full stop between a lower-case letter and a capitalised lower-case word, or -1.</summary>
    private static int StopInside(string text, TextRange word)
    {
        for (var i = word.Start + Shortest; i < word.End - Shortest; i++)
        {
            if (text[i] == '.' && char.IsLower(text[i - 1]) && char.IsUpper(text[i + 1]) && char.IsLower(text[i + 2]) && IsLetters(text, i - Shortest, i) && IsLetters(text, i + 1, i + 1 + Shortest))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLetters(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
