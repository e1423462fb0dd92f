using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Structure;

/// <summary>
/// A title and the line under it written as one block, without a blank line between them
/// (<c>Council approves budget</c> or <c>Council approves budget;</c>, then <c>Opponents call the tax rise reckless.</c>
/// on the next line): the first line is the title, the rest a paragraph of its own. Wrapped lines were joined before this (see the normaliser), so a
/// line break left inside the first paragraph is the writer's own.
/// </summary>
internal static class TitleBlock
{
    public static void Split(string text, List<TextRange> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return;
        }

        var block = paragraphs[0];
        var lineEnd = -1;
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                lineEnd = i;
                break;
            }
        }

        if (lineEnd < 0)
        {
            return;
        }

        var title = Trimmed(text, block.Start, lineEnd);
        var rest = Trimmed(text, lineEnd, block.End);
        if (title.Length == 0 || rest.Length == 0 || !OpensAsLine(text[rest.Start]))
        {
            return;
        }

        // A line closed with a full stop may be a sentence its writer broke; a semicolon ends a title's line.
        if (!ParagraphClassifier.IsHeadline(text, title, atTop: true) && !(TextScan.LastNonSpace(text, title) == ';' && ClosedTitle.Reads(text, title, paragraphs.Count)))
        {
            return;
        }

        paragraphs[0] = title;
        paragraphs.Insert(1, rest);
    }

    /// <summary>A new line, not a sentence carried on: a capital, a digit or a quotation mark.</summary>
    private static bool OpensAsLine(char c) => char.IsUpper(c) || char.IsDigit(c) || TextScan.IsQuotationMark(c) || c is '\u2018' or '\'';

    private static TextRange Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end - start);
    }
}
