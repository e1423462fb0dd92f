using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Page furniture that is not the story: reporting credits, contact and social lines, widget labels, related-story
/// links and their timestamps, a bare e-mail address. Each test looks at one paragraph, in time linear in its length.
/// </summary>
internal static class WebFurniture
{
    /// <summary>The most words a credit line has (and the most any test here counts).</summary>
    public const int MaxCreditWords = 60;

    /// <summary>The longest paragraph whose words the tests read; a longer one is only checked at its opening.</summary>
    public const int MaxFurnitureLength = 480;
    private const int MaxContactWords = 40;
    private const int MaxLinkWords = 20;

    private const int MaxAddressLineWords = 20;
    private const int MaxLoneWordLength = 30;

    private static readonly string[] Ago = { "ago" };
    private static readonly string[] Of = { "of" };

    private const int CreditPhrase = 1 << 0;
    private const int ContactPhrase = 1 << 1;
    private const int EmbedPhrase = 1 << 2;
    private const int DisclaimerPhrase = 1 << 3;

    private static readonly PrefixSet CreditOpenings = new(FurnitureLexicon.CreditOpenings);

    // By first character: most paragraphs open with a letter no media label does.
    private static readonly PrefixSet LinkLabels = new(FurnitureLexicon.LinkLabels);

    private static readonly PhraseFinder Phrases = new(FurnitureLexicon.CreditPhrases, FurnitureLexicon.ContactPhrases, FurnitureLexicon.EmbedPhrases, FurnitureLexicon.DisclaimerPhrases);

    public static bool IsFurniture(FoldedText folded, TextRange paragraph)
    {
        var words = paragraph.Length > MaxFurnitureLength ? new WordTally(folded.Text, paragraph, 0) : ShortTally(folded, paragraph);
        return IsFurniture(folded, paragraph, ref words);
    }

    /// <summary>
    /// The word tally of a paragraph no longer than <see cref="MaxFurnitureLength"/>, counted as far as these tests
    /// read (<see cref="MaxCreditWords"/>) in the walk that finds their phrases: one walk where two read it.
    /// </summary>
    public static WordTally ShortTally(FoldedText folded, TextRange paragraph) => new(folded, paragraph, MaxCreditWords, Phrases);

    /// <summary><see cref="ShortTally(FoldedText, TextRange)"/> from paragraph <paramref name="index"/>'s words walked before.</summary>
    public static WordTally ShortTally(FoldedText folded, TextRange paragraph, ParagraphHashes words, int index) => new(folded, paragraph, MaxCreditWords, Phrases, words, index);

    /// <summary><see cref="IsFurniture(FoldedText, TextRange)"/> with the paragraph's words counted by the caller.</summary>
    public static bool IsFurniture(FoldedText folded, TextRange paragraph, ref WordTally wordTally)
    {
        var text = folded.Text;

        // Furniture is short: a story paragraph longer than any credit or contact line is only checked for its
        // opening and for widget text run into it, without counting its words or looking for phrases.
        if (paragraph.Length > MaxFurnitureLength)
        {
            return StartsAsCredit(text, paragraph) || HasChrome(text, paragraph);
        }

        var words = wordTally.UpTo(MaxCreditWords);
        var phrases = words > MaxCreditWords ? 0 : wordTally.PhrasesOf(Phrases, out var found) ? found : Phrases.Find(folded, paragraph);
        return IsCredit(text, paragraph, words, phrases) || IsContactLine(text, paragraph, words, phrases)
            || IsWidgetLabel(text, paragraph) || IsLinkLine(text, paragraph, words) || IsTimestampLine(text, paragraph)
            || IsAddressOnly(text, paragraph) || HasChrome(text, paragraph) || IsEmbeddedPost(text, paragraph, words, phrases)
            || IsByline(text, paragraph) || HasAddressInShortLine(text, paragraph, words) || IsCounterOnly(text, paragraph)
            || (words <= MaxContactWords && (phrases & DisclaimerPhrase) != 0);
    }

    /// <summary><c>(Reporting by ...)</c>, <c>Editing by ...</c>, <c>... contributed to this report.</c></summary>
    private static bool IsCredit(string text, TextRange paragraph, int words, int phrases) =>
        StartsAsCredit(text, paragraph) || (words <= MaxCreditWords && (phrases & CreditPhrase) != 0);

    private static bool StartsAsCredit(string text, TextRange paragraph)
    {
        var inner = paragraph;
        if (text[inner.Start] == '(' && inner.Length > 1)
        {
            inner = new TextRange(inner.Start + 1, inner.Length - 1);
        }

        return CreditOpenings.StartsAny(text, inner);
    }

    /// <summary><c>To contact the reporter ...</c>, <c>Follow Jane Roe on Twitter @janeroe</c>, <c>Like us on Facebook</c>.</summary>
    private static bool IsContactLine(string text, TextRange paragraph, int words, int phrases)
    {
        if (words > MaxContactWords)
        {
            return false;
        }

        if ((phrases & ContactPhrase) != 0)
        {
            return true;
        }

        // "Follow NAME on Twitter": a line that starts with the imperative and names a network.
        if (TextScan.StartsWithIgnoreCase(text, paragraph, "follow "))
        {
            foreach (var network in FurnitureLexicon.SocialNetworks)
            {
                if (text.IndexOf(network, paragraph.Start, paragraph.Length, System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A paragraph that is only a button's label (<c>Share</c>, <c>Play Video</c>, <c>Enlarge</c>).</summary>
    private static bool IsWidgetLabel(string text, TextRange paragraph)
    {
        var trimmed = TrimPunctuation(text, paragraph);
        return trimmed.Length > 0 && trimmed.Length <= 40 && TextScan.EqualsAny(text, trimmed, FurnitureLexicon.WidgetLabels, ignoreCase: true);
    }

    /// <summary>
    /// The label over a list of links: a widget's label (<c>Related</c>, <c>More stories</c>) or a short line ending in a
    /// colon (<c>More On:</c>).
    /// </summary>
    public static bool IsListLabel(string text, TextRange paragraph) =>
        IsWidgetLabel(text, paragraph) || (paragraph.Length <= 40 && TextScan.LastNonSpace(text, paragraph) == ':' && TextScan.CountWords(text, paragraph, 4) <= 4);

    /// <summary>
    /// One word of letters alone on a line, unpunctuated (<c>Politics</c>, <c>Flipboard</c>): a menu's, a tag's or a
    /// button's word. The story's one-word paragraphs close with a mark (<c>No.</c>), and a title has two words or more.
    /// </summary>
    public static bool IsLoneWord(string text, TextRange paragraph)
    {
        if (paragraph.Length > MaxLoneWordLength)
        {
            return false;
        }

        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            if (!char.IsLetter(text[i]) && !(i > paragraph.Start && text[i] is '-' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>1 of 6</c> alone: a gallery's counter without its caption.</summary>
    private static bool IsCounterOnly(string text, TextRange paragraph)
    {
        if (paragraph.Length > 12)
        {
            return false;
        }

        var words = TextScan.Words(text, paragraph);
        return words.Count == 3 && char.IsDigit(text[words[0].Start]) && char.IsDigit(text[words[2].Start])
            && TextScan.EqualsAny(text, words[1], Of, ignoreCase: true);
    }

    /// <summary><c>Video: ...</c>, <c>Article: ...</c>: a short line led by a media label.</summary>
    private static bool IsLinkLine(string text, TextRange paragraph, int words)
    {
        if (words > MaxLinkWords)
        {
            return false;
        }

        return LinkLabels.StartsAny(text, paragraph);
    }

    /// <summary>The source and age under a link: <c>AP - 53 mins ago</c>, <c>2 hours ago</c>.</summary>
    private static bool IsTimestampLine(string text, TextRange paragraph)
    {
        if (paragraph.Length > 60)
        {
            return false;
        }

        var words = TextScan.Words(text, paragraph);
        if (words.Count is < 3 or > 6 || !TextScan.EqualsAny(text, words[words.Count - 1], Ago, ignoreCase: true))
        {
            return false;
        }

        var unit = words[words.Count - 2];
        var number = words[words.Count - 3];
        return TextScan.EqualsAny(text, unit, FurnitureLexicon.AgoUnits, ignoreCase: true) && char.IsDigit(text[number.Start]);
    }

    /// <summary>A paragraph that is only an e-mail address or a handle.</summary>
    private static bool IsAddressOnly(string text, TextRange paragraph)
    {
        var trimmed = TrimPunctuation(text, paragraph);
        if (trimmed.Length is 0 or > 80)
        {
            return false;
        }

        var at = -1;
        for (var i = trimmed.Start; i < trimmed.End; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return false;
            }

            if (text[i] == '@')
            {
                at = i;
            }
        }

        return at >= 0;
    }

    /// <summary>
    /// What an embedded post leaves behind: its byline (<c>— Jane Roe (@janeroe) May 5, 2024</c>), Instagram's
    /// <c>A post shared by ...</c>, a tweet's <c>pic.twitter.com/...</c> link.
    /// </summary>
    private static bool IsEmbeddedPost(string text, TextRange paragraph, int words, int phrases)
    {
        if (words > MaxContactWords)
        {
            return false;
        }

        // A handle in parentheses is a byline when the line opens with the embed's dash.
        return (phrases & EmbedPhrase) != 0
            || (text[paragraph.Start] is '\u2014' or '\u2013' or '-' && text.IndexOf("(@", paragraph.Start, paragraph.Length, System.StringComparison.Ordinal) >= 0);
    }

    /// <summary>
    /// A byline on its own line: <c>By Jane Roe</c>, <c>By JANE ROE and JOHN DOE, Associated Press</c>,
    /// <c>By Jane Roe | Reuters</c>: "By" and then only capitalised names and their joiners.
    /// </summary>
    private static bool IsByline(string text, TextRange paragraph)
    {
        if (paragraph.Length > 120 || !TextScan.StartsWithIgnoreCase(text, paragraph, "by ") || !char.IsUpper(text[paragraph.Start]))
        {
            return false;
        }

        var names = 0;
        foreach (var word in TextScan.WordsIn(text, new TextRange(paragraph.Start + 3, paragraph.Length - 3)))
        {
            if (char.IsUpper(text[word.Start]))
            {
                names++;
            }
            else if (!TextScan.EqualsAny(text, word, GrammarLexicon.BylineJoiners, ignoreCase: false))
            {
                return false;
            }
        }

        var last = TextScan.LastNonSpace(text, paragraph);
        return names >= 1 && last != '.';
    }

    /// <summary>A short line with an e-mail address in it: a contact line (<c>Write to Jane Roe at jroe@example.com</c>).</summary>
    private static bool HasAddressInShortLine(string text, TextRange paragraph, int words)
    {
        if (paragraph.Length > 200 || words > MaxAddressLineWords)
        {
            return false;
        }

        var at = text.IndexOf('@', paragraph.Start, paragraph.Length);
        if (at <= paragraph.Start || !char.IsLetterOrDigit(text[at - 1]))
        {
            return false;
        }

        // user@host.domain: a dot in the host before the next space.
        for (var i = at + 1; i < paragraph.End && !char.IsWhiteSpace(text[i]); i++)
        {
            if (text[i] == '.' && i + 1 < paragraph.End && char.IsLetter(text[i + 1]) && i > at + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Widget text a scraper ran into a paragraph (<c>Share Pin It More Galleries ADVERTISEMENT</c>).</summary>
    private static bool HasChrome(string text, TextRange paragraph)
    {
        foreach (var marker in FurnitureLexicon.ChromeMarkers)
        {
            var at = text.IndexOf(marker, paragraph.Start, paragraph.Length, System.StringComparison.Ordinal);
            if (at >= 0 && (at == paragraph.Start || !char.IsLetter(text[at - 1])) && (at + marker.Length == paragraph.End || !char.IsLetter(text[at + marker.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static TextRange TrimPunctuation(string text, TextRange range)
    {
        int start = range.Start, end = range.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '(' or '[' or '|' or '\u2022' or '>' or '\u00BB'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ')' or ']' or '|' or ':' or '.' or '!' or '>' or '\u00BB' or '\u203A'))
        {
            end--;
        }

        return new TextRange(start, end - start);
    }
}
