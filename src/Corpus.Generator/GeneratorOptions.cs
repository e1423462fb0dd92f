using Corpus.Generator.Naming;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator;

/// <summary>
/// The project-wide settings the generator reads, copied out of the options provider at once
/// (the provider itself never compares equal between runs).
/// </summary>
/// <param name="Namespace">The namespace of the generated classes, or null for the global namespace.</param>
/// <param name="TextInResources">
/// <c>CorpusStorage=Resource</c> (prototype, docs/design.md): the build embeds each seed file as a manifest resource
/// named <c>corpus:</c> + its full path, and the generated code reads the text in place instead of compiling it.
/// </param>
/// <param name="TextIndex">False when the project sets <c>&lt;CorpusTextIndex&gt;false&lt;/CorpusTextIndex&gt;</c>: no text index is emitted.</param>
/// <param name="ProjectDirectory">The project folder (<c>MSBuildProjectDirectory</c>): ids and messages show seed paths relative to it.</param>
public sealed record GeneratorOptions(string? Namespace, bool TextInResources = false, bool TextIndex = true, string? ProjectDirectory = null)
{
    public const string ProjectDirectoryProperty = "build_property.MSBuildProjectDirectory";

    public const string NamespaceProperty = "build_property.CorpusNamespace";
    public const string StorageProperty = "build_property.CorpusStorage";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string TextIndexProperty = "build_property.CorpusTextIndex";

    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var options = provider.GlobalOptions;
        var inResources = options.TryGetValue(StorageProperty, out var storage) && string.Equals(storage.Trim(), "Resource", System.StringComparison.OrdinalIgnoreCase);
        var textIndex = !(options.TryGetValue(TextIndexProperty, out var index) && string.Equals(index.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));
        var project = options.TryGetValue(ProjectDirectoryProperty, out var folder) && !string.IsNullOrWhiteSpace(folder) ? folder.Trim() : null;
        if (options.TryGetValue(NamespaceProperty, out var ns) && !string.IsNullOrWhiteSpace(ns))
        {
            return new GeneratorOptions(Clean(ns), inResources, textIndex, project);
        }

        return options.TryGetValue(RootNamespaceProperty, out var root) && !string.IsNullOrWhiteSpace(root)
            ? new GeneratorOptions(Clean(root), inResources, textIndex, project)
            : new GeneratorOptions(null, inResources, textIndex, project);
    }

    // An unusable namespace falls back to the global one rather than breaking the build.
    private static string? Clean(string ns)
    {
        ns = ns.Trim();
        return Identifiers.IsValidNamespace(ns) ? ns : null;
    }
}
