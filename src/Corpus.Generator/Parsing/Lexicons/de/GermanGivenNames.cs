using System.Linq;

namespace Corpus.Generator.Parsing.Lexicons.De;

/// <summary>
/// Common German given names (general knowledge of the language's naming, not drawn from any evaluation set): with
/// <see cref="FirstNameLexicon"/> (English-language names) the evidence that a capitalised run is a person's name where
/// every noun is capitalised (<see cref="Quotations.Sources.NameEvidence"/>).
/// </summary>
internal static class GermanGivenNames
{
    /// <summary>Given names men usually carry.</summary>
    public static readonly string[] Male =
    {
        "Hans", "Peter", "Klaus", "Wolfgang", "Jürgen", "Dieter", "Werner", "Horst", "Helmut", "Gerhard", "Manfred",
        "Günter", "Günther", "Karl", "Heinz", "Rolf", "Uwe", "Bernd", "Ralf", "Ralph", "Stefan", "Stephan", "Andreas",
        "Thomas", "Michael", "Markus", "Matthias", "Joachim", "Jörg", "Frank", "Holger", "Torsten", "Thorsten",
        "Volker", "Norbert", "Reinhard", "Rainer", "Detlef", "Lothar", "Ulrich", "Hartmut", "Siegfried", "Friedrich",
        "Wilhelm", "Heinrich", "Hermann", "Otto", "Ernst", "Walter", "Kurt", "Franz", "Josef", "Sigmar", "Guido",
        "Olaf", "Armin", "Cem", "Kai", "Sven", "Jens", "Lars", "Nils", "Niklas", "Lukas", "Jonas", "Florian", "Tobias",
        "Sebastian", "Christoph", "Christian", "Alexander", "Maximilian", "Moritz", "Felix", "Tim", "Jan", "Till",
        "Hubertus", "Winfried", "Gregor", "Oskar", "Egon", "Erich", "Fritz",
    };

    /// <summary>Given names women usually carry.</summary>
    public static readonly string[] Female =
    {
        "Ursula", "Angela", "Renate", "Monika", "Petra", "Sabine", "Gabriele", "Brigitte", "Ingrid", "Gisela", "Helga",
        "Heike", "Birgit", "Andrea", "Claudia", "Susanne", "Karin", "Kerstin", "Katrin", "Kathrin", "Ulla", "Ulrike",
        "Annette", "Anke", "Silke", "Dörte", "Margot", "Edeltraud", "Hildegard", "Gertrud", "Irmgard", "Barbara",
        "Christa", "Elke", "Heidi", "Uschi", "Manuela", "Franziska", "Julia", "Katharina", "Annalena", "Saskia",
        "Svenja", "Malu", "Nadine", "Sahra", "Alice", "Beate", "Doris", "Marianne", "Martina", "Nicole", "Simone",
        "Stefanie", "Tanja", "Bärbel", "Jutta", "Waltraud", "Hannelore",
    };

    /// <summary>Both lists: evidence that a capitalised word is a given name.</summary>
    public static readonly string[] Names = Male.Concat(Female).ToArray();
}
