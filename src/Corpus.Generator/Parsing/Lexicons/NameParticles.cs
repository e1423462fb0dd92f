using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>Lower-case particles inside a person's name in the languages the rules know (Ursula von der Leyen, Luis de Guindos).</summary>
internal static class NameParticles
{
    /// <summary>Particles that open a particle run.</summary>
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "del", "della", "du", "zu", "da", "di", "dos", "das", "ter", "ten",
    };

    /// <summary>
    /// Particles that are common prepositions too (German <c>von</c>, <c>zu</c>: <c>sagte Lee zu Ray</c>, <c>die Sicht
    /// von Minister X</c>): inside a name only after a given name (<c>Ursula von der Leyen</c>).
    /// </summary>
    public static readonly HashSet<string> Prepositional = new(StringComparer.Ordinal) { "von", "zu" };

    /// <summary>Articles that follow a particle (von der, van den, de la), never a name part alone (the article of "der Bericht").</summary>
    public static readonly HashSet<string> Following = new(StringComparer.Ordinal) { "der", "den", "la", "le", "los", "las" };
}
