using System.Linq;

namespace Corpus.Generator.Parsing.Lexicons.Es;

/// <summary>Common Spanish given names (general knowledge; see <see cref="De.GermanGivenNames"/>).</summary>
internal static class SpanishGivenNames
{
    /// <summary>Given names men usually carry.</summary>
    public static readonly string[] Male =
    {
        "José", "Juan", "Antonio", "Manuel", "Francisco", "Javier", "Jesús", "Carlos", "Miguel", "Pedro", "Alejandro",
        "Rafael", "Fernando", "Pablo", "Luis", "Sergio", "Jorge", "Alberto", "Álvaro", "Diego", "Adrián", "Raúl",
        "Enrique", "Ramón", "Vicente", "Íñigo", "Mariano", "Felipe", "Alfredo", "Gonzalo", "Santiago", "Andrés",
        "Ignacio", "Joaquín", "Hugo", "Evo", "Rodrigo", "Iván", "Óscar", "Emilio", "Julio", "Agustín", "Nicolás",
        "Gustavo", "Ernesto", "Salvador", "Lorenzo",
    };

    /// <summary>Given names women usually carry.</summary>
    public static readonly string[] Female =
    {
        "María", "Carmen", "Ana", "Isabel", "Pilar", "Dolores", "Teresa", "Rosa", "Cristina", "Laura", "Marta", "Lucía",
        "Elena", "Sara", "Paula", "Raquel", "Beatriz", "Rocío", "Soraya", "Susana", "Yolanda", "Inmaculada",
        "Montserrat", "Mercedes", "Nuria", "Concepción", "Esperanza", "Begoña", "Ainhoa", "Irene", "Silvia", "Patricia",
        "Verónica", "Alejandra", "Gabriela", "Adriana", "Valentina", "Ximena", "Azucena", "Leticia", "Lorena",
        "Natalia", "Andrea", "Claudia", "Michelle",
    };

    /// <summary>Both lists: evidence that a capitalised word is a given name.</summary>
    public static readonly string[] Names = Male.Concat(Female).ToArray();
}
