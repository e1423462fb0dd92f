namespace Corpus.Generator.Parsing.Quotations;

/// <summary>What kind of speaker a phrase names.</summary>
internal enum SpeakerKind
{
    None,

    /// <summary>he, she, they, it: resolved to a named speaker nearby.</summary>
    Pronoun,

    /// <summary>A person's name, possibly with titles ("Secretary of State Maria Lopez").</summary>
    Person,

    /// <summary>An organisation ("State Department", "Peruvian foreign ministry").</summary>
    Organisation,

    /// <summary>A place or nation speaking as an institution ("China", "Beijing").</summary>
    Collective,

    /// <summary>A crowd or a role without a name ("officials", "the Chinese"): a speaker of last resort.</summary>
    Vague,
}
