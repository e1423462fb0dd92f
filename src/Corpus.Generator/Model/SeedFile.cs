namespace Corpus.Generator.Model;

/// <summary>
/// What the read stage makes of one AdditionalText: the file's identity, the corpus it joins and its text.
/// A plain value, so an unchanged file compares equal between runs and nothing after it re-runs.
/// </summary>
/// <param name="Path">The file's path as the compiler gives it (used only for diagnostics).</param>
/// <param name="FileName">The file name with its extension.</param>
/// <param name="CorpusName">The value of the file's <c>Corpus</c> metadata: the generated class.</param>
/// <param name="Text">The decoded text (BOM removed, lone surrogates replaced), or null when it could not be read.</param>
/// <param name="DecodedAsUtf8">False when the compiler had to fall back from UTF-8 to another encoding.</param>
/// <param name="TextOffset">Characters dropped from the start of the compiler's text (a U+FEFF it left in): diagnostic spans add it back.</param>
/// <param name="Language">The file's <c>Language</c> item metadata as written (null when none): it overrides the detected language.</param>
internal sealed record SeedFile(string Path, string FileName, string CorpusName, string? Text, bool DecodedAsUtf8, int TextOffset = 0, string? Language = null)
{
    /// <summary>The article id: the file name without its extension.</summary>
    public string Id => System.IO.Path.GetFileNameWithoutExtension(FileName);
}
