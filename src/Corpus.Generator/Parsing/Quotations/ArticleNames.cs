using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The names an article uses, so that a speaker can be given the fullest form the article has
/// ("Blinken" → "Antony Blinken", "the foreign ministry" → "Chinese Foreign Ministry") and pronouns can find
/// the people the text mentions.
/// </summary>
public sealed class ArticleNames
{
    /// <summary>Most occurrences of an organisation's name looked at when finding its fullest form.</summary>
    private const int OccurrenceReach = 200;

    private const int MentionsPerToken = 64;

    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December",
    };

    private readonly string _text;
    private readonly List<PersonName> _names = new();
    private readonly Dictionary<string, List<int>> _namesByToken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownPersonTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fullNameTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organisations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words the article capitalises inside a sentence: a sentence's first word is a name only if it is one of them.</summary>
    private readonly HashSet<string> _midSentenceCapitals = new(StringComparer.Ordinal);

    public ArticleNames(string text, IReadOnlyList<ParagraphWords> paragraphs)
    {
        _text = text;
        foreach (var paragraph in paragraphs)
        {
            CollectMidSentenceCapitals(paragraph);
        }

        foreach (var paragraph in paragraphs)
        {
            CollectNames(paragraph);
        }
    }

    /// <summary>A person's name as one stretch of text gives it, titles removed, and the title words before it ("Chinese Foreign Minister").</summary>
    public sealed record PersonName(int Position, int Length, string[] Tokens, bool Titled, string Title);

    /// <summary>Every name of two words or more the article gives, in text order.</summary>
    public IEnumerable<PersonName> FullNames
    {
        get
        {
            foreach (var name in _names)
            {
                if (name.Tokens.Length >= 2)
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>Marks a name as a person's (it was the speaker of a quotation), so pronouns may refer to it.</summary>
    public void AddKnownPerson(string[] tokens)
    {
        foreach (var token in tokens)
        {
            _knownPersonTokens.Add(token);
        }
    }

    /// <summary>True when a word is part of a full name (two words or more) the article gives: a person, most likely.</summary>
    public bool IsFullNameToken(string word) => _fullNameTokens.Contains(StripPossessive(word));

    /// <summary>True when a word is part of the name of a person the article titles or quotes.</summary>
    public bool IsKnownPersonToken(string word) => _knownPersonTokens.Contains(StripPossessive(word));

    /// <summary>
    /// The words of a person's name as written: the last run of capitalised words that are not titles, a possessive
    /// removed ("Bank of England Governor Andrew Bailey" → Andrew Bailey; "State Department spokesman Matthew Miller" → Matthew Miller).
    /// </summary>
    public static string[] PersonTokens(ParagraphWords words, int first, int end)
    {
        var tokens = new List<string>();
        for (var w = first; w < end; w++)
        {
            var word = StripPossessive(words.WordText(w));
            if (char.IsLower(word[0]) || SpeechLexicon.Titles.Contains(word))
            {
                tokens.Clear();
                continue;
            }

            tokens.Add(word);
        }

        return tokens.ToArray();
    }

    /// <summary>The fullest form of a person's name in the article: most words, nearest before the quotation first.</summary>
    public string CanonicalPerson(string[] tokens, int position)
    {
        if (tokens.Length == 0)
        {
            return string.Empty;
        }

        var best = tokens;
        var bestDistance = int.MaxValue;
        if (_namesByToken.TryGetValue(tokens[tokens.Length - 1], out var candidates))
        {
            foreach (var index in candidates)
            {
                var name = _names[index];
                if (name.Tokens.Length < best.Length || !ContainsAll(name.Tokens, tokens))
                {
                    continue;
                }

                // Before the quotation beats after it; nearer beats farther.
                var distance = name.Position <= position ? position - name.Position : int.MaxValue / 2 + name.Position - position;
                if (name.Tokens.Length > best.Length || distance < bestDistance)
                {
                    best = name.Tokens;
                    bestDistance = distance;
                }
            }
        }

        return string.Join(" ", best);
    }

    /// <summary>
    /// The fullest form of an organisation's name in the article: the same words with the most capitalised
    /// words before them ("foreign ministry" → "Chinese Foreign Ministry").
    /// </summary>
    public string CanonicalOrganisation(string phrase)
    {
        if (_organisations.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var best = phrase;
        var bestScore = Score(phrase);
        var seen = 0;
        for (var at = _text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0 && seen < OccurrenceReach; at = _text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase), seen++)
        {
            if (!IsWholeWord(at, phrase.Length))
            {
                continue;
            }

            var start = ExtendLeftOverCapitals(at);
            var candidate = _text.Substring(start, at + phrase.Length - start);
            var score = Score(candidate);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        _organisations[phrase] = best;
        return best;
    }

    public static string StripPossessive(string word)
    {
        if (word.Length > 2 && (word.EndsWith("\u2019s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)))
        {
            return word.Substring(0, word.Length - 2);
        }

        return word.Length > 1 && (word[word.Length - 1] == '\u2019' || word[word.Length - 1] == '\'') ? word.Substring(0, word.Length - 1) : word;
    }

    /// <summary>Words count double and capitals break ties: "Chinese Foreign Ministry" beats "Chinese foreign ministry".</summary>
    private static int Score(string name)
    {
        var score = 0;
        var atWordStart = true;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart)
            {
                score += char.IsUpper(c) ? 3 : 2;
                atWordStart = false;
            }
        }

        return score;
    }

    private static bool ContainsAll(string[] tokens, string[] wanted)
    {
        foreach (var w in wanted)
        {
            if (Array.IndexOf(tokens, w) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsWholeWord(int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(_text[at - 1])) && (at + length >= _text.Length || !char.IsLetterOrDigit(_text[at + length]));

    /// <summary>Capitalised words (not a sentence's "The") right before an occurrence belong to the name.</summary>
    private int ExtendLeftOverCapitals(int at)
    {
        var start = at;
        for (var words = 0; words < 4; words++)
        {
            var end = start - 1;
            if (end < 1 || _text[end] != ' ')
            {
                break;
            }

            var wordStart = end;
            while (wordStart > 0 && (char.IsLetter(_text[wordStart - 1]) || _text[wordStart - 1] is '\u2019' or '\'' or '.' or '-'))
            {
                wordStart--;
            }

            var word = _text.Substring(wordStart, end - wordStart);
            if (word.Length == 0 || !char.IsUpper(word[0]) || SpeechLexicon.ClauseOpeners.Contains(word) || SpeechLexicon.Connectives.Contains(word) || CalendarWords.Contains(word))
            {
                break;
            }

            start = wordStart;
        }

        return start;
    }

    private void CollectMidSentenceCapitals(ParagraphWords words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (words.IsCapitalized(w) && words.SentenceStart(words.SentenceOf(w)) != w)
            {
                _midSentenceCapitals.Add(StripPossessive(words.WordText(w)));
            }
        }
    }

    /// <summary>Runs of capitalised words (with "of" inside) that read as a person's name once titles are removed.</summary>
    private void CollectNames(ParagraphWords words)
    {
        var w = 0;
        while (w < words.Count)
        {
            if (!words.IsCapitalized(w))
            {
                w++;
                continue;
            }

            var first = w;
            var end = w + 1;
            while (end < words.Count && !words.PunctuationBefore(end) && (words.IsCapitalized(end) || (words.WordText(end) == "of" && end + 1 < words.Count && words.IsCapitalized(end + 1))))
            {
                end++;
            }

            AddName(words, first, end);
            w = end;
        }
    }

    private void AddName(ParagraphWords words, int first, int end)
    {
        var start = first;
        if (words.SentenceStart(words.SentenceOf(first)) == first && !_midSentenceCapitals.Contains(StripPossessive(words.WordText(first))) && IsCommonOpener(words.WordText(first)))
        {
            start++; // "Despite Blinken’s presence": a sentence's capitalised first word is not part of the name
        }

        // The name is the last run of words that are not titles: "Bank of England Governor Andrew Bailey" → Andrew Bailey.
        var nameStart = start;
        for (var w = start; w < end; w++)
        {
            var word = words.WordText(w);
            if (word == "of" || SpeechLexicon.Titles.Contains(word) || SpeechLexicon.ClauseOpeners.Contains(word) || SpeechLexicon.Connectives.Contains(word))
            {
                nameStart = w + 1;
            }
        }

        var titled = nameStart > start
            ? SpeechLexicon.Titles.Contains(words.WordText(nameStart - 1)) && words.WordText(nameStart - 1) != "of"
            : first > 0 && !words.PunctuationBefore(first) && IsRoleWord(words.WordText(first - 1));
        start = nameStart;
        if (end - start is < 1 or > 4)
        {
            return;
        }

        var tokens = new string[end - start];
        for (var i = start; i < end; i++)
        {
            tokens[i - start] = StripPossessive(words.WordText(i));
            if (SpeechLexicon.OrganisationHeads.Contains(tokens[i - start]) || CalendarWords.Contains(tokens[i - start]) || SpeechLexicon.CollectiveSpeakers.Contains(tokens[i - start])
                || SpeechLexicon.Demonyms.Contains(tokens[i - start]) || !char.IsLetter(tokens[i - start][0]))
            {
                return;
            }
        }

        if (SpeechLexicon.CollectiveSpeakers.Contains(string.Join(" ", tokens)))
        {
            return; // "United States" is a place that speaks as an institution, not a person
        }

        if (tokens.Length >= 2)
        {
            _fullNameTokens.UnionWith(tokens);
        }

        var index = _names.Count;
        var title = start > first ? words.Text.Substring(words[first].Start, words[start - 1].End - words[first].Start) : string.Empty;
        _names.Add(new PersonName(words[start].Start, words[end - 1].End - words[start].Start, tokens, titled, title));
        foreach (var token in tokens)
        {
            if (!_namesByToken.TryGetValue(token, out var list))
            {
                _namesByToken[token] = list = new List<int>();
            }

            // A name repeated thousands of times adds nothing after its first mentions; this keeps lookups bounded.
            if (list.Count < MentionsPerToken)
            {
                list.Add(index);
            }
        }

        if (titled)
        {
            AddKnownPerson(tokens);
        }
    }

    /// <summary>Capitalised only because they open a sentence: prepositions, adverbs, participles ("Despite", "Earlier", "Speaking").</summary>
    private static bool IsCommonOpener(string word) =>
        CommonOpeners.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal);

    private static readonly HashSet<string> CommonOpeners = new(StringComparer.Ordinal)
    {
        "Despite", "After", "Before", "During", "Since", "Although", "Though", "While", "When", "Where", "Whether", "Following", "Under", "Amid",
        "Among", "As", "At", "By", "For", "From", "Like", "Unlike", "With", "Without", "Over", "Through", "Until", "Upon", "Within", "According",
        "Asked", "Earlier", "Later", "Last", "Next", "Yesterday", "Tomorrow", "Meanwhile", "Instead", "Once", "Only", "Even", "Both", "Neither",
        "Either", "Each", "Every", "Many", "Most", "Some", "Several", "Few", "Other", "Another", "Such", "Then", "Thus", "Here", "Asked", "To",
        "Of", "On", "Into", "About", "Against", "Between", "Behind", "Beyond", "Across", "Around", "Outside", "Inside", "Near", "Per", "Unless",
    };

    private static bool IsRoleWord(string word) => word is "spokesman" or "spokeswoman" or "spokesperson" or "leader" or "minister" or "diplomat"
        or "president" or "adviser" or "advisor" or "secretary" or "official" or "chief" or "envoy" or "ambassador" or "founder" or "co-founder" or "expert"
        or "analyst" or "professor" or "director" or "fellow" or "senator" or "governor" or "mayor" or "counterpart";
}
