using System;
using System.Collections.Generic;
using Corpus.Generator.Parsing.Lexicons;
using Corpus.Generator.Parsing.Lexicons.De;
using Corpus.Generator.Parsing.Lexicons.Es;
using Corpus.Generator.Parsing.Lexicons.Fr;

namespace Corpus.Generator.Parsing.Languages;

/// <summary>
/// What the quotation steps read differently per language, as tables made once from the word lists of
/// <c>Lexicons/de</c>, <c>es</c>, <c>fr</c>: the cue forms (each naming the English lemma of its meaning, so the
/// learned choosers' features mean the same in every language), the "according to" forms, whether a capital letter is
/// evidence of a name, and whether speech without marks is looked for. English reads the English lexicons as before.
/// </summary>
internal sealed class LanguageRules
{
    // Declared first: the rules below read it as they are made.
    /// <summary>The subject pronoun an inverted French incise joins to its verb (<c>dit-il</c>, <c>estime-t-elle</c>).</summary>
    private static readonly string[] InciseSuffixes = { "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on" };

    public static readonly LanguageRules English = new(TextLanguage.English, Array.Empty<string>(), SpeechLexicon.SourceCues, Array.Empty<string>());

    public static readonly LanguageRules German = new(TextLanguage.German, GermanSpeech.CueForms, GermanSpeech.SourceCues, GermanSpeech.RoleEndings);

    public static readonly LanguageRules Spanish = new(TextLanguage.Spanish, SpanishSpeech.CueForms, SpanishSpeech.SourceCues, Array.Empty<string>());

    public static readonly LanguageRules French = new(TextLanguage.French, FrenchSpeech.CueForms, FrenchSpeech.SourceCues, Array.Empty<string>(), InciseSuffixes);

    private readonly Dictionary<string, string> _cueForms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<uint> _cueFirstWords = new();
    private readonly HashSet<ulong> _cueFirstPairs = new();
    private readonly string[] _roleEndings;

    private LanguageRules(TextLanguage language, string[] cueEntries, string[] sourceCues, string[] roleEndings, string[]? suffixes = null)
    {
        Language = language;
        _roleEndings = roleEndings;
        SourceCueWords = Array.ConvertAll(sourceCues, cue => cue.Split(' '));
        foreach (var entry in cueEntries)
        {
            var colon = entry.IndexOf(':');
            var lemma = entry.Substring(0, colon).Trim();
            foreach (var part in entry.Substring(colon + 1).Split(','))
            {
                var form = part.Trim();
                AddCue(form, lemma);
                foreach (var suffix in suffixes ?? Array.Empty<string>())
                {
                    AddCue(form + suffix, lemma);
                }
            }
        }

        var sourceFirst = new List<uint>();
        foreach (var parts in SourceCueWords)
        {
            sourceFirst.Add(SpeechLexicon.CaseInsensitiveHash(parts[0], 0, parts[0].Length));
        }

        SourceCueFirstWords = new HashSet<uint>(sourceFirst);
        AnyCueStart = IsEnglish ? new HashFilter(SourceCueFirstWords, SpeechLexicon.CueStartHashes()) : new HashFilter(SourceCueFirstWords, _cueFirstWords);
    }

    public static LanguageRules For(TextLanguage language) => language switch
    {
        TextLanguage.German => German,
        TextLanguage.Spanish => Spanish,
        TextLanguage.French => French,
        _ => English,
    };

    public TextLanguage Language { get; }

    public bool IsEnglish => Language == TextLanguage.English;

    /// <summary>German capitalises every noun: a capitalised word is a name only with more evidence (<see cref="Quotations.Sources.NameEvidence"/>).</summary>
    public bool CapitalisesNouns => Language == TextLanguage.German;

    /// <summary>
    /// Speech whose marks were lost is found by English grammar only (<see cref="Quotations.UnmarkedQuotations"/>); in the
    /// other languages reported speech without marks is indirect (the German subjunctive), not a quotation.
    /// </summary>
    public bool FindsUnmarkedSpeech => IsEnglish;

    /// <summary>The "according to" forms, split into words.</summary>
    public string[][] SourceCueWords { get; }

    /// <summary>The first words of <see cref="SourceCueWords"/>, by case-insensitive hash.</summary>
    public HashSet<uint> SourceCueFirstWords { get; }

    /// <summary>Every hash that may start a cue or a source cue: most words are answered by this filter alone.</summary>
    public HashFilter AnyCueStart { get; }

    /// <summary>True when some cue form starts with a word of this hash.</summary>
    public bool CanStartCue(uint hash) => IsEnglish ? SpeechLexicon.CanStartCue(hash) : _cueFirstWords.Contains(hash);

    /// <summary>True when a word of this hash may be an English cue that is also a noun ("calls"); none elsewhere.</summary>
    public bool CanBeNounLikeVerb(uint hash) => IsEnglish && SpeechLexicon.CanBeNounLikeVerb(hash);

    /// <summary>True when a cue of two words or more starts with words of these hashes.</summary>
    public bool CanStartLongCue(uint first, uint second) =>
        IsEnglish ? SpeechLexicon.CanStartLongCue(first, second) : _cueFirstPairs.Contains(((ulong)first << 32) | second);

    /// <summary>The lemma of a cue form, or null.</summary>
    public string? CueLemma(string words) => IsEnglish ? SpeechLexicon.CueLemma(words) : _cueForms.TryGetValue(words, out var lemma) ? lemma : null;

    /// <summary>
    /// True when a capitalised word is a role or title before a name: one of the language's role words, or a compound
    /// or hyphenated word ending in one (<c>Bundesinnenminister</c>, <c>Grünen-Politiker</c>).
    /// </summary>
    public bool IsRoleWord(string word)
    {
        foreach (var ending in _roleEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void AddCue(string form, string lemma)
    {
        _cueForms[form] = lemma;
        var space = form.IndexOf(' ');
        var first = SpeechLexicon.CaseInsensitiveHash(form, 0, space < 0 ? form.Length : space);
        _cueFirstWords.Add(first);
        if (space > 0)
        {
            var next = form.IndexOf(' ', space + 1);
            var second = SpeechLexicon.CaseInsensitiveHash(form, space + 1, (next < 0 ? form.Length : next) - space - 1);
            _cueFirstPairs.Add(((ulong)first << 32) | second);
        }
    }
}
