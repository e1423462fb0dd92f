using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Whether any of a set of lower-case phrases occurs anywhere in a range of an article's lower-cased copy, in one
/// pass over the range: a position is compared only when its first two characters start some phrase. The same
/// answer as searching the range once per phrase, which cost a vectorised search per phrase for every paragraph.
/// </summary>
internal sealed class PhraseSet
{
    private const int FilterSize = 1 << 12;

    // The phrases by a slot of their first two characters (null where none starts): one array read a position.
    private readonly string[]?[] _bySlot = new string[]?[FilterSize];
    private readonly string[] _singleCharacters;

    // Which slots of three first characters some phrase of three or more has, and which pair slots hold a phrase of
    // two: a pair slot is shared by common pairs of English ("in", "re", "co"), and the third character turns away
    // nearly all of them before any comparison.
    private readonly bool[] _triples = new bool[TripleFilterSize];
    private readonly bool[] _pairPhrases = new bool[FilterSize];

    /// <param name="phrases">Lower-case phrases (as <see cref="FoldedText.Contains"/> takes them).</param>
    public PhraseSet(string[] phrases)
    {
        var lists = new Dictionary<int, List<string>>();
        var singles = new List<string>();
        foreach (var phrase in phrases)
        {
            if (phrase.Length < 2)
            {
                singles.Add(phrase);
                continue;
            }

            var slot = Slot(phrase[0], phrase[1]);
            if (phrase.Length == 2)
            {
                _pairPhrases[slot] = true;
            }
            else
            {
                _triples[Triple(phrase[0], phrase[1], phrase[2])] = true;
            }

            if (!lists.TryGetValue(slot, out var list))
            {
                lists.Add(slot, list = new List<string>());
            }

            list.Add(phrase);
        }

        foreach (var entry in lists)
        {
            _bySlot[entry.Key] = entry.Value.ToArray();
        }

        _singleCharacters = singles.ToArray();
    }

    /// <summary>True when some phrase lies wholly inside the range, ignoring case.</summary>
    public bool AnyIn(FoldedText folded, TextRange range)
    {
        foreach (var single in _singleCharacters)
        {
            if (folded.Contains(range, single))
            {
                return true;
            }
        }

        var lower = folded.Lower;
        var end = range.End;
        for (var i = range.Start; i + 1 < end; i++)
        {
            var slot = Slot(lower[i], lower[i + 1]);
            var candidates = _bySlot[slot];
            if (candidates is null || (!_pairPhrases[slot] && (i + 2 >= end || !_triples[Triple(lower[i], lower[i + 1], lower[i + 2])])))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (i + phrase.Length <= end && string.CompareOrdinal(lower, i, phrase, 0, phrase.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Distinct for any two lower-case ASCII letters; a collision only costs a comparison.
    private static int Slot(char first, char second) => ((first * 31) + second) & (FilterSize - 1);

    private const int TripleFilterSize = 1 << 15;

    // A collision only costs the comparisons the pair slot asked for before.
    private static int Triple(char first, char second, char third) => ((((first * 31) + second) * 31) + third) & (TripleFilterSize - 1);
}
