using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.Sample;

/// <summary>Example queries taken from a corpus: its most quoted speaker, their surname, and two words they said.</summary>
internal sealed record SampleQueries(string Speaker, string Term, string Phrase)
{
    public static SampleQueries? Of(ArticleList articles)
    {
        foreach (var speaker in articles.Speakers())
        {
            var surname = Words(speaker.Name).LastOrDefault();
            foreach (var quotation in articles.QuotationsBy(speaker.Name))
            {
                // Two words that stand together in the quotation (so the phrase is found), longer ones first.
                var words = Words(quotation.Text).ToList();
                var at = Enumerable.Range(0, Math.Max(0, words.Count - 1)).Where(i => words[i].Length > 3 && words[i + 1].Length > 3).DefaultIfEmpty(-1).First();
                if (surname is not null && words.Count >= 2)
                {
                    var first = at < 0 ? 0 : at;
                    return new SampleQueries(speaker.Name, surname, words[first] + " " + words[first + 1]);
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Words(string text) =>
        Regex.Matches(text, @"[\p{L}\p{Nd}]+").Select(m => m.Value);
}
