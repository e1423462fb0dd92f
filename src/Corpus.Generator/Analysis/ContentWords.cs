using System;
using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Analysis;

/// <summary>
/// The words that carry what a text is about: lower-cased, three letters or more, not a function word. Two versions
/// of a story (or two translations of a quotation) share them even where their word order and grammar differ.
/// </summary>
internal static class ContentWords
{
    /// <summary>Distinct hashes of the content words in a range (fixed FNV-1a, the same in every process).</summary>
    public static HashSet<uint> Hashes(string text, TextRange range, HashSet<uint>? into = null)
    {
        var hashes = into ?? new HashSet<uint>();
        foreach (var word in TextScan.WordsIn(text, range))
        {
            if (word.Length < 3)
            {
                continue;
            }

            var hash = Hash(text, word);
            if (!FunctionWordHashes.Contains(hash))
            {
                hashes.Add(hash);
            }
        }

        return hashes;
    }

    // Compared by hash, so no word is copied to a string: a content word whose 32-bit hash equals a function word's
    // (odds about 1 in 40 million per word) is dropped, which changes no similarity measurably.
    private static readonly HashSet<uint> FunctionWordHashes = HashesOf(GrammarLexicon.StopWords);

    private static HashSet<uint> HashesOf(IEnumerable<string> words)
    {
        var hashes = new HashSet<uint>();
        foreach (var word in words)
        {
            hashes.Add(Hash(word, new TextRange(0, word.Length)));
        }

        return hashes;
    }

    /// <summary>FNV-1a of the word lower-cased (invariant), with the typographic apostrophe read as a straight one.</summary>
    private static uint Hash(string text, TextRange word)
    {
        var hash = 2166136261u;
        for (var i = word.Start; i < word.End; i++)
        {
            var c = text[i] == '\u2019' ? '\'' : Parsing.TextScan.ToLowerInvariant(text[i]);
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
