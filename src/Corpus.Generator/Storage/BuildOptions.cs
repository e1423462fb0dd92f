using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// How the project's properties become options, in one place for the generator and the build task: they must agree,
/// or the resource the task writes is not the one the generated code asks for.
/// </summary>
internal static class BuildOptions
{
    /// <summary><c>CorpusNamespace</c> when set, else <c>RootNamespace</c>; an unusable namespace falls back to the global one (null).</summary>
    public static string? Namespace(string? corpusNamespace, string? rootNamespace)
    {
        var ns = !string.IsNullOrWhiteSpace(corpusNamespace) ? corpusNamespace : rootNamespace;
        if (string.IsNullOrWhiteSpace(ns))
        {
            return null;
        }

        ns = ns!.Trim();
        return Identifiers.IsValidNamespace(ns) ? ns : null;
    }

    /// <summary><c>CorpusTextIndex</c>: only <c>false</c> turns the text index off.</summary>
    public static bool TextIndex(string? value) => !string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
}
