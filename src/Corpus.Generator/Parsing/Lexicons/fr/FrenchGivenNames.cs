namespace Corpus.Generator.Parsing.Lexicons.Fr;

/// <summary>Common French given names (general knowledge; see <see cref="De.GermanGivenNames"/>).</summary>
internal static class FrenchGivenNames
{
    public static readonly string[] Names =
    {
        "Jean", "Pierre", "Michel", "André", "Philippe", "François", "Nicolas", "Emmanuel", "Jacques", "Bernard", "Alain",
        "Daniel", "Patrick", "Christophe", "Olivier", "Laurent", "Thierry", "Didier", "Gérard", "Claude", "René", "Yves",
        "Dominique", "Benoît", "Édouard", "Gabriel", "Arnaud", "Bruno", "Jérôme", "Julien", "Mathieu", "Sébastien",
        "Stéphane", "Xavier", "Yannick", "Hervé", "Lionel", "Marcel", "Maurice", "Raymond", "Roger", "Gilles", "Éric",
        "Manuel", "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Martine", "Christine", "Monique",
        "Valérie", "Sandrine", "Sophie", "Céline", "Véronique", "Chantal", "Nicole", "Brigitte", "Anne", "Hélène",
        "Élisabeth", "Ségolène", "Rachida", "Najat", "Aurélie", "Camille", "Amélie", "Élise", "Juliette",
        "Mathilde", "Claire", "Agnès", "Odile", "Geneviève", "Jacqueline", "Josiane", "Pascale", "Corinne", "Delphine",
        "Laurence", "Florence", "Virginie", "Muriel",
    };
}
