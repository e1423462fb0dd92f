using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Lexicons;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The quotation stage takes a paragraph's words from the repeated-paragraph search's walk
/// (<see cref="ParagraphHashes.WordsOf"/>) instead of walking and hashing the paragraph again. The words must be those
/// of the plain word scan (<see cref="TextScan.WordArray"/>), and their hashes those of
/// <see cref="SpeechLexicon.CaseInsensitiveHash"/>, on any text: random text of letters, digits, joiners at word
/// edges and inside words, curly and straight apostrophes, accented letters, punctuation and spaces, cut into random
/// ranges (some starting or ending inside a word); a range the walk did not cover exactly gives none.
/// </summary>
public sealed class SharedWordWalkTests
{
    private static readonly string[] Pieces =
    {
        "a", "Z", "7", "é", "ß", "\u4E00", " ", " ", "  ", "\n", "'", "\u2019", "-", ".", "/", ",", "\u201C", "\u201D", "\"",
        "(", ")", "!", "?", "\u00A0", "\u2014", "word", "Lee", "it's", "U.S.", "e-mail", "and/or", "--", "..", "'s", "said", "here",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Shared_words_are_those_of_the_word_scan(int seed)
    {
        var random = new Random(seed);
        for (var article = 0; article < 300; article++)
        {
            var text = RandomText(random, random.Next(0, 400));
            var ranges = RandomRanges(random, text.Length);
            var hashes = new ParagraphHashes(ranges.Count);
            foreach (var range in ranges)
            {
                hashes.Add(text, range);
            }

            for (var p = 0; p < ranges.Count; p++)
            {
                var words = TextScan.WordArray(text, ranges[p]);
                Assert.Equal(words, hashes.WordsOf(p, ranges[p], out var filed));
                Assert.Equal(Array.ConvertAll(words, w => SpeechLexicon.CaseInsensitiveHash(text, w.Start, w.Length)), filed);
                if (ranges[p].Length > 0)
                {
                    Assert.Null(hashes.WordsOf(p, new TextRange(ranges[p].Start, ranges[p].Length - 1), out _));
                }
            }

            hashes.Release();
        }
    }

    /// <summary>
    /// The classifier's word counts and furniture phrases read from the walked words (<see cref="WordTally"/>) are those
    /// of the walk over the characters, whatever the limit: phrases of one and several words, at a paragraph's start,
    /// its end and cut off by it, in upper and lower case.
    /// </summary>
    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Phrases_and_counts_from_the_walked_words_are_those_of_the_character_walk(int seed)
    {
        var finder = new PhraseFinder(new[] { "word", "it's", "lee said" }, new[] { "u.s.", "e-mail", "and/or here" }, new[] { "7", "a" });
        var random = new Random(seed);
        for (var article = 0; article < 300; article++)
        {
            var text = RandomText(random, random.Next(0, 400));
            var ranges = RandomRanges(random, text.Length);
            var folded = new FoldedText(text);
            var hashes = new ParagraphHashes(ranges.Count);
            foreach (var range in ranges)
            {
                hashes.Add(text, range);
            }

            for (var p = 0; p < ranges.Count; p++)
            {
                foreach (var limit in new[] { 0, 1, 3, 30, int.MaxValue })
                {
                    var expected = finder.Find(folded, ranges[p], limit, out var expectedWords);
                    var found = finder.Find(folded, ranges[p], hashes.Words, hashes.Start(p), hashes.Count(p), limit, out var words);
                    Assert.Equal((expected, expectedWords), (found, words));
                    if (limit < int.MaxValue)
                    {
                        var tally = new WordTally(text, ranges[p], 0, hashes, p);
                        Assert.Equal(TextScan.CountWords(text, ranges[p], limit), tally.UpTo(limit));
                    }
                }
            }

            hashes.Release();
        }
    }

    private static string RandomText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Ranges in order, not overlapping, with random gaps, as a paragraph splitter's (or a cut inside a word).</summary>
    private static List<TextRange> RandomRanges(Random random, int length)
    {
        var ranges = new List<TextRange>();
        var at = 0;
        while (at < length)
        {
            at += random.Next(0, 4);
            var size = Math.Min(length - at, random.Next(0, 80));
            if (size < 0)
            {
                break;
            }

            ranges.Add(new TextRange(at, size));
            at += size;
        }

        return ranges;
    }
}
