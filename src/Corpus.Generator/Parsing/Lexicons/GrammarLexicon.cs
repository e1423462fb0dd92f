using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>
/// The closed classes of English the rules read a sentence by: determiners, conjunctions, prepositions, pronouns,
/// auxiliaries and the abbreviations whose full stop ends no sentence. Data, not logic; each list says how it
/// compares case.
/// </summary>
internal static class GrammarLexicon
{
    /// <summary>Words before a noun that make it a description ("the coach", "its report", "our “plan”").</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "his", "her", "their", "our", "this", "that" };

    /// <summary>Abbreviations whose full stop ends no sentence ("Mr.", "Jan.", "U.S.", "a.m.").</summary>
    public static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Adm", "Corp", "Inc", "Ltd", "Co",
        "No", "vs", "etc", "Prof", "Rev", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.K", "U.N", "a.m", "p.m",
        "e.g", "i.e", "Mt", "Ft", "Bros", "approx", "est", "Dept",
    };

    /// <summary>Conjunctions that, after a comma, open a clause of its own ("..., but he said").</summary>
    public static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase) { "but", "while", "whereas", "although", "though", "yet" };

    /// <summary>Words before a subject that show it is not the subject: "Biden and Xi", "advisers of ... the Philippines".</summary>
    public static readonly HashSet<string> NotSubjectBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "nor", "of", "with", "to", "from", "by", "than", "between", "for", "about", "against", "on", "at", "in",
    };

    /// <summary>Lower-case words that stand inside a title ("A Long Way Down the River", "Bonnie and Clyde").</summary>
    public static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "a", "an", "in", "on", "at", "to", "for", "with", "from", "by", "or", "nor", "but", "as", "vs", "de", "la", "le", "du", "von",
    };

    /// <summary>Lower-case words that join the capitalised words of one name ("Bank of Ruritania").</summary>
    public static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "the", "for", "and", "on", "in" };

    /// <summary>Lower-case words that join the names of a byline ("By Ana Lee and Tom Reyes", "Jan van Dijk").</summary>
    public static readonly string[] BylineJoiners = { "and", "of", "in", "for", "with", "de", "van", "von", "da", "del", "la", "le", "bin", "al" };

    /// <summary>Words that open a description of someone unnamed ("one investor", "another supporter", "a man who …").</summary>
    public static readonly HashSet<string> DescriptionOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "his", "her", "their", "its", "our", "this", "that",
    };

    /// <summary>The words that open a relative clause ("the mayor who runs the port"): its verb belongs to the noun before it.</summary>
    public static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "who", "which", "that" };

    /// <summary>Pronouns that stand as a clause's subject: the word after one is most likely its verb ("it looks", "we lost").</summary>
    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "i", "we", "you", "he", "she", "it", "they", "who" };

    /// <summary>Pronouns that stand for a person as a clause's subject ("he said"), not for a thing or an organisation.</summary>
    public static readonly HashSet<string> PersonSubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "they" };

    /// <summary>Words of time and degree that may stand before a lead-in's preposition or conjunction ("Not long after …", "Days before …", "Later, when …").</summary>
    public static readonly HashSet<string> LeadInModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "long", "shortly", "soon", "just", "even", "only", "right", "later", "moments", "minutes", "hours", "days", "weeks", "months", "years",
    };

    /// <summary>Conjunctions that open a subordinate clause: alone before an attribution, it sets the scene for the words after.</summary>
    public static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "when", "whenever", "while", "because", "as", "after", "before", "although", "though", "unless", "until", "since", "once",
        "whether", "where",
    };

    /// <summary>Prepositions: a name right after one is an object (a listener, a place, an employer), seldom a speaker.</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "by", "with", "for", "of", "from", "at", "in", "on", "about", "against", "like", "into", "than", "toward", "towards", "over",
    };

    /// <summary>Function words: after quoted words they show a clause goes on, so the quoted words are not a modifier.</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if", "unless", "than", "so", "yet", "about", "into",
        "over", "after", "before", "during", "since", "until", "against", "among", "between", "through", "without", "within", "under",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "do", "does", "did", "not", "no", "also", "too", "even", "just", "only", "then", "there", "here", "now", "again", "ago",
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its", "their", "our", "my", "your", "this",
        "these", "those", "all", "both", "each", "every", "some", "any", "many", "much", "more", "most", "other", "such", "very", "well",
        "last", "next", "per", "via", "like", "unlike", "including", "according", "despite", "toward", "towards", "up", "down", "off", "out",
    };

    /// <summary>
    /// Stop words, lower case, three letters or more: what two versions of a story share without being about the same
    /// thing. The verbs of saying are here too, as every story has them.
    /// </summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "but", "for", "nor", "with", "from", "into", "onto", "upon", "about", "over", "under", "after", "before", "since",
        "this", "that", "these", "those", "there", "here", "then", "than", "which", "who", "whom", "whose", "what", "when", "where",
        "while", "are", "was", "were", "been", "being", "has", "have", "had", "having", "does", "did", "doing", "its", "it's", "his",
        "her", "hers", "their", "theirs", "our", "ours", "your", "yours", "they", "them", "she", "him", "you", "not", "also", "will",
        "would", "can", "could", "should", "may", "might", "must", "shall", "said", "says", "say", "told", "any", "all", "some", "such",
        "more", "most", "other", "only", "very", "just", "even", "both", "each", "own", "same", "too", "out", "off", "per", "via",
    };

    /// <summary>Capitalised words that open a sentence without being a name ("Despite", "Asked", "Several").</summary>
    public static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "Despite", "After", "Before", "During", "Since", "Although", "Though", "While", "When", "Where", "Whether", "Following", "Under", "Amid",
        "Among", "As", "At", "By", "For", "From", "Like", "Unlike", "With", "Without", "Over", "Through", "Until", "Upon", "Within", "According",
        "Asked", "Earlier", "Later", "Last", "Next", "Yesterday", "Tomorrow", "Meanwhile", "Instead", "Once", "Only", "Even", "Both", "Neither",
        "Either", "Each", "Every", "Many", "Most", "Some", "Several", "Few", "Other", "Another", "Such", "Then", "Thus", "Here", "To",
        "Of", "On", "Into", "About", "Against", "Between", "Behind", "Beyond", "Across", "Around", "Outside", "Inside", "Near", "Per", "Unless",
    };

    // Small closed sets the rules test in place. A pattern, not a set: the compiler turns it into a switch on length and
    // characters, cheaper than a hash on the paths every word takes. Each says how it compares case.

    /// <summary>"the", as a sentence or a phrase opens with it.</summary>
    public static bool IsDefiniteArticle(string word) => word is "the" or "The";

    /// <summary>"the" or "a", in either case of the first letter.</summary>
    public static bool IsArticle(string word) => word is "the" or "The" or "a" or "A";

    /// <summary>Conjunctions that join two clauses or two quotations ("“…,” and “…”").</summary>
    public static bool IsCoordinator(string word) => word is "and" or "but" or "or";

    /// <summary>Words that tie a second verb to the subject of the first ("she left, then said", "and told").</summary>
    public static bool LinksVerbs(string word) => word is "and" or "but" or "then";

    /// <summary>Lower-case words that stand inside a name or title, never at its edge ("Secretary of State").</summary>
    public static bool JoinsNameInside(string word) => word is "of" or "and";

    /// <summary>Lower-case words a title may hold between its capitalised words ("Minister for Trade and Industry").</summary>
    public static bool JoinsTitle(string word) => word is "of" or "the" or "and" or "for";

    /// <summary>Prepositions between a role and its organisation ("a spokeswoman for", "an analyst with", "a director at").</summary>
    public static bool LinksRoleToOrganisation(string word) => word is "with" or "of" or "at" or "from";

    /// <summary>Forms of "be", and "so": before a labelling verb they make it a description ("was called", "so called").</summary>
    public static bool IsBeFormOrSo(string word) => word is "been" or "be" or "being" or "is" or "was" or "are" or "were" or "so";

    /// <summary>Negations and the conjunctions "and" / "or": beside quoted words they show a judgement, not a name.</summary>
    public static bool NegatesOrJoins(string word) => word is "not" or "no" or "never" or "and" or "or";

    /// <summary>The personal pronouns of one person, lower case.</summary>
    public static bool IsPersonalPronoun(string lower) => lower is "he" or "she";

    /// <summary>The third-person singular subject pronouns, either case of the first letter.</summary>
    public static bool IsThirdPersonSubjectPronoun(string word) => word is "he" or "she" or "it" or "He" or "She" or "It";

    /// <summary>What follows the apostrophe of a contraction other than "'s" ("don't", "we're", "I've", "we'll", "I'm", "I'd"), lower case.</summary>
    public static bool IsContractionTail(string lower) => lower is "t" or "re" or "ve" or "ll" or "m" or "d";
}
