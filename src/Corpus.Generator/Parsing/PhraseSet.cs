using System;
using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Which of several lists of lower-case phrases occur anywhere in a range of an article's lower-cased copy, in one
/// pass over the range: a position is compared only when its first two characters start some phrase. The same
/// answer as searching the range once per phrase, which cost a vectorised search per phrase for every paragraph;
/// lists asked of the same paragraphs share the pass. The pass skips ahead as Wu and Manber's multi-pattern search
/// does: the last two characters of a window as long as the shortest phrase say how far on the next phrase can
/// start at the nearest (most pairs of a paragraph are in no phrase's opening, and the window moves on by several).
/// </summary>
internal sealed class PhraseSet
{
    private const int FilterSize = 1 << 12;

    // The phrases (and their list) by a slot of their first two characters (null where none starts): one array read a position.
    private readonly (string Phrase, int List)[]?[] _bySlot = new (string, int)[]?[FilterSize];
    private readonly (string Phrase, int List)[] _singleCharacters;
    private readonly int _allLists;

    // Which slots of three first characters some phrase of three or more has, and which pair slots hold a phrase of
    // two: a pair slot is shared by common pairs of English ("in", "re", "co"), and the third character turns away
    // nearly all of them before any comparison.
    private readonly bool[] _triples = new bool[TripleFilterSize];
    private readonly bool[] _pairPhrases = new bool[FilterSize];

    // The shortest phrase of two characters or more (0 when there is none), and by the pair slot of a window's last
    // two characters, how far the window may move without passing a phrase's start: the least over the pairs of
    // every phrase's opening (a shared slot takes the least of its pairs).
    private readonly int _shortest;
    private readonly byte[] _shifts = new byte[FilterSize];

    /// <param name="lists">Lists of lower-case phrases (as <see cref="FoldedText.Contains"/> takes them); a hit reports its list's index as a bit.</param>
    public PhraseSet(params string[][] lists)
    {
        var bySlot = new Dictionary<int, List<(string, int)>>();
        var singles = new List<(string, int)>();
        for (var list = 0; list < lists.Length; list++)
        {
            _allLists |= 1 << list;
            foreach (var phrase in lists[list])
            {
                if (phrase.Length < 2)
                {
                    singles.Add((phrase, list));
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

                if (!bySlot.TryGetValue(slot, out var entries))
                {
                    bySlot.Add(slot, entries = new List<(string, int)>());
                }

                entries.Add((phrase, list));
            }
        }

        foreach (var entry in bySlot)
        {
            _bySlot[entry.Key] = entry.Value.ToArray();
        }

        foreach (var entry in bySlot)
        {
            foreach (var (phrase, _) in entry.Value)
            {
                _shortest = _shortest == 0 ? phrase.Length : Math.Min(_shortest, phrase.Length);
            }
        }

        for (var slot = 0; slot < FilterSize; slot++)
        {
            _shifts[slot] = (byte)Math.Max(0, _shortest - 1);
        }

        foreach (var entry in bySlot)
        {
            foreach (var (phrase, _) in entry.Value)
            {
                // The pair ending at j of the opening: a window ending there starts its phrase shortest - 1 - j on.
                for (var j = 1; j < _shortest; j++)
                {
                    var slot = Slot(phrase[j - 1], phrase[j]);
                    _shifts[slot] = (byte)Math.Min(_shifts[slot], _shortest - 1 - j);
                }
            }
        }

        _singleCharacters = singles.ToArray();
    }

    /// <summary>A bit per list (1 &lt;&lt; index) that has a phrase wholly inside the range, ignoring case.</summary>
    public int Find(FoldedText folded, TextRange range)
    {
        var found = 0;
        foreach (var (single, list) in _singleCharacters)
        {
            if ((found & (1 << list)) == 0 && folded.Contains(range, single))
            {
                found |= 1 << list;
            }
        }

        var lower = folded.Lower;
        var end = range.End;
        for (var i = range.Start; _shortest > 0 && i + _shortest <= end && found != _allLists; i++)
        {
            var last = i + _shortest - 1;
            var shift = _shifts[Slot(lower[last - 1], lower[last])];
            if (shift > 0)
            {
                i += shift - 1; // no phrase starts before i + shift
                continue;
            }

            var slot = Slot(lower[i], lower[i + 1]);
            var candidates = _bySlot[slot];
            if (candidates is null || (!_pairPhrases[slot] && (i + 2 >= end || !_triples[Triple(lower[i], lower[i + 1], lower[i + 2])])))
            {
                continue;
            }

            foreach (var (phrase, list) in candidates)
            {
                if ((found & (1 << list)) == 0 && i + phrase.Length <= end && string.CompareOrdinal(lower, i, phrase, 0, phrase.Length) == 0)
                {
                    found |= 1 << list;
                }
            }
        }

        return found;
    }

    // Distinct for any two lower-case ASCII letters; a collision only costs a comparison.
    private static int Slot(char first, char second) => ((first * 31) + second) & (FilterSize - 1);

    private const int TripleFilterSize = 1 << 15;

    // A collision only costs the comparisons the pair slot asked for before.
    private static int Triple(char first, char second, char third) => ((((first * 31) + second) * 31) + third) & (TripleFilterSize - 1);
}
