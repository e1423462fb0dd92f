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
    /// <summary>Words read at most: a few paragraphs decide, and a long text costs no more than its start.</summary>
    public const int WordsRead = 2000;

    /// <summary>
    /// Reading stops early once one language's function words number this many and four times the next language's:
    /// a news article's first paragraph settles it, so detection costs a fraction of a pass over the text.
    /// </summary>
    private const int ClearLead = 24;

    // Word hash → the languages it is a function word of (bit per TextLanguage).
    private static readonly Dictionary<uint, byte> Evidence = Build();

    // Every evidence hash, as a bit filter (declared after it, which it is made from): most words are turned away without a dictionary probe.
    private static readonly HashFilter Filter = new(Evidence.Keys);

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

            if (word.Length > 7)
            {
                continue; // no function word is longer
            }

            var hash = SpeechLexicon.CaseInsensitiveHash(text, word.Start, word.Length);
            if (Filter.MayContain(hash) && Evidence.TryGetValue(hash, out var languages))
            {
                for (var l = 0; l < counts.Length; l++)
                {
                    counts[l] += (languages >> l) & 1;
                }

                if (Settled(counts))
                {
                    break;
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

    /// <summary>The languages (a bit per <see cref="TextLanguage"/>) whose function words hold a word of this case-insensitive hash; 0 for most words.</summary>
    public static int FunctionWordLanguages(uint hash) => Filter.MayContain(hash) && Evidence.TryGetValue(hash, out var languages) ? languages : 0;

    /// <summary>True when one language leads by <see cref="ClearLead"/> words and four times the runner-up's count.</summary>
    private static bool Settled(System.Span<int> counts)
    {
        int best = 0, second = 0;
        foreach (var count in counts)
        {
            if (count > best)
            {
                second = best;
                best = count;
            }
            else if (count > second)
            {
                second = count;
            }
        }

        return best >= ClearLead && best >= 4 * second;
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
