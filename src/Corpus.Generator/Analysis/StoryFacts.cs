using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Parsing.Quotations;

namespace Corpus.Generator.Analysis;

/// <summary>A quotation's content words, as the corpus-wide clustering sees them.</summary>
public sealed record QuotationPrint(int Index, EquatableArray<uint> Words);

/// <summary>A full name as one article writes it, with where it first stands (for a diagnostic there).</summary>
public sealed record NameUse(string Name, string Title, TextRange Range, LineSpan Lines);

/// <summary>
/// What the corpus-wide story analysis needs of one article, and nothing more: its content words, its quotations'
/// content words, and the full names it uses. Value-equal, so an edit elsewhere leaves it cached.
/// </summary>
public sealed record StoryFacts(string CorpusName, string Path, string Id, EquatableArray<uint> Words, EquatableArray<QuotationPrint> Quotations, EquatableArray<NameUse> Names)
{
    /// <summary>Quotations with fewer content words are too short to tell one quotation from another.</summary>
    public const int ShortestQuotation = 4;

    /// <summary>The facts of a parsed seed; an unexpected failure gives empty facts (the article itself still builds).</summary>
    public static StoryFacts Read(ParsedSeed seed, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return Of(seed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new StoryFacts(seed.CorpusName, seed.Path, seed.Id, EquatableArray<uint>.Empty, EquatableArray<QuotationPrint>.Empty, EquatableArray<NameUse>.Empty);
        }
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
                quotations.Add(new QuotationPrint(q, Sorted(quotationWords)));
            }
        }

        var lines = new LineIndex(text);
        var names = new List<NameUse>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new ArticleNames(text, views).FullNames)
        {
            var written = string.Join(" ", name.Tokens);
            if (seen.Add(written))
            {
                var range = new TextRange(name.Position, name.Length);
                names.Add(new NameUse(written, name.Title, range, lines.Span(range)));
            }
        }

        return new StoryFacts(seed.CorpusName, seed.Path, seed.Id, Sorted(words), quotations.ToEquatableArray(), names.ToEquatableArray());
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
