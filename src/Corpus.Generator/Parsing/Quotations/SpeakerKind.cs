namespace Corpus.Generator.Parsing.Quotations;

/// <summary>What kind of speaker a phrase names.</summary>
internal enum SpeakerKind
{
    None,

    /// <summary>he, she, they, it: resolved to a named speaker nearby.</summary>
    Pronoun,

    /// <summary>A person's name, possibly with titles ("Secretary of State Maria Lopez").</summary>
    Person,

    /// <summary>An organisation ("Transport Ministry", "Norwegian foreign ministry").</summary>
    Organisation,

    /// <summary>A place or nation speaking as an institution ("France", "Brussels").</summary>
    Collective,

    /// <summary>A crowd or a role without a name ("officials", "the French"): a speaker of last resort.</summary>
    Vague,
}
