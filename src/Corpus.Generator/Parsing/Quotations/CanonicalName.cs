using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// A speaker's name in its fullest form, with the stretch of text that writes it whole: the mention the name was
/// taken from. The article's table stores that stretch as the speaker, so the name is never looked for in the text
/// again. <see cref="Written"/> is <see cref="TextRange.None"/> when the name is composed (no stretch reads it: its
/// words were respelled, "Acme’s Analytics" → Acme Analytics, or stand apart), and the table then stores it as a
/// string of its own.
/// </summary>
internal readonly record struct CanonicalName(string Name, TextRange Written)
{
    /// <summary>The name as the words from <paramref name="start"/> give it: written there when they read it exactly (a possessive after it aside).</summary>
    public static CanonicalName At(string text, string name, int start) =>
        new(name, name.Length > 0 && start >= 0 && start + name.Length <= text.Length && string.CompareOrdinal(text, start, name, 0, name.Length) == 0
            ? new TextRange(start, name.Length)
            : TextRange.None);
}
