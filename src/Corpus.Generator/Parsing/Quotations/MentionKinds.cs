using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Classifies a name from general evidence: its last word (an organisation's head or suffix, a place noun), the
/// place list, a given name at its start, and the preposition before it. Never from the article's own strings.
/// </summary>
internal static class MentionKinds
{
    /// <summary>The kind of a name given as words (possessives removed), with the word before it (or null).</summary>
    /// <remarks>
    /// The lexicons are asked through their hash filters (<see cref="RuleWords"/>), each word hashed once: nearly
    /// every name is in none of them. The answers are those of the sets.
    /// </remarks>
    public static MentionKind Classify(string[] tokens, string? before) =>
        tokens.Length == 0 ? MentionKind.Person : Classify(tokens, SpeechLexicon.FirstWordHash(tokens[0]), SpeechLexicon.FirstWordHash(tokens[tokens.Length - 1]), before);

    /// <summary>
    /// <see cref="Classify(string[], string?)"/> given the <see cref="SpeechLexicon.FirstWordHash"/> of the first and
    /// the last token, which the article's names have from the paragraph's word hashes (no token hashed again).
    /// </summary>
    public static MentionKind Classify(string[] tokens, uint firstTokenHash, uint lastTokenHash, string? before)
    {
        if (tokens.Length == 0)
        {
            return MentionKind.Person;
        }

        var last = tokens[tokens.Length - 1];
        var lastHash = lastTokenHash;
        if (IsOrganisationWord(last, lastHash) || HeadBeforeOf(tokens) || (tokens.Length == 1 && IsAcronym(last) && !RuleWords.PlaceNames.Contains(last, lastHash)))
        {
            return MentionKind.Organisation;
        }

        if (tokens.Length > 1 && RuleWords.ThingSuffixes.Contains(last, lastHash))
        {
            return MentionKind.Thing;
        }

        var firstHash = firstTokenHash;
        var whole = tokens.Length == 1 ? tokens[0] : tokens.Length <= 4 && PlaceLexicon.MayStartName(tokens[0], firstHash) ? string.Join(" ", tokens) : string.Empty;

        // A joined name starts with its first token, so the filter hash of its first word is the token's.
        var wholeHash = whole.Length == 0 ? SpeechLexicon.FirstWordHash(whole) : firstHash;
        if (RuleWords.PlaceNames.Contains(whole, wholeHash) || (tokens.Length > 1 && RuleWords.PlaceHeads.Contains(last, lastHash)) || (tokens.Length > 1 && PlaceLexicon.IsPlacePrefix(tokens[0])))
        {
            // "Washington" or "Victoria" alone is a place; "Victoria Smith" is not (the whole name is not in the list).
            return MentionKind.Place;
        }

        if (tokens.Length > 1 && RuleWords.PlaceNames.Contains(last, lastHash) && !FirstNameLexicon.IsFirstName(tokens[0], firstHash))
        {
            return MentionKind.Place; // "Acme Chicago", "Paris Texas": a name ending in a place, with no given name before it
        }

        if (IsPlaceThenName(tokens, firstHash))
        {
            return MentionKind.Organisation; // "Kenya Airways", "Ohio Gas": a place then a name is a company's, never a person's
        }

        if (tokens.Length == 1 && before is not null && RuleWords.LocativePrepositions.Contains(before) && !FirstNameLexicon.IsFirstName(last, lastHash))
        {
            return MentionKind.Place; // "in Tuscaloosa", "from Opelika": a one-word name after a place preposition
        }

        return MentionKind.Person;
    }

    /// <summary>"Kenya Airways": a place with no given name, then one or two more words.</summary>
    public static bool IsPlaceThenName(string[] tokens) =>
        tokens.Length is 2 or 3 && IsPlaceThenName(tokens, SpeechLexicon.FirstWordHash(tokens[0]));

    private static bool IsPlaceThenName(string[] tokens, uint firstHash) =>
        tokens.Length is 2 or 3 && RuleWords.PlaceNames.Contains(tokens[0], firstHash) && !FirstNameLexicon.IsFirstName(tokens[0], firstHash) && !FirstNameLexicon.IsFirstName(tokens[1], SpeechLexicon.FirstWordHash(tokens[1]));

    /// <summary>True for the words that end an organisation's name.</summary>
    public static bool IsOrganisationWord(string word) =>
        SpeechLexicon.OrganisationHeads.Contains(word) || EntityLexicon.OrganisationSuffixes.Contains(word);

    /// <summary><see cref="IsOrganisationWord(string)"/> given the word's hash, which the sets' filters test before a look-up (<see cref="RuleWords"/>).</summary>
    public static bool IsOrganisationWord(string word, uint hash) =>
        RuleWords.OrganisationHeads.Contains(word, hash) || RuleWords.OrganisationSuffixes.Contains(word, hash);

    private static bool HeadBeforeOf(string[] tokens)
    {
        for (var i = 1; i < tokens.Length - 1; i++)
        {
            if (tokens[i] == "of" && IsOrganisationWord(tokens[i - 1]))
            {
                // "Bank of England", not "Bank of England Governor Ann Lee" (a title after it starts a person's name).
                for (var k = i + 1; k < tokens.Length; k++)
                {
                    if (SpeechLexicon.Titles.Contains(tokens[k]) && !GrammarLexicon.JoinsTitle(tokens[k]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>"CNN", "NASA": two to six capital letters and nothing else ("J.C." is initials, "US" a place).</summary>
    public static bool IsAcronym(string word)
    {
        if (word.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
