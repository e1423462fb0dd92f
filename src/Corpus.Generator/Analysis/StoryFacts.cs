using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Quotations;

namespace Corpus.Generator.Analysis;

/// <summary>
/// What the corpus-wide story analysis needs of one article, and nothing more: its content words, its quotations'
/// content words, and the full names it uses. Value-equal, so an edit elsewhere leaves it cached; the signatures are
/// computed here, per article, so that an edit does not recompute every article's in the corpus-wide step.
/// </summary>
/// <param name="Failure">The CORPUS012 issue when reading the facts failed (the facts are then empty).</param>
/// <param name="Surnames">Capitalised words of the story with their paragraphs, so a name given in full elsewhere in the corpus ("Maria Lopez") is found where this article writes only "Lopez".</param>
internal sealed record StoryFacts(string CorpusName, string Path, string Id, EquatableArray<uint> Words, EquatableArray<uint> Signature, EquatableArray<QuotationPrint> Quotations, EquatableArray<NameUse> Names, EquatableArray<NameMention> Mentions, EquatableArray<NameMention> Surnames, SeedIssue? Failure = null)
{
    /// <summary>A name word shared by more people of one article than this says nothing of which of them a paragraph mentions.</summary>
    public const int MostPeoplePerWord = 4;

    /// <summary>Quotations with fewer content words are too short to tell one quotation from another.</summary>
    public const int ShortestQuotation = 4;

    /// <summary>The facts of a parsed seed; an unexpected failure gives empty facts and its CORPUS012 issue (the article itself still builds).</summary>
    public static StoryFacts Read(ParsedSeed seed, System.Threading.CancellationToken cancellationToken)
    {
        StoryFacts? facts = null;
        var failure = StageGuard.Run(seed.FileName, () => facts = Of(seed));
        cancellationToken.ThrowIfCancellationRequested();
        return facts ?? new StoryFacts(seed.CorpusName, seed.Path, seed.Id, EquatableArray<uint>.Empty, EquatableArray<uint>.Empty, EquatableArray<QuotationPrint>.Empty, EquatableArray<NameUse>.Empty, EquatableArray<NameMention>.Empty, EquatableArray<NameMention>.Empty, failure);
    }

    public static StoryFacts Of(ParsedSeed seed)
    {
        var article = seed.Article!;
        var text = article.Text;
        var words = new HashSet<uint>();
        var views = new List<ParagraphWords>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            if (paragraph.Kind == ParagraphKind.Body)
            {
                ContentWords.Hashes(text, paragraph.Range, words);
                views.Add(new ParagraphWords(text, p, paragraph.Range, Array.Empty<MarkedSpan>()));
            }
        }

        var quotations = new List<QuotationPrint>();
        for (var q = 0; q < article.Quotations.Count; q++)
        {
            var quotationWords = ContentWords.Hashes(text, article.Quotations[q].Text);
            if (quotationWords.Count >= ShortestQuotation)
            {
                quotations.Add(new QuotationPrint(q, Sorted(quotationWords), WordSetSignature.Compute(quotationWords)));
            }
        }

        // The people the parse found (its recorded mentions, never the text read for names again): their full names,
        // each once, and the words of those it titles.
        var lines = new Parsing.Normalization.SourceLocator(text, article.Source);
        var names = new List<NameUse>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var personNames = new PersonNames(text);
        var titled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in article.Mentions)
        {
            if (mention.Kind != MentionKind.Person)
            {
                continue;
            }

            var tokens = mention.Name.Split(' ');
            personNames.Add(mention.Range.Start, tokens);
            if (mention.Titled)
            {
                titled.UnionWith(tokens);
            }

            if (tokens.Length >= 2 && seen.Add(mention.Name))
            {
                names.Add(new NameUse(mention.Name, mention.Title.Of(text), mention.Range, lines.Span(mention.Range)));
            }
        }

        return new StoryFacts(seed.CorpusName, seed.Path, seed.Id, Sorted(words), WordSetSignature.Compute(words), quotations.ToEquatableArray(), names.ToEquatableArray(), FindMentions(article, views, personNames, titled, names), CapitalisedWords(views));
    }

    /// <summary>
    /// The people the article gives a full name (each by its fullest form) and the speakers it quotes, with the body
    /// paragraphs that mention them: a paragraph mentions a person when it holds their last name as a word, and an
    /// organisation when it holds its name or quotes it. Linear in the article: the paragraphs of each word are
    /// indexed once, and each name looks up its own words (walking every word for every name took 13 s at 0.5 MB).
    /// </summary>
    /// <param name="titled">The words of the names of people the article titles.</param>
    private static EquatableArray<NameMention> FindMentions(ArticleModel article, List<ParagraphWords> views, PersonNames personNames, HashSet<string> titled, List<NameUse> uses)
    {
        var mentions = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var speakers = new HashSet<string>(article.Quotations.Where(q => q.Speaker is not null).Select(q => q.Speaker!), StringComparer.Ordinal);
        var paragraphsByWord = ParagraphsByWord(views);
        var people = new List<(string Canonical, string[] Words)>();
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            var canonical = personNames.Canonical(use.Name.Split(' '), use.Range.Start, use.Range.Start).Name;
            var surname = use.Name.Substring(use.Name.LastIndexOf(' ') + 1);

            // Only people: someone the article titles ("Secretary", "spokesman") or quotes; "Hong Kong" is neither.
            if (use.Name.IndexOf('.') >= 0 || !(IsTitled(titled, surname) || speakers.Contains(canonical)))
            {
                continue;
            }

            // A paragraph mentions a person by the last word of the name, or by any word the article uses alone for
            // them ("Xi" of Ana Silva: Chinese names put the family name first).
            var words = use.Name.Split(' ').Where(t => t == surname || IsTitled(titled, t)).Distinct(StringComparer.Ordinal).ToArray();
            people.Add((canonical, words));
            foreach (var word in words)
            {
                if (!owners.TryGetValue(word, out var set))
                {
                    owners[word] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(canonical);
            }
        }

        foreach (var (canonical, words) in people)
        {
            foreach (var word in words)
            {
                // A word that many different people of the article share ("John", a family of "Smith"s) tells none of
                // them apart, and following it would make each a mention of every paragraph that holds it: an
                // output, and a time, that grows with the square of the article.
                if (owners[word].Count <= MostPeoplePerWord && paragraphsByWord.TryGetValue(word, out var paragraphs))
                {
                    foreach (var paragraph in paragraphs)
                    {
                        Add(mentions, canonical, paragraph);
                    }
                }
            }
        }

        var searched = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, List<int>>? paragraphsByFoldedRun = null;
        foreach (var quotation in article.Quotations)
        {
            if (quotation.Speaker is { } speaker && !mentions.ContainsKey(speaker))
            {
                // A paragraph names the speaker when it holds the name (ignoring case); only paragraphs that hold each
                // of its words are searched, so many speakers cost no more than their own mentions.
                if (searched.Add(speaker))
                {
                    paragraphsByFoldedRun ??= ParagraphsByRun(article.Text, views);
                    foreach (var view in Candidates(speaker, paragraphsByFoldedRun, views))
                    {
                        if (article.Text.IndexOf(speaker, view.Range.Start, view.Range.Length, StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            Add(mentions, speaker, view.Paragraph);
                        }
                    }
                }

                Add(mentions, speaker, quotation.Paragraph);
            }
        }

        return mentions.Select(m => new NameMention(m.Key, m.Value.ToEquatableArray())).ToEquatableArray();
    }

    private static bool IsTitled(HashSet<string> titled, string word) => titled.Contains(ArticleNames.StripPossessive(word));

    /// <summary>Each word (possessive stripped) with the body paragraphs that hold it, in order, each once.</summary>
    private static Dictionary<string, List<int>> ParagraphsByWord(List<ParagraphWords> views)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            for (var w = 0; w < view.Count; w++)
            {
                AddPosting(index, ArticleNames.StripPossessive(view.WordText(w)), view.Paragraph);
            }
        }

        return index;
    }

    /// <summary>Each run of letters and digits (compared ignoring case) with the positions in <paramref name="views"/> of the paragraphs that hold it.</summary>
    private static Dictionary<string, List<int>> ParagraphsByRun(string text, List<ParagraphWords> views)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var v = 0; v < views.Count; v++)
        {
            var range = views[v].Range;
            foreach (var run in Runs(text, range.Start, range.Start + range.Length))
            {
                AddPosting(index, run, v);
            }
        }

        return index;
    }

    /// <summary>The paragraphs that hold every run of <paramref name="name"/>: the postings of its rarest run, filtered.</summary>
    private static IEnumerable<ParagraphWords> Candidates(string name, Dictionary<string, List<int>> index, List<ParagraphWords> views)
    {
        List<int>? rarest = null;
        foreach (var run in Runs(name, 0, name.Length))
        {
            if (!index.TryGetValue(run, out var postings))
            {
                return Enumerable.Empty<ParagraphWords>();
            }

            if (rarest is null || postings.Count < rarest.Count)
            {
                rarest = postings;
            }
        }

        return rarest is null ? views : rarest.Select(v => views[v]);
    }

    private static IEnumerable<string> Runs(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var first = i;
            while (i < end && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > first)
            {
                yield return text.Substring(first, i - first);
            }
        }
    }

    private static void AddPosting(Dictionary<string, List<int>> index, string key, int paragraph)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<int>();
        }

        if (list.Count == 0 || list[list.Count - 1] != paragraph)
        {
            list.Add(paragraph);
        }
    }

    private static EquatableArray<NameMention> CapitalisedWords(List<ParagraphWords> views)
    {
        var words = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            for (var w = 0; w < view.Count; w++)
            {
                if (view.IsCapitalized(w) && view.SentenceStart(view.SentenceOf(w)) != w)
                {
                    Add(words, ArticleNames.StripPossessive(view.WordText(w)), view.Paragraph);
                }
            }
        }

        return words.Select(m => new NameMention(m.Key, m.Value.ToEquatableArray())).ToEquatableArray();
    }

    private static void Add(SortedDictionary<string, SortedSet<int>> mentions, string name, int paragraph)
    {
        if (!mentions.TryGetValue(name, out var paragraphs))
        {
            mentions[name] = paragraphs = new SortedSet<int>();
        }

        paragraphs.Add(paragraph);
    }

    /// <summary>Exact Jaccard similarity of two sorted, distinct word-hash arrays.</summary>
    public static double Jaccard(EquatableArray<uint> a, EquatableArray<uint> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Count + b.Count - common);
    }

    private static EquatableArray<uint> Sorted(HashSet<uint> words) => words.OrderBy(w => w).ToEquatableArray();
}
