using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Languages;

/// <summary>
/// Evidence that a capitalised word is no name where every noun is capitalised: a common-noun ending, a calendar word,
/// a word that opens sentences (an adverb, a preposition, a pronoun). Words as data (<c>Lexicons/de</c>).
/// </summary>
internal sealed class NounEvidence
{
    public static readonly NounEvidence None = new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());

    private readonly string[] _endings;
    private readonly HashSet<string> _calendar;
    private readonly HashSet<string> _openers;

    public NounEvidence(string[] endings, string[] calendar, string[] openers)
    {
        _endings = endings;
        _calendar = new HashSet<string>(calendar, StringComparer.OrdinalIgnoreCase);
        _openers = new HashSet<string>(openers, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when the word is one that opens sentences (an adverb, a preposition, a pronoun), no noun.</summary>
    public bool IsOpener(string word) => _openers.Contains(word);

    /// <summary>True when the word is a calendar word (<c>Montag</c>, <c>Mai</c>).</summary>
    public bool IsCalendar(string word) => _calendar.Contains(word);

    /// <summary>True when the word is a common noun, a calendar word or a sentence opener by these lists.</summary>
    public bool IsNotName(string word)
    {
        if (_calendar.Contains(word) || _openers.Contains(word))
        {
            return true;
        }

        foreach (var ending in _endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
