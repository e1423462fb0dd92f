using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing.Lexicons;

/// <summary>Lower-case particles inside a person's name in the languages the rules know (Ursula von der Leyen, Luis de Guindos).</summary>
internal static class NameParticles
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "del", "della", "du", "zu", "der", "den", "da", "di", "dos", "das", "ter", "ten", "la", "le",
    };
}
