using System.Linq;

namespace Corpus.Generator.Parsing.Lexicons.Fr;

/// <summary>Common French given names (general knowledge; see <see cref="De.GermanGivenNames"/>).</summary>
internal static class FrenchGivenNames
{
    /// <summary>Given names men usually carry.</summary>
    public static readonly string[] Male =
    {
        "Jean", "Pierre", "Michel", "André", "Philippe", "François", "Nicolas", "Emmanuel", "Jacques", "Bernard",
        "Alain", "Daniel", "Patrick", "Christophe", "Olivier", "Laurent", "Thierry", "Didier", "Gérard", "Claude",
        "René", "Yves", "Dominique", "Benoît", "Édouard", "Gabriel", "Arnaud", "Bruno", "Jérôme", "Julien", "Mathieu",
        "Sébastien", "Stéphane", "Xavier", "Yannick", "Hervé", "Lionel", "Marcel", "Maurice", "Raymond", "Roger",
        "Gilles", "Éric", "Manuel",
    };

    /// <summary>Given names women usually carry.</summary>
    public static readonly string[] Female =
    {
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Martine", "Christine", "Monique",
        "Valérie", "Sandrine", "Sophie", "Céline", "Véronique", "Chantal", "Nicole", "Brigitte", "Anne", "Hélène",
        "Élisabeth", "Ségolène", "Rachida", "Najat", "Aurélie", "Camille", "Amélie", "Élise", "Juliette", "Mathilde",
        "Claire", "Agnès", "Odile", "Geneviève", "Jacqueline", "Josiane", "Pascale", "Corinne", "Delphine", "Laurence",
        "Florence", "Virginie", "Muriel",
    };

    /// <summary>Both lists: evidence that a capitalised word is a given name.</summary>
    public static readonly string[] Names = Male.Concat(Female).ToArray();
}
