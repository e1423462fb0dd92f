namespace Corpus.Generator.Naming;

/// <summary>What the layout needs of the project: the namespace of the generated classes and the project folder.</summary>
internal sealed record LayoutSettings(string? Namespace, string? ProjectDirectory)
{
    public static readonly LayoutSettings Default = new(null, null);
}
