using System.Linq;
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

    /// <summary>
    /// The default <c>CorpusTypedMemberLimit</c>: a corpus of more articles gets no typed member per article. Each
    /// member costs every build of the project 0.5–1 ms of compile time (docs/benchmarks.md), as much as embedding a
    /// file costs, so at 2,000 members (10 MB of news) they already make a rebuild 1.4x that of embedding the files;
    /// a test names a few articles.
    /// </summary>
    public const int DefaultTypedMemberLimit = 1_000;

    /// <summary>
    /// The most typed members one corpus class can have: each is a getter method, and the runtime loads no type of
    /// more than 65,535 methods (a few are the class's own).
    /// </summary>
    public const int MaxTypedMemberLimit = 65_000;

    /// <summary><c>CorpusTypedMemberLimit</c>: a whole number from 0 (never) up; above <see cref="MaxTypedMemberLimit"/> it is that maximum, anything that is not a whole number the default.</summary>
    public static int TypedMemberLimit(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0 || !text.All(c => c is >= '0' and <= '9'))
        {
            return DefaultTypedMemberLimit;
        }

        // All digits: a number too long for a long is still "as many as one class can hold".
        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit < MaxTypedMemberLimit
            ? (int)limit
            : MaxTypedMemberLimit;
    }

    /// <summary><c>CorpusTextIndex</c>: only <c>false</c> turns the text index off.</summary>
    public static bool TextIndex(string? value) => !string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);

    /// <summary><c>CorpusReport</c>: only <c>false</c> turns the HTML report off.</summary>
    public static bool Report(string? value) => !string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
}
