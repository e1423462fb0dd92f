using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Languages;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// One paragraph as words and sentences, with the spans its quotation marks enclose. Every attribution rule
/// works on word indices of this view, so the text is scanned once per paragraph.
/// </summary>
internal sealed class ParagraphWords
{
    /// <summary>Most words a rule looks through on either side of a quotation; keeps work linear on garbage input.</summary>
    public const int Reach = 60;

    private readonly string _text;
    private readonly TextRange[] _words;
    private int[] _sentenceStarts = Array.Empty<int>();

    // Sentence starts are gathered here and copied out at their exact size: a list per paragraph view regrew.
    [ThreadStatic]
    private static int[]? t_sentenceStarts;

    // Each word's text, made on first use: the name and attribution rules ask for the same words many times.
    private string?[]? _wordTexts;

    // Each word's case-insensitive hash, computed for the whole paragraph on first use: the cue and name rules
    // hash the same words again and again.
    private uint[]? _wordHashes;

    // What cues each word may start, by its hash (CueStarts), made on first use: the cue rules ask the same words
    // of the same hash sets sentence after sentence.
    private byte[]? _cueStarts;

    private const byte StartsCueForm = 1;
    private const byte StartsNounLikeVerb = 2;
    private const byte StartsSourceCue = 4;

    // The span of each word (see SpanOf), made on first use; a view with other spans makes its own.
    private int[]? _spanOfWord;

    // The first word after a dateline that opens the paragraph (see AfterDateline); -1 until asked.
    private int _afterDateline = -1;

    public ParagraphWords(string text, int paragraph, TextRange range, IReadOnlyList<MarkedSpan> spans)
        : this(text, paragraph, range, spans, LanguageRules.English)
    {
    }

    /// <summary>A paragraph read with a language's cues (<see cref="LanguageRules"/>).</summary>
    public ParagraphWords(string text, int paragraph, TextRange range, IReadOnlyList<MarkedSpan> spans, LanguageRules rules)
        : this(text, paragraph, range, spans, rules, null, null)
    {
    }

    /// <summary>
    /// A paragraph read with a language's cues, given its words (<see cref="TextScan.WordArray"/> of the range, found
    /// by an earlier walk; null: found here) and their <see cref="SpeechLexicon.CaseInsensitiveHash"/>es (null: computed
    /// on first use). The view keeps the arrays.
    /// </summary>
    public ParagraphWords(string text, int paragraph, TextRange range, IReadOnlyList<MarkedSpan> spans, LanguageRules rules, TextRange[]? words, uint[]? hashes)
    {
        Rules = rules;
        _text = text;
        Paragraph = paragraph;
        Range = range;
        Spans = spans;
        words ??= TextScan.WordArray(text, range);
        _words = rules.IsEnglish ? words : RunOnSentences.Split(text, words);
        if (hashes is not null && ReferenceEquals(_words, words) && hashes.Length == words.Length)
        {
            _wordHashes = hashes; // the words as given: their hashes hold (run-on sentences split outside English make others)
        }

        FindSentences();
    }

    private ParagraphWords(ParagraphWords view, IReadOnlyList<MarkedSpan> spans)
    {
        Rules = view.Rules;
        Names = view.Names;
        _text = view._text;
        Paragraph = view.Paragraph;
        Range = view.Range;
        Spans = spans;
        _words = view._words;
        _wordTexts = view._wordTexts;
        _wordHashes = view._wordHashes;
        _cueStarts = view._cueStarts;
        FindSentences();
    }

    /// <summary>The same paragraph with only the given spans (the others were names or terms, not quotations).</summary>
    public ParagraphWords WithSpans(IReadOnlyList<MarkedSpan> spans) => new(this, spans);

    /// <summary>The language's cues and name evidence the rules read this paragraph with.</summary>
    public LanguageRules Rules { get; }

    /// <summary>The article's evidence of names where capitals are none (<see cref="LanguageRules.CapitalisesNouns"/>), else null.</summary>
    public Sources.NameEvidence? Names { get; set; }

    public int Paragraph { get; }

    public TextRange Range { get; }

    public IReadOnlyList<MarkedSpan> Spans { get; }

    public int Count => _words.Length;

    public string Text => _text;

    public TextRange this[int word] => _words[word];

    /// <summary>
    /// The first word after a dateline that opens the paragraph (<c>OSLO, Norway (Reuters) -</c>), or 0 when none: a
    /// dateline names where the story was filed, never who spoke. Read on first use (only paragraphs with quotations ask).
    /// </summary>
    public int AfterDateline
    {
        get
        {
            if (_afterDateline < 0)
            {
                var dateline = DatelineParser.Read(_text, Range, requireMark: true);
                var end = Math.Max(dateline.Place.IsNone ? 0 : dateline.Place.End, dateline.Agency.IsNone ? 0 : dateline.Agency.End);
                _afterDateline = end > 0 ? WordAtOrAfter(end) : 0;
            }

            return _afterDateline;
        }
    }

    public string WordText(int word)
    {
        var texts = _wordTexts ??= new string?[_words.Length];
        return texts[word] ??= _text.Substring(_words[word].Start, _words[word].Length);
    }

    /// <summary>True when a lexicon set holds the word; the word's hash answers for most words without copying it.</summary>
    /// <remarks>This and the other one-line tests of a word are inlined: the rules ask them millions of times, and
    /// the JIT left some as calls in its larger callers.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool WordIn(int word, FilteredSet set) => set.MayContain(WordHash(word)) && set.Words.Contains(WordText(word));

    /// <summary>True when the word is exactly this text, compared in place (no copy of a word the rules may never ask for again).</summary>
    public bool WordIs(int word, string text) =>
        _words[word].Length == text.Length && string.CompareOrdinal(_text, _words[word].Start, text, 0, text.Length) == 0;

    /// <summary>The word's case-insensitive hash (<see cref="SpeechLexicon.CaseInsensitiveHash"/>), computed in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint WordHash(int word) => (_wordHashes ??= HashWords())[word];

    private uint[] HashWords()
    {
        var hashes = new uint[_words.Length];
        for (var w = 0; w < hashes.Length; w++)
        {
            hashes[w] = SpeechLexicon.CaseInsensitiveHash(_text, _words[w].Start, _words[w].Length);
        }

        return hashes;
    }

    /// <summary>
    /// For each word, which cue lists have a form starting with it (<see cref="SpeechLexicon.CanStartCue(uint)"/>,
    /// <see cref="SpeechLexicon.CanBeNounLikeVerb"/>, the source cues), from its hash: the same answers as asking the
    /// hash sets each time. The first two are asked only of lower-case words (cues are written in lower case).
    /// </summary>
    private byte[] CueStarts()
    {
        var hashes = _wordHashes ??= HashWords();
        var starts = new byte[hashes.Length];
        for (var w = 0; w < hashes.Length; w++)
        {
            var hash = hashes[w];
            if (!Rules.AnyCueStart.MayContain(hash))
            {
                continue; // no cue list has a form starting with this word (nearly every word)
            }

            var bits = Rules.SourceCueFirstWords.Contains(hash) ? StartsSourceCue : 0;
            if (IsLower(w))
            {
                bits |= (Rules.CanStartCue(hash) ? StartsCueForm : 0) | (Rules.CanBeNounLikeVerb(hash) ? StartsNounLikeVerb : 0);
            }

            starts[w] = (byte)bits;
        }

        return starts;
    }

    private int CueStartsAt(int word) => (_cueStarts ??= CueStarts())[word];

    /// <summary>
    /// True when <see cref="CueAt"/> may find a cue at a word: it is in lower case and some cue (or noun-like verb)
    /// starts with it. Most words are not, and the rules that need a cue skip a sentence without one.
    /// </summary>
    public bool MayStartCue(int word) => (CueStartsAt(word) & (StartsCueForm | StartsNounLikeVerb)) != 0;

    /// <summary>True when some word in [start, end) may start a cue (<see cref="MayStartCue"/>).</summary>
    public bool MayHoldCue(int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            if (MayStartCue(w))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int word) => char.IsUpper(_text[_words[word].Start]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLower(int word) => char.IsLower(_text[_words[word].Start]);

    /// <summary>The characters between a word and the one before it (the paragraph start for the first word).</summary>
    public TextRange GapBefore(int word)
    {
        var start = word == 0 ? Range.Start : _words[word - 1].End;
        return new TextRange(start, _words[word].Start - start);
    }

    public bool GapBeforeHas(int word, char c) => word > 0 && IndexIn(GapBefore(word), c) >= 0;

    /// <summary>True when punctuation (other than an apostrophe) separates the word from the one before it.</summary>
    public bool PunctuationBefore(int word)
    {
        if (word == 0)
        {
            return true;
        }

        var gap = GapBefore(word);
        for (var i = gap.Start; i < gap.End; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when punctuation breaks a name between this word and the one before: any punctuation except the dot
    /// of an abbreviation or an initial ("Mr. Hill", "George W. Bush").
    /// </summary>
    public bool NameBreakBefore(int word)
    {
        if (!PunctuationBefore(word))
        {
            return false;
        }

        var gap = GapBefore(word);
        if (gap.Length != 2 || _text[gap.Start] != '.' || _text[gap.Start + 1] != ' ')
        {
            return true;
        }

        return !IsAbbreviation(word - 1);
    }

    /// <summary>
    /// True when a full stop after the word ends no sentence and breaks no name: an abbreviation, a capital's initial or
    /// initials written together. Asked in place, the word copied only when its hash or its dots say it may be one.
    /// </summary>
    private bool IsAbbreviation(int word)
    {
        var range = _words[word];
        return WordIn(word, RuleWords.Abbreviations)
            || (range.Length == 1 && char.IsUpper(_text[range.Start]))
            || (range.Length is 3 or 5 or 7 && _text[range.Start + 1] == '.' && IsDottedInitials(WordText(word)));
    }

    /// <summary>
    /// Initials written together ("J.C", "J.R.R" before their last dot): a name goes on after them. A place's
    /// abbreviation ("D.C.", "N.Y.") may end a sentence and stays a break.
    /// </summary>
    public static bool IsDottedInitials(string word)
    {
        if (word.Length is < 3 or > 7 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var letter = i % 2 == 0;
            if (letter ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return !PlaceLexicon.Names.Contains(word + "."); // the place looked up last: most words fail the pattern first
    }

    /// <summary>The first word starting at or after a character position (Count when none).</summary>
    public int WordAtOrAfter(int position)
    {
        int lo = 0, hi = _words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_words[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the quotation span whose marks enclose a word (marks included), or -1.</summary>
    /// <remarks>
    /// Read from a table made on first use, one pass over the words and the spans together: the rules ask this of
    /// every word of a sentence, and a binary search a word was a tenth of finding unmarked quotations.
    /// </remarks>
    public int SpanOf(int word) => Spans.Count == 0 ? -1 : (_spanOfWord ??= SpansOfWords())[word];

    /// <summary>What <see cref="SpanAt"/> (inclusive) gives for each word's start: the last span opening at or before it, if it has not closed.</summary>
    private int[] SpansOfWords()
    {
        var spans = new int[_words.Length];
        var last = -1;
        for (var w = 0; w < _words.Length; w++)
        {
            var position = _words[w].Start;
            while (last + 1 < Spans.Count && Spans[last + 1].OpenMark <= position)
            {
                last++;
            }

            spans[w] = last >= 0 && position <= Spans[last].CloseOrEnd ? last : -1;
        }

        return spans;
    }

    public bool InsideSpan(int word) => SpanOf(word) >= 0;

    /// <summary>Binary search over the spans, which are sorted and never overlap.</summary>
    private int SpanAt(int position, bool inclusive)
    {
        int lo = 0, hi = Spans.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Spans[mid].OpenMark <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return -1;
        }

        var span = Spans[found];
        return inclusive
            ? (position <= span.CloseOrEnd ? found : -1)
            : (position > span.OpenMark && position < span.CloseOrEnd - 1 ? found : -1);
    }

    /// <summary>The sentence (index) that holds a word.</summary>
    /// <remarks>The last sentence starting at or before the word, by a plain binary search over the ascending starts (the generic one goes through a comparer).</remarks>
    public int SentenceOf(int word) => SortedInts.LastAtOrBefore(_sentenceStarts, word);

    public int SentenceCount => _sentenceStarts.Length;

    public int SentenceStart(int sentence) => _sentenceStarts[sentence];

    public int SentenceEnd(int sentence) => sentence + 1 < _sentenceStarts.Length ? _sentenceStarts[sentence + 1] : _words.Length;

    /// <summary>The cue (1–3 words) that starts at a word, as its lemma, or null. Cues are written in lower case.</summary>
    /// <remarks>Each word is looked up once: the candidates of neighbouring quotations ask about the same words.</remarks>
    public string? CueAt(int word, out int length)
    {
        var lengths = _cueLengths ??= NewUnknownLengths(_words.Length);
        if (lengths[word] != UnknownCue)
        {
            length = lengths[word];
            return length == 0 ? null : _cueLemmas![word];
        }

        var lemma = FindCueAt(word, out length);
        if (lemma is not null)
        {
            (_cueLemmas ??= new Dictionary<int, string>())[word] = lemma;
        }

        lengths[word] = (byte)length;
        return lemma;
    }

    private const byte UnknownCue = byte.MaxValue;

    // Each word's cue (CueAt), found on first use: its length (0 for none), and the lemmas of the few words that
    // start one (an array of lemmas a word, nearly all null, was most of this cache's garbage).
    private Dictionary<int, string>? _cueLemmas;
    private byte[]? _cueLengths;

    private static byte[] NewUnknownLengths(int count)
    {
        var lengths = new byte[count];
        for (var i = 0; i < lengths.Length; i++)
        {
            lengths[i] = UnknownCue;
        }

        return lengths;
    }

    private string? FindCueAt(int word, out int length)
    {
        QuotationWork.Step();
        length = 0;
        var starts = CueStartsAt(word); // nothing for a word that is not in lower case
        if ((starts & StartsCueForm) == 0)
        {
            return (starts & StartsNounLikeVerb) != 0 ? NounLikeVerb(word, ref length) : null;
        }

        var hash = WordHash(word);

        for (var n = Math.Min(SpeechLexicon.LongestCueWords, _words.Length - word); n >= 1; n--)
        {
            if (n > 1 && (PunctuationBefore(word + n - 1) || !Rules.CanStartLongCue(hash, WordHash(word + 1))))
            {
                continue;
            }

            var phrase = n == 1 ? WordText(word) : _text.Substring(_words[word].Start, _words[word + n - 1].End - _words[word].Start);
            var lemma = Rules.CueLemma(NormaliseSpaces(phrase));
            if (lemma is not null)
            {
                length = n;
                return lemma;
            }
        }

        return SeparatedCue(word, ref length);
    }

    /// <summary>Most words between the finite part of a separable verb and its particle (<c>sicherte … zu</c>).</summary>
    private const int SeparableReach = 14;

    /// <summary>
    /// The finite part of a German separable verb of saying whose particle closes its clause further on, with nothing
    /// but words between (<c>gab dazu bekannt:</c>, <c>strich Keller in Bremen heraus.</c>): the cue is the finite part,
    /// as one word, so its subject is read beside it as for any cue. Null elsewhere.
    /// </summary>
    private string? SeparatedCue(int word, ref int length)
    {
        if (Rules.SeparableParticles(WordText(word)) is not { } particles)
        {
            return null;
        }

        for (var w = word + 1; w < _words.Length && w <= word + SeparableReach && !PunctuationBefore(w) && !InsideSpan(w); w++)
        {
            if (w + 1 < _words.Length && !PunctuationBefore(w + 1))
            {
                continue; // a particle closes its clause: punctuation or the paragraph's end after it
            }

            foreach (var particle in particles)
            {
                if (WordIs(w, particle))
                {
                    length = 1;
                    return Rules.CueLemma(WordText(word) + " " + particle);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "Lee calls it ...", "she notes", "going on to call it ...": the base or -s form of a cue that is also a noun,
    /// where only a verb can stand (after a name or he/she/it, or after "to").
    /// </summary>
    private string? NounLikeVerb(int word, ref int length)
    {
        if (word == 0 || PunctuationBefore(word))
        {
            return null;
        }

        var text = WordText(word);
        var lemma = SpeechLexicon.NounLikeVerbLemma(text);
        if (lemma is null)
        {
            return null;
        }

        var previous = WordText(word - 1);
        var thirdPerson = text.Length > lemma.Length;
        var verb = thirdPerson
            ? (char.IsUpper(previous[0]) && !SpeechLexicon.ClauseOpeners.Contains(previous) && !previous.EndsWith("s", StringComparison.Ordinal)) || GrammarLexicon.IsThirdPersonSubjectPronoun(previous)
            : previous is "to";
        if (!verb)
        {
            return null;
        }

        length = 1;
        return lemma;
    }

    /// <summary>
    /// <see cref="LanguageRules.IsFirstOrSecondPerson"/> of a word. In English the word's hash answers for nearly
    /// every word without copying it (the speech features ask it of every quoted word).
    /// </summary>
    public bool IsFirstOrSecondPerson(int word) =>
        (!Rules.IsEnglish || FirstOrSecondPersonHashes.Contains(WordHash(word))) && Rules.IsFirstOrSecondPerson(WordText(word));

    private static readonly FilteredHashes FirstOrSecondPersonHashes = new(SpeechLexicon.Hashes(SpeechLexicon.FirstPerson.Concat(SpeechLexicon.SecondPerson)));

    /// <summary>True when a sentence has a cue outside its quotation marks (looking at its first words only).</summary>
    public bool SentenceHasCue(int sentence)
    {
        var end = Math.Min(SentenceEnd(sentence), SentenceStart(sentence) + (Reach * 4));
        for (var w = SentenceStart(sentence); w < end; w++)
        {
            if (!InsideSpan(w) && (CueAt(w, out _) is not null || SourceCueAt(w, out _) || ReportsSpeech(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word is an "according to" form that follows its source ("Merkel zufolge").</summary>
    public bool PostposedSourceCueAt(int word) => Rules.PostposedSourceCues.Count > 0 && Rules.PostposedSourceCues.Contains(WordText(word));

    /// <summary>True when "according to" (or another source cue) starts at a word.</summary>
    public bool SourceCueAt(int word, out int length)
    {
        length = 0;
        if ((CueStartsAt(word) & StartsSourceCue) == 0)
        {
            return false; // no source cue starts with this word (the hash folds case as the comparison below does)
        }

        foreach (var parts in Rules.SourceCueWords)
        {
            if (word + parts.Length > _words.Length)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < parts.Length && match; k++)
            {
                var candidate = _words[word + k];
                match = candidate.Length == parts[k].Length
                    && string.Compare(_text, candidate.Start, parts[k], 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (k == 0 || !PunctuationBefore(word + k));
            }

            if (match && (Rules.PunctuatedSourceCues.Count == 0 || !Rules.PunctuatedSourceCues.Contains(parts[0]) || InAttributionPlace(word, word + parts.Length)))
            {
                length = parts.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A source cue that is a common word elsewhere stands in its attribution's place: after a comma, a dash or a
    /// closing mark, and before a capitalised word or an article (<c>„…“, so Merkel</c>, <c>…, so der Minister</c>).
    /// </summary>
    private bool InAttributionPlace(int cue, int next)
    {
        if (cue == 0 || next >= _words.Length || PunctuationBefore(next))
        {
            return false;
        }

        var gap = GapBefore(cue);
        var punctuated = false;
        for (var i = gap.Start; i < gap.End; i++)
        {
            punctuated |= _text[i] is ',' or '\u2013' or '\u2014' or '\u201C' or '\u201D' or '"' or '\u00AB' or '\u00BB';
        }

        return punctuated && (IsCapitalized(next) || Rules.IsDeterminer(WordText(next)));
    }

    /// <summary>
    /// True when the sentence reports speech by its verb form alone (the German present subjunctive) and holds no cue
    /// of its own: it goes on reporting the speaker of an earlier sentence. Never in English.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="chained">True for a sentence between an attribution and a later sentence of its chain: the past
    /// subjunctive counts there too (<see cref="LanguageRules.ChainedReportedSpeechForms"/>).</param>
    public bool ReportsSpeechWithoutCue(int sentence, bool chained = false)
    {
        if (Rules.ReportedSpeechForms.Count == 0)
        {
            return false;
        }

        var reported = false;
        var end = Math.Min(SentenceEnd(sentence), SentenceStart(sentence) + (Reach * 4));
        for (var w = SentenceStart(sentence); w < end; w++)
        {
            if (InsideSpan(w))
            {
                continue;
            }

            if (CueAt(w, out _) is not null || SourceCueAt(w, out _))
            {
                return false;
            }

            reported |= ReportsSpeech(w) || (chained && IsLower(w) && Rules.ChainedReportedSpeechForms.Contains(WordText(w)));
        }

        return reported;
    }

    /// <summary>A verb form that marks the sentence's words as someone's (<see cref="LanguageRules.ReportedSpeechForms"/>).</summary>
    private bool ReportsSpeech(int word) => Rules.ReportedSpeechForms.Count > 0 && IsLower(word) && Rules.ReportedSpeechForms.Contains(WordText(word));

    public TextRange Words(int first, int endExclusive) =>
        endExclusive <= first ? TextRange.None : new TextRange(_words[first].Start, _words[endExclusive - 1].End - _words[first].Start);

    private static string NormaliseSpaces(string phrase) => phrase.IndexOf('\u00A0') < 0 ? phrase : phrase.Replace('\u00A0', ' ');

    private int IndexIn(TextRange range, char c) => range.Length <= 0 ? -1 : _text.IndexOf(c, range.Start, range.Length);

    /// <summary>
    /// Sentence starts: after . ! ? (and any closing marks) followed by a capital, a digit or an opening mark,
    /// never inside a quotation span and never after an abbreviation or an initial.
    /// </summary>
    private void FindSentences()
    {
        if (_words.Length == 0)
        {
            return;
        }

        var starts = t_sentenceStarts ??= new int[64];
        var count = 0;
        starts[count++] = 0;
        for (var w = 1; w < _words.Length; w++)
        {
            var gap = GapBefore(w);
            var stop = -1;
            for (var i = gap.Start; i < gap.End; i++)
            {
                if (_text[i] is '.' or '!' or '?')
                {
                    stop = i;
                }
            }

            if (stop < 0 || !(char.IsUpper(_text[_words[w].Start]) || char.IsDigit(_text[_words[w].Start])))
            {
                continue;
            }

            // Only quotation marks and closing brackets may stand between the stop and the next word's space.
            var clean = true;
            var sawSpace = false;
            for (var i = stop + 1; i < gap.End; i++)
            {
                var c = _text[i];
                if (char.IsWhiteSpace(c))
                {
                    sawSpace = true;
                }
                else if (!(c is '"' or '\u201C' or '\u201D' or '\u2019' or '\u2018' or ')' or '(' or '[' or '\'' or '\u00BB' or '\u00AB' or '\u201E' or '\u201A'))
                {
                    clean = false;
                }
            }

            if (!clean || !sawSpace || InsideOpenSpan(stop))
            {
                continue;
            }

            if (stop == _words[w - 1].End && IsAbbreviation(w - 1))
            {
                continue;
            }

            if (count == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
            }

            starts[count++] = w;
        }

        if (starts.Length <= 1 << 16)
        {
            t_sentenceStarts = starts;
        }

        _sentenceStarts = new int[count];
        Array.Copy(starts, _sentenceStarts, count);
    }

    /// <summary>True when a position lies inside a quotation span other than at its very end.</summary>
    private bool InsideOpenSpan(int position) => SpanAt(position, inclusive: false) >= 0;
}
