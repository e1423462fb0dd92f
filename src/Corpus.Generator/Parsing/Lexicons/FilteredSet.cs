using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// A lexicon's word set beside a filter of its words' hashes (<see cref="SpeechLexicon.CaseInsensitiveHash"/>): a
/// paragraph's word is first tested by the hash its view computed once (<see cref="Quotations.ParagraphWords.WordIn"/>),
/// and copied and looked up only when the filter lets it through. Nearly every word is in none of the sets, and the
/// speaker rules ask many sets about the same words; the answers are those of the set.
/// </summary>
internal sealed class FilteredSet
{
    private readonly HashFilter _filter;

    public FilteredSet(HashSet<string> words)
    {
        Words = words;

        // A single word equals no entry holding a space, so the hash of each entry's first word covers every word that may match.
        _filter = new HashFilter(SpeechLexicon.Hashes(words));
    }

    public HashSet<string> Words { get; }

    /// <summary>True when the set holds a word whose hash (<see cref="SpeechLexicon.CaseInsensitiveHash"/>) is given; looked up only when the filter lets it through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(string word, uint hash) => MayContain(hash) && Words.Contains(word);

    /// <summary>True when the set holds the string; its hash (<see cref="SpeechLexicon.FirstWordHash"/>) computed here.</summary>
    public bool Contains(string word) => Contains(word, SpeechLexicon.FirstWordHash(word));

    /// <summary>False when no word of this hash is in the set; true when one may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint hash) => _filter.MayContain(hash);
}
