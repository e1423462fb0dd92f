using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Paragraphs the page prints twice. A short paragraph whose words stand, in order, inside another paragraph is a
/// pull quote (page furniture: counting it as story would record its words twice); a paragraph printed whole more
/// than once is a gallery or chart caption (shown with the thumbnail and again with the picture); a teaser that
/// breaks off with <c>... Read More</c> belongs with the paragraph it cuts short.
/// Word windows are hashed, so the search is linear in the text (each hit is verified word by word, at most a
/// pull quote's length).
/// </summary>
internal static class RepeatedParagraphs
{
    private const int Window = 6;
    private const int MaxPullQuoteWords = 40;
    private const int MinDuplicateWords = 8;

    public static void Mark(string text, IReadOnlyList<TextRange> paragraphs, List<ParagraphKind> kinds)
    {
        var words = new ulong[paragraphs.Count][];
        var teasers = new bool[paragraphs.Count];
        var scratch = new List<ulong>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var range = paragraphs[p];
            teasers[p] = IsTeaser(text, range, out var cut);
            words[p] = WordHashes(text, teasers[p] ? cut : WithoutTrailingWidget(text, range), scratch);
        }

        MarkDuplicates(words, kinds);

        // Candidates: short body paragraphs (and teasers), found by their first window of words.
        var byFirstWindow = new Dictionary<ulong, List<int>>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var count = words[p].Length;
            if ((kinds[p] == ParagraphKind.Body || teasers[p]) && count >= Window && count <= MaxPullQuoteWords)
            {
                var key = WindowHash(words[p], 0);
                if (!byFirstWindow.TryGetValue(key, out var list))
                {
                    byFirstWindow.Add(key, list = new List<int>());
                }

                list.Add(p);
            }
        }

        if (byFirstWindow.Count == 0)
        {
            return;
        }

        var found = new int[paragraphs.Count];
        for (var p = 0; p < found.Length; p++)
        {
            found[p] = -1;
        }

        for (var host = 0; host < paragraphs.Count; host++)
        {
            var hostWords = words[host];
            for (var at = 0; at + Window <= hostWords.Length; at++)
            {
                if (!byFirstWindow.TryGetValue(WindowHash(hostWords, at), out var candidates))
                {
                    continue;
                }

                foreach (var candidate in candidates)
                {
                    if (candidate != host && found[candidate] < 0 && StandsAt(words[candidate], hostWords, at))
                    {
                        found[candidate] = host;
                    }
                }
            }
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (found[p] < 0)
            {
                continue;
            }

            if (teasers[p])
            {
                kinds[p] = kinds[found[p]] == ParagraphKind.Body ? ParagraphKind.Boilerplate : kinds[found[p]];
            }
            else if (kinds[p] == ParagraphKind.Body && words[p].Length < words[found[p]].Length)
            {
                kinds[p] = ParagraphKind.Boilerplate;
            }
        }
    }

    /// <summary>Body paragraphs printed whole two or more times are captions.</summary>
    private static void MarkDuplicates(ulong[][] words, List<ParagraphKind> kinds)
    {
        var firstByHash = new Dictionary<ulong, int>();
        var duplicated = new bool[words.Length];
        for (var p = 0; p < words.Length; p++)
        {
            if (words[p].Length < MinDuplicateWords || kinds[p] != ParagraphKind.Body)
            {
                continue;
            }

            var hash = WindowHash(words[p], 0, words[p].Length);
            if (firstByHash.TryGetValue(hash, out var first) && Same(words[first], words[p]))
            {
                duplicated[first] = duplicated[p] = true;
            }
            else if (!firstByHash.ContainsKey(hash))
            {
                firstByHash.Add(hash, p);
            }
        }

        for (var p = 0; p < words.Length; p++)
        {
            if (duplicated[p])
            {
                kinds[p] = ParagraphKind.Caption;
            }
        }
    }

    /// <summary><c>Words of a caption cut short... Read More</c>: the cut is the text before the ellipsis.</summary>
    private static bool IsTeaser(string text, TextRange paragraph, out TextRange cut)
    {
        cut = paragraph;
        var end = paragraph.End;
        while (end > paragraph.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        const string readMore = "read more";
        if (end - paragraph.Start < readMore.Length + 4
            || string.Compare(text, end - readMore.Length, readMore, 0, readMore.Length, System.StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var i = end - readMore.Length;
        while (i > paragraph.Start && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        var ellipsis = i > paragraph.Start && (text[i - 1] == '\u2026' || (i - 3 >= paragraph.Start && text[i - 1] == '.' && text[i - 2] == '.' && text[i - 3] == '.'));
        if (!ellipsis)
        {
            return false;
        }

        cut = new TextRange(paragraph.Start, i - paragraph.Start);
        return true;
    }

    /// <summary>A button label glued after the last sentence (<c>... short of that level. Close</c>) is not the paragraph's.</summary>
    private static TextRange WithoutTrailingWidget(string text, TextRange paragraph)
    {
        var end = paragraph.End;
        var space = text.LastIndexOf(' ', end - 1, System.Math.Min(paragraph.Length, 24));
        if (space <= paragraph.Start + 1 || text[space - 1] is not ('.' or '!' or '?' or '\u201D' or '"'))
        {
            return paragraph;
        }

        var label = new TextRange(space + 1, end - space - 1);
        return TextScan.EqualsAny(text, label, Lexicons.FurnitureLexicon.WidgetLabels, ignoreCase: true)
            ? new TextRange(paragraph.Start, space - paragraph.Start)
            : paragraph;
    }

    private static bool StandsAt(ulong[] needle, ulong[] hay, int at)
    {
        if (at + needle.Length > hay.Length)
        {
            return false;
        }

        for (var k = 0; k < needle.Length; k++)
        {
            if (needle[k] != hay[at + k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(ulong[] a, ulong[] b) => a.Length == b.Length && StandsAt(a, b, 0);

    /// <summary>A 64-bit FNV-1a hash of each word, lower-cased: collisions are negligible and the result deterministic.</summary>
    /// <remarks>Collected in <paramref name="scratch"/> and copied out at their exact count: one array a paragraph.</remarks>
    private static ulong[] WordHashes(string text, TextRange range, List<ulong> scratch)
    {
        var hashes = scratch;
        hashes.Clear();
        foreach (var word in TextScan.WordsIn(text, range))
        {
            var hash = 14695981039346656037UL;
            for (var i = word.Start; i < word.End; i++)
            {
                var c = text[i];
                if (c is '\'' or '\u2019')
                {
                    continue; // the same word with a straight or a curly apostrophe
                }

                hash = (hash ^ TextScan.ToLowerInvariant(c)) * 1099511628211UL;
            }

            hashes.Add(hash);
        }

        return hashes.Count == 0 ? System.Array.Empty<ulong>() : hashes.ToArray();
    }

    private static ulong WindowHash(ulong[] words, int at, int length = Window)
    {
        var hash = 1469598103934665603UL;
        for (var k = at; k < at + length; k++)
        {
            hash = (hash * 1099511628211UL) ^ words[k];
        }

        return hash;
    }
}
