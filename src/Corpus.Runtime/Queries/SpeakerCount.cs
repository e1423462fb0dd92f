namespace Corpus;

/// <summary>A speaker (canonical name) and how many quotations the corpus attributes to them.</summary>
public readonly struct SpeakerCount
{
    /// <summary>Creates a speaker count.</summary>
    public SpeakerCount(string name, int count)
    {
        Name = name;
        Count = count;
    }

    /// <summary>The speaker's canonical name.</summary>
    public string Name { get; }

    /// <summary>The number of quotations attributed to the speaker.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public override string ToString() => Name + ": " + Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
