using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Structure;

/// <summary>
/// Kinds that only a paragraph's neighbours tell. Title-like lines under a link list's label (<c>Related</c>,
/// <c>More On:</c>) are links to other stories: boilerplate. A run of short title-like lines inside the story, with
/// story before and after and no such label, is a list (a tour's dates, a table's rows) and part of the story: body.
/// </summary>
internal static class ParagraphRuns
{
    private const int MinListLines = 3;
    private const int MaxLinkLength = 200;

    /// <param name="title">The title's index (never a link or a list line), or -1.</param>
    public static void Mark(string text, List<ParagraphKind> kinds, IReadOnlyList<TextRange> paragraphs, int title)
    {
        MarkLinksUnderLabels(text, kinds, paragraphs, title);
        MarkListsInStory(kinds, title);
    }

    private static void MarkLinksUnderLabels(string text, List<ParagraphKind> kinds, IReadOnlyList<TextRange> paragraphs, int title)
    {
        // Furniture between the links (their timestamps, a share button) keeps the list going.
        var underLabel = false;
        for (var i = title + 1; i < kinds.Count; i++)
        {
            if (kinds[i] == ParagraphKind.Boilerplate)
            {
                underLabel = underLabel || WebFurniture.IsListLabel(text, paragraphs[i]);
            }
            else if (underLabel && (kinds[i] == ParagraphKind.Headline || (kinds[i] == ParagraphKind.Body && IsUnclosedLine(text, paragraphs[i]))))
            {
                kinds[i] = ParagraphKind.Boilerplate;
            }
            else
            {
                underLabel = false;
            }
        }
    }

    /// <summary>A line of a title's length without a sentence's closing mark: a link's title too long for a subhead.</summary>
    private static bool IsUnclosedLine(string text, TextRange paragraph)
    {
        var last = TextScan.LastNonSpace(text, paragraph);
        return char.IsLetterOrDigit(last) && paragraph.Length <= MaxLinkLength;
    }

    private static void MarkListsInStory(List<ParagraphKind> kinds, int title)
    {
        var i = title + 2;
        while (i < kinds.Count)
        {
            if (kinds[i] != ParagraphKind.Headline)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < kinds.Count && kinds[end] == ParagraphKind.Headline)
            {
                end++;
            }

            if (end - i >= MinListLines && kinds[i - 1] == ParagraphKind.Body && end < kinds.Count && kinds[end] == ParagraphKind.Body)
            {
                for (var j = i; j < end; j++)
                {
                    kinds[j] = ParagraphKind.Body;
                }
            }

            i = end;
        }
    }
}
