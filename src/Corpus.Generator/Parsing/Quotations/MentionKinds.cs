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
    public static MentionKind Classify(string[] tokens, string? before)
    {
        if (tokens.Length == 0)
        {
            return MentionKind.Person;
        }

        var last = tokens[tokens.Length - 1];
        if (IsOrganisationWord(last) || HeadBeforeOf(tokens) || (tokens.Length == 1 && IsAcronym(last) && !PlaceLexicon.Names.Contains(last)))
        {
            return MentionKind.Organisation;
        }

        if (tokens.Length > 1 && EntityLexicon.ThingSuffixes.Contains(last))
        {
            return MentionKind.Thing;
        }

        var whole = tokens.Length == 1 ? tokens[0] : PlaceLexicon.MayStartName(tokens[0]) && tokens.Length <= 4 ? string.Join(" ", tokens) : string.Empty;
        if (PlaceLexicon.Names.Contains(whole) || (tokens.Length > 1 && PlaceLexicon.Heads.Contains(last)) || (tokens.Length > 1 && PlaceLexicon.IsPlacePrefix(tokens[0])))
        {
            // "Washington" or "Victoria" alone is a place; "Victoria Smith" is not (the whole name is not in the list).
            return MentionKind.Place;
        }

        if (tokens.Length > 1 && PlaceLexicon.Names.Contains(last) && !FirstNameLexicon.IsFirstName(tokens[0]))
        {
            return MentionKind.Place; // "Acme Chicago", "Paris Texas": a name ending in a place, with no given name before it
        }

        if (IsPlaceThenName(tokens))
        {
            return MentionKind.Organisation; // "Kenya Airways", "Ohio Gas": a place then a name is a company's, never a person's
        }

        if (tokens.Length == 1 && before is not null && PlaceLexicon.LocativePrepositions.Contains(before) && !FirstNameLexicon.IsFirstName(last))
        {
            return MentionKind.Place; // "in Tuscaloosa", "from Opelika": a one-word name after a place preposition
        }

        return MentionKind.Person;
    }

    /// <summary>"Kenya Airways": a place with no given name, then one or two more words.</summary>
    public static bool IsPlaceThenName(string[] tokens) =>
        tokens.Length is 2 or 3 && PlaceLexicon.Names.Contains(tokens[0]) && !FirstNameLexicon.IsFirstName(tokens[0]) && !FirstNameLexicon.IsFirstName(tokens[1]);

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
