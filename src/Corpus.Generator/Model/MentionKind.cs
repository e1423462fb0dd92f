namespace Corpus.Generator.Model;

/// <summary>What a capitalised name in an article is.</summary>
internal enum MentionKind
{
    /// <summary>A person, also the default for a name no evidence classifies.</summary>
    Person,

    /// <summary>A company, institution, outlet or venue ("Acme Research", "Riverside Hotel").</summary>
    Organisation,

    /// <summary>A country, state, city or named place ("Ohio", "Orange County").</summary>
    Place,

    /// <summary>An agreement, law, event or prize ("Paris Accord", "World Cup"): no speaker at all.</summary>
    Thing,
}
