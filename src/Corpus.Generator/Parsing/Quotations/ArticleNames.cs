using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// The names an article uses, so that a speaker can be given the fullest form the article has
/// ("Lopez" → "Maria Lopez", "the foreign ministry" → "Norwegian Foreign Ministry") and pronouns can find
/// the people the text mentions.
/// </summary>
internal sealed class ArticleNames
{
    private const int MentionsPerToken = 64;

    private readonly string _text;
    private readonly List<PersonName> _names = new();
    private readonly PersonNames _people;
    private readonly HashSet<string> _knownPersonTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fullNameTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CanonicalName> _organisations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs of capitalised words, and where each word stands in them (a bounded number of places per word).</summary>
    private readonly List<(ParagraphWords Words, int Start, string[] Tokens)> _runs = new();
    private readonly Dictionary<int, int> _mentionAt = new();
    private readonly IReadOnlyList<ParagraphWords> _paragraphs;
    private Dictionary<string, CanonicalName>? _runsByInitials;
    private readonly Dictionary<string, List<(int Position, string[] Tokens)>> _roleHolders = new(StringComparer.Ordinal);
    private Dictionary<string, List<(int Run, int At)>>? _runsByLastWord;

    /// <summary>Words the article capitalises inside a sentence: a sentence's first word is a name only if it is one of them.</summary>
    private readonly HashSet<string> _midSentenceCapitals = new(StringComparer.Ordinal);

    public ArticleNames(string text, IReadOnlyList<ParagraphWords> paragraphs)
    {
        _text = text;
        _paragraphs = paragraphs;
        _people = new PersonNames(text, paragraphs.Count > 0 && paragraphs[0].Rules.WritesDoubleSurnames ? paragraphs[0].Rules : null);
        foreach (var paragraph in paragraphs)
        {
            CollectMidSentenceCapitals(paragraph);
        }

        foreach (var paragraph in paragraphs)
        {
            CollectNames(paragraph);
        }
    }

    /// <summary>
    /// A name as one stretch of text gives it, titles removed, the title words before it ("French Foreign Minister"),
    /// and what the name is (<see cref="MentionKinds"/>).
    /// </summary>
    public sealed record PersonName(int Position, int Length, string[] Tokens, bool Titled, TextRange Title, MentionKind Kind);

    /// <summary>Every name the article gives, in text order, as the article's model records them (<see cref="ArticleModel.Mentions"/>).</summary>
    public EquatableArray<MentionModel> Mentions()
    {
        // Built in place at its exact size: an array handed to ImmutableArray.Create is copied.
        var mentions = System.Collections.Immutable.ImmutableArray.CreateBuilder<MentionModel>(_names.Count);
        foreach (var name in _names)
        {
            var (position, length, skipped) = WithoutOpener(name);
            mentions.Add(new MentionModel(new TextRange(position, length), string.Join(" ", name.Tokens, skipped, name.Tokens.Length - skipped), name.Kind, name.Titled, name.Title));
        }

        return new EquatableArray<MentionModel>(mentions.MoveToImmutable());
    }

    /// <summary>
    /// A person's name without a capitalised sentence opener before it (<c>With Tom Ward</c> is Tom Ward). Inside
    /// quotation marks the parse reads the quotation as one sentence, so an opener there stands in a run of capitals;
    /// the record leaves it out, and the corpus's names table does not take it for a given name.
    /// </summary>
    private (int Position, int Length, int Skipped) WithoutOpener(PersonName name)
    {
        if (name.Kind != MentionKind.Person || name.Tokens.Length < 2 || !GrammarLexicon.SentenceOpeners.Contains(name.Tokens[0])
            || string.CompareOrdinal(_text, name.Position, name.Tokens[0], 0, name.Tokens[0].Length) != 0)
        {
            return (name.Position, name.Length, 0);
        }

        var start = name.Position + name.Tokens[0].Length;
        var end = name.Position + name.Length;
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        return start < end ? (start, end - start, 1) : (name.Position, name.Length, 0);
    }

    /// <summary>True when the article capitalises a word inside a sentence somewhere: a name, even at a sentence's start.</summary>
    public bool IsMidSentenceCapital(string word) => _midSentenceCapitals.Contains(StripPossessive(word));

    /// <summary>The name that starts at a character position, if the article's names hold one there.</summary>
    public PersonName? MentionAt(int position) => _mentionAt.TryGetValue(position, out var index) ? _names[index] : null;

    /// <summary>The gender a person's canonical name carries by its first word, or unknown.</summary>
    public static NameGender GenderOf(string canonical)
    {
        var space = canonical.IndexOf(' ');
        return space <= 0 ? NameGender.Unknown : FirstNameLexicon.GenderOf(canonical.Substring(0, space));
    }

    /// <summary>Marks a name as a person's (it was the speaker of a quotation), so pronouns may refer to it.</summary>
    public void AddKnownPerson(string[] tokens)
    {
        foreach (var token in tokens)
        {
            if (char.IsLower(token[0]))
            {
                continue; // a particle ("de", "von") is nobody's name alone
            }

            _knownPersonTokens.Add(token);
        }
    }

    /// <summary>True when a word is part of a full name (two words or more) the article gives: a person, most likely.</summary>
    public bool IsFullNameToken(string word) => _fullNameTokens.Contains(StripPossessive(word));

    /// <summary>True when a person's name of two words or more ends in this word: someone's surname.</summary>
    public bool IsSurname(string word) => _people.IsSurname(word);

    /// <summary>True when a word is part of the name of a person the article titles or quotes.</summary>
    public bool IsKnownPersonToken(string word) => _knownPersonTokens.Contains(StripPossessive(word));

    /// <summary>
    /// The words of a person's name as written: the last run of capitalised words that are not titles, a possessive
    /// removed ("Bank of England Governor Andrew Bailey" → Andrew Bailey; "Transport Ministry spokesman Tom Reyes" → Tom Reyes).
    /// </summary>
    public static string[] PersonTokens(ParagraphWords words, int first, int end)
    {
        var tokens = new List<string>();
        for (var w = first; w < end; w++)
        {
            var word = StripPossessive(words.WordText(w));
            if (tokens.Count > 0 && IsParticleInside(words, w, end))
            {
                tokens.Add(word); // "Luis de la Fuente", "Jean de La Fontaine": the particle is part of the name
                continue;
            }

            // A title of the language only before the name ("M. Roy"): "M" inside a name is an initial.
            var title = SpeechLexicon.Titles.Contains(word) || EntityLexicon.RoleNouns.Contains(word) || (tokens.Count == 0 && words.Rules.IsTitle(word));
            if (char.IsLower(word[0]) || (title && !IsSurnameAfter(words, w, end, tokens.Count)))
            {
                tokens.Clear();
                continue;
            }

            tokens.Add(Initial(words, w) ?? word);
        }

        return tokens.ToArray();
    }

    /// <summary>
    /// A lower-case name particle and the article after it (<c>de la</c>, <c>von der</c>) between a given name and a
    /// capitalised word of the same name; outside English only (English keeps the names its weights were trained with).
    /// </summary>
    private static bool IsParticleInside(ParagraphWords words, int w, int end)
    {
        if (words.Rules.IsEnglish || !words.IsLower(w) || words.PunctuationBefore(w))
        {
            return false;
        }

        if (NameParticles.Following.Contains(words.WordText(w)) && NameParticles.Words.Contains(words.WordText(w - 1)))
        {
            w--; // the article of "de la": the run opened one word before
        }

        if (!words.Rules.ParticleMayFollow(words.WordText(w), words.WordText(w - 1)))
        {
            return false;
        }

        var next = w;
        while (next < end && next - w < 3 && words.IsLower(next) && !words.PunctuationBefore(next)
            && (NameParticles.Words.Contains(words.WordText(next)) || (next > w && NameParticles.Following.Contains(words.WordText(next)))))
        {
            next++;
        }

        return next > w && next < end && words.IsCapitalized(next) && !words.PunctuationBefore(next);
    }

    /// <summary>
    /// A surname that is also a title or a common word ("David French", "Mr. King"): the name's last word, after a
    /// given name or an honorific written with its full stop.
    /// </summary>
    public static bool IsSurnameAfter(ParagraphWords words, int w, int end, int givenNames) =>
        w == end - 1 && w > 0 && char.IsUpper(words.WordText(w)[0])
        && ((givenNames > 0 && (!words.PunctuationBefore(w) || AfterInitial(words, w))) || AfterAbbreviatedHonorific(words, w));

    /// <summary>"Peter T. King": a given name's initial and its full stop before the word.</summary>
    private static bool AfterInitial(ParagraphWords words, int w) =>
        words[w - 1].Length == 1 && char.IsUpper(words.WordText(w - 1)[0]) && OnlyFullStopBefore(words, w);

    /// <summary>"Mr. King", "Sen. Prince": an abbreviation and its full stop, nothing else, before the word.</summary>
    private static bool AfterAbbreviatedHonorific(ParagraphWords words, int w) =>
        OnlyFullStopBefore(words, w) && GrammarLexicon.Abbreviations.Contains(words.WordText(w - 1)) && char.IsUpper(words.WordText(w - 1)[0]);

    /// <summary>True when the gap before the word is a full stop and spaces: an abbreviation's, not a sentence's end.</summary>
    private static bool OnlyFullStopBefore(ParagraphWords words, int w) => words.GapBefore(w).Of(words.Text).Trim() == ".";

    /// <summary>
    /// The fullest form of a person's name in the article (most words, nearest before <paramref name="position"/>
    /// first), with the mention that writes it; <paramref name="start"/> is where <paramref name="tokens"/> are written.
    /// </summary>
    public CanonicalName CanonicalPerson(string[] tokens, int start, int position) => _people.Canonical(tokens, start, position);

    /// <summary>
    /// The fullest form of an organisation's name in the article: the same words with the most capitalised
    /// words before them ("foreign ministry" → "Norwegian Foreign Ministry"), from the runs of capitalised words
    /// indexed by their words (a bounded number per word), never by searching the text again; with the words
    /// that write it (<paramref name="start"/> is where <paramref name="phrase"/> is written).
    /// </summary>
    public CanonicalName CanonicalOrganisation(string phrase, int start)
    {
        if (_organisations.TryGetValue(phrase, out var known))
        {
            return known;
        }

        if (MentionKinds.IsAcronym(phrase) && RunsByInitials().TryGetValue(phrase, out var expanded))
        {
            _organisations[phrase] = expanded;
            return expanded; // "NRDC" → "Natural Resources Defense Council", when the article spells it out
        }

        var wanted = phrase.Split(' ');
        var best = CanonicalName.At(_text, phrase, start);
        var bestScore = Score(phrase);
        if (RunsByWord().TryGetValue(StripPossessive(wanted[wanted.Length - 1]), out var places))
        {
            foreach (var (run, at) in places)
            {
                QuotationWork.Step();
                var (runWords, runStart, tokens) = _runs[run];
                var first = at - wanted.Length + 1;
                if (first < 0 || !MatchesAt(tokens, first, wanted))
                {
                    continue;
                }

                var extended = first;
                while (extended > 0 && first - extended < 4 && IsNameWordBefore(tokens[extended - 1]))
                {
                    extended--;
                }

                // The words as written ("Acme’s Analytics Unit"), a possessive at the end removed.
                var from = runWords[runStart + extended].Start;
                var candidate = StripPossessive(runWords.Text.Substring(from, runWords[runStart + at].End - from));
                var score = Score(candidate);
                if (score > bestScore)
                {
                    best = new CanonicalName(candidate, new TextRange(from, candidate.Length));
                    bestScore = score;
                }
            }
        }

        _organisations[phrase] = best;
        return best;
    }

    /// <summary>
    /// The spelled-out names by their initials (<see cref="CollectSpelledOutNames"/>), gathered from every paragraph
    /// when an acronym is first looked up: most articles never look one up, and the index cost a pass over every word.
    /// </summary>
    private Dictionary<string, CanonicalName> RunsByInitials()
    {
        if (_runsByInitials is { } built)
        {
            return built;
        }

        var index = new Dictionary<string, CanonicalName>(StringComparer.Ordinal);
        foreach (var paragraph in _paragraphs)
        {
            CollectSpelledOutNames(paragraph, index);
        }

        return _runsByInitials = index;
    }

    /// <summary>
    /// Names spelled out with small words inside ("Union for the Rights of Authors"), indexed by their initials so
    /// that an acronym the article uses later gets the full name.
    /// </summary>
    private static void CollectSpelledOutNames(ParagraphWords words, Dictionary<string, CanonicalName> runsByInitials)
    {
        var w = 0;
        while (w < words.Count)
        {
            if (!words.IsCapitalized(w))
            {
                w++;
                continue;
            }

            var end = w + 1;
            while (end < words.Count && end - w < 12 && !words.PunctuationBefore(end) && (words.IsCapitalized(end) || (IsSmallWord(words, end) && end + 1 < words.Count && !words.PunctuationBefore(end + 1))))
            {
                end++;
            }

            if (ClauseOpenerHashes.Contains(words.WordHash(w)) && SpeechLexicon.ClauseOpeners.Contains(words.WordText(w)))
            {
                w++;
                continue; // "The Union for …": the article is not part of the name; the name starts after it
            }

            while (end > w + 1 && !words.IsCapitalized(end - 1))
            {
                end--;
            }

            if (end - w >= 3)
            {
                var tokens = Tokens(words, w, end);
                var initials = Initials(tokens);
                if (initials.Length >= 3 && !runsByInitials.ContainsKey(initials))
                {
                    runsByInitials[initials] = CanonicalName.At(words.Text, string.Join(" ", tokens), words[w].Start);
                }
            }

            w = end;
        }
    }

    private static bool IsSmallWord(string word) => GrammarLexicon.NameJoiners.Contains(word);

    private static bool IsSmallWord(ParagraphWords words, int w) => words[w].Length <= 3 && words.IsLower(w) && SmallWordHashes.Contains(words.WordHash(w)) && IsSmallWord(words.WordText(w));

    private static readonly FilteredHashes SmallWordHashes = new(SpeechLexicon.Hashes(GrammarLexicon.NameJoiners));

    private static readonly FilteredHashes ClauseOpenerHashes = new(SpeechLexicon.Hashes(SpeechLexicon.ClauseOpeners));

    private static readonly FilteredHashes ConnectiveHashes = new(SpeechLexicon.Hashes(SpeechLexicon.Connectives));

    /// <summary>
    /// The words that end a title or an outlet before a person's name (<see cref="IsNameBreakWord"/>), by their
    /// case-insensitive hash: most words of a name are none of them, and skip the four look-ups by their text.
    /// </summary>
    private static readonly FilteredHashes NameBreakHashes = new(SpeechLexicon.Hashes(
        SpeechLexicon.Titles.Concat(EntityLexicon.RoleNouns).Concat(SpeechLexicon.ClauseOpeners).Concat(SpeechLexicon.Connectives)));

    private static readonly FilteredHashes RoleOrTitleHashes = new(SpeechLexicon.Hashes(SpeechLexicon.Titles.Concat(EntityLexicon.RoleNouns)));

    private static bool IsNameBreakWord(string word) =>
        SpeechLexicon.Titles.Contains(word) || EntityLexicon.RoleNouns.Contains(word) || SpeechLexicon.ClauseOpeners.Contains(word) || SpeechLexicon.Connectives.Contains(word);

    /// <summary>The first words of <see cref="SpeechLexicon.CollectiveSpeakers"/>: only a name starting with one can be one (no joined copy needed).</summary>
    private static readonly FilteredSet CollectiveFirstWords = new(new HashSet<string>(
        SpeechLexicon.CollectiveSpeakers.Select(speaker => speaker.Split(' ')[0]), StringComparer.OrdinalIgnoreCase));

    /// <summary>The capitals that start a run's words, the small words ("of", "the", "for") skipped: "Bank of Ruritania" → BR.</summary>
    private static string Initials(string[] tokens)
    {
        if (tokens.Length < 2)
        {
            return string.Empty;
        }

        var initials = new char[tokens.Length];
        var n = 0;
        foreach (var token in tokens)
        {
            if (token.Length == 0)
            {
                return string.Empty;
            }

            if (char.IsUpper(token[0]))
            {
                initials[n++] = token[0];
            }
            else if (!IsSmallWord(token))
            {
                return string.Empty;
            }
        }

        return n >= 2 ? new string(initials, 0, n) : string.Empty;
    }

    private static bool MatchesAt(string[] tokens, int first, string[] wanted)
    {
        for (var k = 0; k < wanted.Length; k++)
        {
            if (!string.Equals(tokens[first + k], StripPossessive(wanted[k]), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameWordBefore(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && !SpeechLexicon.ClauseOpeners.Contains(word) && !SpeechLexicon.Connectives.Contains(word) && !DateLexicon.CalendarNames.Contains(word);

    /// <summary>Indexes a run of capitalised words by each of its words, for <see cref="CanonicalOrganisation"/>.</summary>
    private void IndexOrganisationRun(ParagraphWords words, int start, int end, string[] tokens)
    {
        if (end - start is < 2 or > 8)
        {
            return; // one word extends no organisation's name; eight are a headline
        }

        _runs.Add((words, start, tokens));
    }

    /// <summary>The runs by each of their words, built when an organisation is first named (many articles name none).</summary>
    private Dictionary<string, List<(int Run, int At)>> RunsByWord()
    {
        if (_runsByLastWord is { } built)
        {
            return built;
        }

        var index = new Dictionary<string, List<(int Run, int At)>>(StringComparer.OrdinalIgnoreCase);
        for (var run = 0; run < _runs.Count; run++)
        {
            var tokens = _runs[run].Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!index.TryGetValue(tokens[i], out var list))
                {
                    index[tokens[i]] = list = new List<(int, int)>();
                }

                if (list.Count < MentionsPerToken)
                {
                    list.Add((run, i));
                }
            }
        }

        return _runsByLastWord = index;
    }

    public static string StripPossessive(string word)
    {
        if (word.Length > 2 && (word.EndsWith("\u2019s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)))
        {
            return word.Substring(0, word.Length - 2);
        }

        return word.Length > 1 && (word[word.Length - 1] == '\u2019' || word[word.Length - 1] == '\'') ? word.Substring(0, word.Length - 1) : word;
    }

    /// <summary>Words count double and capitals break ties: "Norwegian Foreign Ministry" beats "Norwegian foreign ministry".</summary>
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

    private void CollectMidSentenceCapitals(ParagraphWords words)
    {
        var sentence = 0; // the sentence of word w, followed word by word (no search a word)
        for (var w = 0; w < words.Count; w++)
        {
            while (sentence + 1 < words.SentenceCount && words.SentenceStart(sentence + 1) <= w)
            {
                sentence++;
            }

            if (words.IsCapitalized(w) && words.SentenceStart(sentence) != w)
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
            while (end < words.Count && !words.NameBreakBefore(end) && (words.IsCapitalized(end) || (words.WordIs(end, "of") && end + 1 < words.Count && words.IsCapitalized(end + 1))))
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
        if (words.SentenceStart(words.SentenceOf(first)) == first && IsCommonOpener(words, first) && !_midSentenceCapitals.Contains(StripPossessive(words.WordText(first))))
        {
            start++; // "Despite Lopez’s presence": a sentence's capitalised first word is not part of the name
        }

        while (start < end && (ClauseOpenerHashes.Contains(words.WordHash(start)) || ConnectiveHashes.Contains(words.WordHash(start)))
            && (SpeechLexicon.ClauseOpeners.Contains(words.WordText(start)) || SpeechLexicon.Connectives.Contains(words.WordText(start))))
        {
            start++;
        }

        // Spanish and French: a word that opens sentences only is no part of the name after it ("Para Robles", "Selon Sudinfo").
        while (start < end && (start == 0 || words.PunctuationBefore(start)) && words.Rules.OpensSentenceOnly(words.WordText(start)))
        {
            start++;
        }

        // Spanish and French: after a preposition, a given name inside the run opens the name after the complement ("au Budget Eva De Bleeker").
        if (start < end && words.Rules.ObjectPrepositions.Count > 0 && Sources.Mentions.PersonNameInside(words, start + 1, end) is var given and >= 0
            && Sources.Mentions.AfterPreposition(words, start))
        {
            start = given;
        }

        // Where every noun is capitalised, the run's articles, adverbs and common nouns at either end are no part of a name ("Die Studie").
        var nouns = words.Rules.Nouns;
        while (words.Rules.CapitalisesNouns && start < end && nouns.IsNotName(words.WordText(start)))
        {
            start++;
        }

        while (words.Rules.CapitalisesNouns && end > start && nouns.IsNotName(StripPossessive(words.WordText(end - 1))))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        var whole = Tokens(words, start, end);
        var kind = MentionKinds.Classify(whole, TokenHash(words, start, whole[0]), TokenHash(words, end - 1, whole[whole.Length - 1]), end - start == 1 ? LocativeBefore(words, start) : null);
        IndexOrganisationRun(words, start, end, whole);
        if (kind == MentionKind.Organisation)
        {
            AddMention(words, start, end, whole, kind, titled: false, title: TextRange.None);
            return;
        }

        // The name is the last run of words that are not titles: "Bank of England Governor Andrew Bailey" → Andrew Bailey.
        var nameStart = start;
        for (var w = start; w < end; w++)
        {
            var word = words.WordText(w);
            if (word == "of" || (NameBreakHashes.Contains(words.WordHash(w)) && IsNameBreakWord(word) && !IsSurnameAfter(words, w, end, w - nameStart)) || (w < end - 1 && MentionKinds.IsAcronym(word))
                || (w == nameStart && w < end - 1 && words.Rules.IsTitle(word))) // "Mme Roy": the language's title opening the run
            {
                nameStart = w + 1; // "BBC reporter Ann Lee", "Acme CEO Tom Ray": the outlet is not part of the name
            }
        }

        var titled = nameStart > start
            ? (words.WordIn(nameStart - 1, RuleWords.Titles) || words.Rules.IsTitle(words.WordText(nameStart - 1))) && words.WordText(nameStart - 1) != "of"
            : first > 0 && !words.PunctuationBefore(first) && words.WordIn(first - 1, RuleWords.TitlingRoles);
        var titleStart = first;
        var firstOfWhole = start;
        start = nameStart;
        if (end - start is < 1 or > 4)
        {
            return;
        }

        var tokens = whole;
        if (start > firstOfWhole || end - start != whole.Length)
        {
            tokens = new string[end - start];
            Array.Copy(whole, start - firstOfWhole, tokens, 0, tokens.Length);
        }
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            var hash = TokenHash(words, start + k, token);
            if (RuleWords.CalendarNames.Contains(token, hash) || RuleWords.Demonyms.Contains(token, hash) || !char.IsLetter(token[0]))
            {
                return;
            }
        }

        if (CollectiveFirstWords.Contains(tokens[0], TokenHash(words, start, tokens[0])) && SpeechLexicon.CollectiveSpeakers.Contains(string.Join(" ", tokens)))
        {
            return; // "United States" is a place that speaks as an institution, not a person
        }

        if (!ReferenceEquals(tokens, whole))
        {
            kind = MentionKinds.Classify(tokens, TokenHash(words, start, tokens[0]), TokenHash(words, end - 1, tokens[tokens.Length - 1]), tokens.Length == 1 ? LocativeBefore(words, start) : null);
            if (kind == MentionKind.Organisation && MentionKinds.IsPlaceThenName(tokens) && !MentionKinds.IsOrganisationWord(tokens[tokens.Length - 1]))
            {
                kind = MentionKind.Person; // "farmer Chad Smith": a role or title before the name makes it a person's
            }
        }
        if (kind is MentionKind.Place or MentionKind.Thing)
        {
            return; // a place or an event is never looked up: pronouns and surnames skip it
        }

        var title = start > titleStart ? new TextRange(words[titleStart].Start, words[start - 1].End - words[titleStart].Start) : TextRange.None;
        AddMention(words, start, end, tokens, kind, titled, title);
        if (kind == MentionKind.Person && (start > titleStart || (titleStart > 0 && words.IsLower(titleStart - 1))))
        {
            AddRoles(words, titleStart, start, tokens);
        }
    }

    /// <summary>
    /// The role nouns written before a person's name ("coach Ann Lee", "Director Tom Ray", "the company's chief
    /// executive Ann Lee"), so that "the coach said" later finds her.
    /// </summary>
    private void AddRoles(ParagraphWords words, int titleStart, int nameStart, string[] tokens)
    {
        for (var w = Math.Max(0, titleStart - 3); w < nameStart; w++)
        {
            if (w < titleStart && words.PunctuationBefore(w + 1))
            {
                continue; // a role word that punctuation separates from the name is not its role
            }

            if (w < titleStart && !words.IsLower(w))
            {
                continue;
            }

            if (!RoleOrTitleHashes.Contains(words.WordHash(w)))
            {
                continue; // no role noun or title is this word, in any case
            }

            var word = words.WordText(w);
            if (!EntityLexicon.RoleNouns.Contains(word) && !SpeechLexicon.Titles.Contains(word))
            {
                continue;
            }

            var key = word.ToLowerInvariant();
            if (!_roleHolders.TryGetValue(key, out var list))
            {
                _roleHolders[key] = list = new List<(int, string[])>();
            }

            if (list.Count < MentionsPerToken)
            {
                list.Add((words[nameStart].Start, tokens));
            }
        }
    }

    /// <summary>The person a role noun ("the coach", "the senator") last named before a position, by canonical name.</summary>
    public CanonicalName? RoleHolder(string role, int position)
    {
        if (!_roleHolders.TryGetValue(role.ToLowerInvariant(), out var list))
        {
            return null;
        }

        (int Position, string[] Tokens)? best = null;
        foreach (var holder in list)
        {
            QuotationWork.Step();
            if (holder.Position < position)
            {
                best = holder;
            }
        }

        return best is { } named ? CanonicalPerson(named.Tokens, named.Position, position) : null;
    }

    /// <summary>
    /// The word before a one-word name when it is a place preposition ("in Tuscaloosa"), else null: the only word
    /// before a name that <see cref="MentionKinds.Classify(string[], string?)"/> reads, found without copying the others.
    /// </summary>
    private static string? LocativeBefore(ParagraphWords words, int start) =>
        start > 0 && !words.PunctuationBefore(start) && words.WordIn(start - 1, RuleWords.LocativePrepositions) ? words.WordText(start - 1) : null;

    /// <summary>
    /// The <see cref="SpeechLexicon.FirstWordHash"/> of the token of word <paramref name="w"/>: the paragraph's hash of
    /// the word where the token is the word as written (no possessive cut, no initial's dot; a word holds no space),
    /// so a name's tokens are not hashed again for each lexicon asked.
    /// </summary>
    private static uint TokenHash(ParagraphWords words, int w, string token) =>
        ReferenceEquals(token, words.WordText(w)) ? words.WordHash(w) : SpeechLexicon.FirstWordHash(token);

    private static string[] Tokens(ParagraphWords words, int start, int end)
    {
        var tokens = new string[end - start];
        for (var i = start; i < end; i++)
        {
            tokens[i - start] = Initial(words, i) ?? StripPossessive(words.WordText(i));
        }

        return tokens;
    }

    /// <summary>An initial inside a name keeps its dot: "Tom K. Ward".</summary>
    private static string? Initial(ParagraphWords words, int w)
    {
        var range = words[w];
        if (range.End >= words.Text.Length || words.Text[range.End] != '.')
        {
            return null;
        }

        return (range.Length == 1 && char.IsUpper(words.Text[range.Start])) || (range.Length > 1 && ParagraphWords.IsDottedInitials(words.WordText(w)))
            ? words.Text.Substring(range.Start, range.Length + 1)
            : null;
    }

    private void AddMention(ParagraphWords words, int start, int end, string[] tokens, MentionKind kind, bool titled, TextRange title)
    {
        if (kind == MentionKind.Person && tokens.Length >= 2)
        {
            _fullNameTokens.UnionWith(tokens);
        }

        _mentionAt[words[start].Start] = _names.Count;
        _names.Add(new PersonName(words[start].Start, words[end - 1].End - words[start].Start, tokens, titled, title, kind));
        if (kind != MentionKind.Person)
        {
            return; // only people are looked up by surname
        }

        _people.Add(words[start].Start, tokens);
        if (titled)
        {
            AddKnownPerson(tokens);
        }
    }

    /// <summary>Capitalised only because they open a sentence: prepositions, adverbs, participles ("Despite", "Earlier", "Speaking").</summary>
    private static bool IsCommonOpener(ParagraphWords words, int w) => words.WordIn(w, RuleWords.SentenceOpeners) || HasOpenerEnding(words.WordText(w));

    /// <summary>The same test on a word's text (the speaker choice's evidence).</summary>
    internal static bool IsCommonOpener(string word) => RuleWords.SentenceOpeners.Contains(word) || HasOpenerEnding(word);

    private static bool HasOpenerEnding(string word) =>
        word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal);
}
