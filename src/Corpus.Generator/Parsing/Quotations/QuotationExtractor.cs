using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>The quotations of an article and the spots where its marks were broken.</summary>
public sealed record QuotationResult(EquatableArray<QuotationModel> Quotations, EquatableArray<QuotationIssue> Issues);

/// <summary>Finds quotations (placeholder: curly-marked only, no speakers).</summary>
public static class QuotationExtractor
{
    public static QuotationResult Extract(string text, EquatableArray<ParagraphModel> paragraphs)
    {
        var quotations = new List<QuotationModel>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].Kind != ParagraphKind.Body)
            {
                continue;
            }

            var range = paragraphs[p].Range;
            var open = -1;
            for (var i = range.Start; i < range.End; i++)
            {
                if (text[i] == '\u201C')
                {
                    open = i;
                }
                else if (text[i] == '\u201D' && open >= 0)
                {
                    quotations.Add(new QuotationModel(new TextRange(open + 1, i - open - 1), p, true, TextRange.None, TextRange.None, null, -1));
                    open = -1;
                }
            }
        }

        return new QuotationResult(quotations.ToEquatableArray(), EquatableArray<QuotationIssue>.Empty);
    }
}
