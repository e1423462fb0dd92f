using System;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Languages;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The person a title attributes its words to (<c>X : « … »</c>, <c>X, entraîneur de Y: «…»</c>, <c>X: vendré …</c>):
/// Spanish and French news name the speaker there and quote the body with no verb of saying. Read only as the last
/// candidate for a quotation or a description that finds no one in the body (<see cref="SpeakerNaming"/>).
/// </summary>
internal static class HeadlineSpeaker
{
    /// <summary>Most words a name before the colon has (offices before it aside).</summary>
    private const int LongestName = 4;

    /// <summary>How many words into the title the colon may stand.</summary>
    private const int ColonReach = 12;

    /// <summary>
    /// The person named before the title's colon, or null: Spanish and French only (English titles <c>Poll:</c> and
    /// German's capitalised nouns are left to their own rules).
    /// </summary>
    public static CanonicalName? Find(string text, EquatableArray<ParagraphModel> paragraphs, LanguageRules rules, ArticleNames names)
    {
        var p = rules.IsEnglish || rules.CapitalisesNouns ? -1 : ArticleParser.HeadlineIndex(paragraphs);
        if (p < 0)
        {
            return null;
        }

        var words = new ParagraphWords(text, p, paragraphs[p].Range, Array.Empty<MarkedSpan>(), rules);
        var colon = -1;
        for (var w = 0; w < Math.Min(words.Count, ColonReach) && colon < 0; w++)
        {
            var gapEnd = w + 1 < words.Count ? words[w + 1].Start : paragraphs[p].Range.End;
            colon = text.IndexOf(':', words[w].End, gapEnd - words[w].End) >= 0 ? w + 1 : -1;
        }

        if (colon < 0)
        {
            return null;
        }

        // "X, responsable de Y: «…»": the name ends at the apposition's comma.
        var end = colon;
        for (var w = 1; w < colon; w++)
        {
            if (words.GapBeforeHas(w, ','))
            {
                end = w;
                break;
            }
        }

        var first = 0;
        while (first < end && (rules.IsCapitalisedOffice(words.WordText(first)) || rules.IsTitle(words.WordText(first))))
        {
            first++; // "Ministra X Y:", "M. X:": the office or title is no part of the name
        }

        if (end - first is < 1 or > LongestName || rules.OpensSentenceOnly(words.WordText(first)))
        {
            return null;
        }

        var tokens = new string[end - first];
        for (var w = first; w < end; w++)
        {
            var word = words.WordText(w);
            if (!char.IsUpper(word[0]) || (w > first && words.PunctuationBefore(w)) || WrittenInLowerCase(text, paragraphs[p].Range.End, word))
            {
                return null; // "Mort de X:", "Procès X:" (the body writes "procès"): a topic, not a speaker
            }

            tokens[w - first] = word;
        }

        // One word is a surname the body gives in full ("Garcia:" for Rudi Garcia); a place or a body is no speaker.
        if ((tokens.Length == 1 && !names.IsSurname(tokens[0])) || MentionKinds.Classify(tokens, null) != MentionKind.Person)
        {
            return null;
        }

        return names.CanonicalPerson(tokens, words[first].Start, words[first].Start);
    }

    /// <summary>True when the article after the title writes the word in lower case: a common noun the title capitalised.</summary>
    private static bool WrittenInLowerCase(string text, int from, string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower == word)
        {
            return false;
        }

        for (var at = text.IndexOf(lower, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
