using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Lexicons;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>A speaker as the attribution writes it: words [First, End) of a paragraph.</summary>
internal readonly record struct SpeakerPhrase(int First, int End, SpeakerKind Kind)
{
    public static readonly SpeakerPhrase None = new(-1, -1, SpeakerKind.None);

    public bool IsNone => Kind == SpeakerKind.None;

    /// <summary>A speaker the output may name: anything but nothing and a vague crowd.</summary>
    public bool IsNamed => Kind is SpeakerKind.Person or SpeakerKind.Organisation or SpeakerKind.Collective or SpeakerKind.Pronoun;
}
