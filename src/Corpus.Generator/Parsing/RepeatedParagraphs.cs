using System;
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
        var words = Walk(text, paragraphs, out var teasers);
        Mark(words, teasers, kinds);
        words.Release();
    }

    /// <summary>
    /// The words this search compares, of every paragraph (a teaser cut at its ellipsis, a paragraph without a button
    /// label after its last sentence), and which paragraphs are teasers. Walked before the paragraphs are classified:
    /// the classifier and the quotation stage read the same words (<see cref="ParagraphHashes.WordsOf"/>). The caller
    /// releases them.
    /// </summary>
    public static ParagraphHashes Walk(string text, IReadOnlyList<TextRange> paragraphs, out bool[] teasers)
    {
        var words = new ParagraphHashes(paragraphs.Count);
        teasers = new bool[paragraphs.Count];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var range = paragraphs[p];
            teasers[p] = IsTeaser(text, range, out var cut);
            words.Add(text, teasers[p] ? cut : WithoutTrailingWidget(text, range));
        }

        return words;
    }

    /// <summary>Marks the repeated paragraphs among the kinds read, from their words (<see cref="Walk"/>).</summary>
    public static void Mark(ParagraphHashes words, bool[] teasers, List<ParagraphKind> kinds)
    {
        MarkDuplicates(words, kinds);
        MarkPullQuotes(words, teasers, kinds);
    }

    private static void MarkPullQuotes(ParagraphHashes words, bool[] teasers, List<ParagraphKind> kinds)
    {
        var paragraphs = teasers.Length;

        // Candidates: short body paragraphs (and teasers), found by their first window of words. The filter on a
        // candidate's first word spares most host positions the window hash and the lookup.
        var byFirstWindow = new Dictionary<ulong, List<int>>();
        var firstWords = t_firstWords ??= new bool[FirstWordFilterSize];
        Array.Clear(firstWords, 0, firstWords.Length);
        for (var p = 0; p < paragraphs; p++)
        {
            var count = words.Count(p);
            if ((kinds[p] == ParagraphKind.Body || teasers[p]) && count >= Window && count <= MaxPullQuoteWords)
            {
                var key = WindowHash(words.All, words.Start(p), Window);
                if (!byFirstWindow.TryGetValue(key, out var list))
                {
                    byFirstWindow.Add(key, list = new List<int>());
                }

                list.Add(p);
                firstWords[FirstWordSlot(words.All[words.Start(p)])] = true;
            }
        }

        if (byFirstWindow.Count == 0)
        {
            return;
        }

        var found = new int[paragraphs];
        for (var p = 0; p < found.Length; p++)
        {
            found[p] = -1;
        }

        var all = words.All;
        for (var host = 0; host < paragraphs; host++)
        {
            var hostStart = words.Start(host);
            var hostEnd = hostStart + words.Count(host);
            for (var at = hostStart; at + Window <= hostEnd; at++)
            {
                if (!firstWords[FirstWordSlot(all[at])] || !byFirstWindow.TryGetValue(WindowHash(all, at, Window), out var candidates))
                {
                    continue;
                }

                foreach (var candidate in candidates)
                {
                    if (candidate != host && found[candidate] < 0 && StandsAt(words, candidate, at, hostEnd))
                    {
                        found[candidate] = host;
                    }
                }
            }
        }

        for (var p = 0; p < paragraphs; p++)
        {
            if (found[p] < 0)
            {
                continue;
            }

            if (teasers[p])
            {
                kinds[p] = kinds[found[p]] == ParagraphKind.Body ? ParagraphKind.Boilerplate : kinds[found[p]];
            }
            else if (kinds[p] == ParagraphKind.Body && words.Count(p) < words.Count(found[p]))
            {
                kinds[p] = ParagraphKind.Boilerplate;
            }
        }
    }

    private const int FirstWordFilterSize = 1 << 12;

    // The first-word filter, kept per thread and cleared for each article: a new one per article was most of this step's garbage.
    [ThreadStatic]
    private static bool[]? t_firstWords;

    private static int FirstWordSlot(ulong wordHash) => (int)(wordHash & (FirstWordFilterSize - 1));

    /// <summary>Body paragraphs printed whole two or more times are captions.</summary>
    private static void MarkDuplicates(ParagraphHashes words, List<ParagraphKind> kinds)
    {
        var firstByHash = new Dictionary<ulong, int>();
        var duplicated = new bool[words.Paragraphs];
        for (var p = 0; p < words.Paragraphs; p++)
        {
            if (words.Count(p) < MinDuplicateWords || kinds[p] != ParagraphKind.Body)
            {
                continue;
            }

            var hash = WindowHash(words.All, words.Start(p), words.Count(p));
            if (firstByHash.TryGetValue(hash, out var first) && Same(words, first, p))
            {
                duplicated[first] = duplicated[p] = true;
            }
            else if (!firstByHash.ContainsKey(hash))
            {
                firstByHash.Add(hash, p);
            }
        }

        for (var p = 0; p < words.Paragraphs; p++)
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

    /// <summary>True when paragraph <paramref name="needle"/>'s words stand at <paramref name="at"/>, before <paramref name="hayEnd"/>.</summary>
    private static bool StandsAt(ParagraphHashes words, int needle, int at, int hayEnd)
    {
        var count = words.Count(needle);
        if (at + count > hayEnd)
        {
            return false;
        }

        var all = words.All;
        var start = words.Start(needle);
        for (var k = 0; k < count; k++)
        {
            if (all[start + k] != all[at + k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(ParagraphHashes words, int a, int b) =>
        words.Count(a) == words.Count(b) && StandsAt(words, a, words.Start(b), words.Start(b) + words.Count(b));

    private static ulong WindowHash(ulong[] words, int at, int length)
    {
        var hash = 1469598103934665603UL;
        for (var k = at; k < at + length; k++)
        {
            hash = (hash * 1099511628211UL) ^ words[k];
        }

        return hash;
    }
}
