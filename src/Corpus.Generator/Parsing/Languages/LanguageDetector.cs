using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Lexicons.De;
using Corpus.Generator.Parsing.Lexicons.En;
using Corpus.Generator.Parsing.Lexicons.Es;
using Corpus.Generator.Parsing.Lexicons.Fr;

namespace Corpus.Generator.Parsing.Languages;

/// <summary>
/// The language of a text from its function words: each language's list holds frequent words that are not words of
/// the others (<c>Lexicons/en</c>, <c>de</c>, <c>es</c>, <c>fr</c>), and the language whose words occur most wins;
/// English when none occurs or two tie. No dependency, one pass over at most <see cref="WordsRead"/> words, each
/// looked up by its case-insensitive hash in place (no string per word).
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Words read: a few paragraphs decide, and a long text costs no more than its start.</summary>
    public const int WordsRead = 2000;

    // Word hash → the languages it is a function word of (bit per TextLanguage).
    private static readonly Dictionary<uint, byte> Evidence = Build();

    public static TextLanguage Detect(string text) => Detect(text, new TextRange(0, text.Length));

    public static TextLanguage Detect(string text, TextRange range)
    {
        System.Span<int> counts = stackalloc int[4];
        var read = 0;
        foreach (var word in TextScan.WordsIn(text, range))
        {
            if (++read > WordsRead)
            {
                break;
            }

            if (word.Length <= 7 && Evidence.TryGetValue(SpeechLexicon.CaseInsensitiveHash(text, word.Start, word.Length), out var languages))
            {
                for (var l = 0; l < counts.Length; l++)
                {
                    counts[l] += (languages >> l) & 1;
                }
            }
        }

        var best = TextLanguage.English;
        for (var l = 1; l < counts.Length; l++)
        {
            if (counts[l] > counts[(int)best])
            {
                best = (TextLanguage)l;
            }
        }

        return best;
    }

    private static Dictionary<uint, byte> Build()
    {
        var evidence = new Dictionary<uint, byte>();
        Add(evidence, EnglishWords.FunctionWords, TextLanguage.English);
        Add(evidence, GermanWords.FunctionWords, TextLanguage.German);
        Add(evidence, SpanishWords.FunctionWords, TextLanguage.Spanish);
        Add(evidence, FrenchWords.FunctionWords, TextLanguage.French);
        return evidence;
    }

    private static void Add(Dictionary<uint, byte> evidence, string[] words, TextLanguage language)
    {
        foreach (var word in words)
        {
            var hash = SpeechLexicon.CaseInsensitiveHash(word, 0, word.Length);
            evidence.TryGetValue(hash, out var bits);
            evidence[hash] = (byte)(bits | (1 << (int)language));
        }
    }
}
