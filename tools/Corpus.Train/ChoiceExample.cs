namespace Corpus.Train;

/// <summary>
/// One decision as a model saw it: each option's features (as numbers of the model's feature enum; the last option is
/// "none") and the option the annotation makes right, or -1 where no option is (left out of training). For the speaker
/// chooser the options are a quotation's candidate mentions then none; for the speech decision, the span then "not
/// speech" (no features).
/// </summary>
internal sealed record ChoiceExample(string Month, int[][] Options, int Label)
{
    /// <summary>The article, the quoted words and each option's words, for reading the errors (<c>errors</c> command).</summary>
    public string Description { get; init; } = string.Empty;

    public string[] OptionTexts { get; init; } = System.Array.Empty<string>();

    /// <summary>The article the decision was made in, where decisions of one article depend on each other (the unmarked decision).</summary>
    public string Article { get; init; } = string.Empty;

    public int NoneOption => Options.Length - 1;
}
