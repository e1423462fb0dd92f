using Corpus.Generator.Storage;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator;

/// <summary>
/// The project-wide settings the generator reads, copied out of the options provider at once
/// (the provider itself never compares equal between runs). The build task reads the same properties through
/// <see cref="BuildOptions"/>, so both name the same resource and the same ids.
/// </summary>
/// <param name="Namespace">The namespace of the generated classes, or null for the global namespace.</param>
/// <param name="TextIndex">False when the project sets <c>&lt;CorpusTextIndex&gt;false&lt;/CorpusTextIndex&gt;</c>: no text index is emitted.</param>
/// <param name="ProjectDirectory">The project folder (<c>MSBuildProjectDirectory</c>): ids and messages show seed paths relative to it.</param>
/// <param name="GlobalUsing">False when the project sets <c>&lt;CorpusGlobalUsing&gt;false&lt;/CorpusGlobalUsing&gt;</c>: no <c>global using</c> of the namespace.</param>
/// <param name="TypedMemberLimit"><c>CorpusTypedMemberLimit</c>: a corpus of more articles gets no typed member per article (CORPUS025).</param>
internal sealed record GeneratorOptions(string? Namespace, bool TextIndex = true, string? ProjectDirectory = null, bool GlobalUsing = true, int TypedMemberLimit = BuildOptions.DefaultTypedMemberLimit)
{
    public const string NamespaceProperty = "build_property.CorpusNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string TextIndexProperty = "build_property.CorpusTextIndex";
    public const string ProjectDirectoryProperty = "build_property.MSBuildProjectDirectory";
    public const string GlobalUsingProperty = "build_property.CorpusGlobalUsing";
    public const string TypedMemberLimitProperty = "build_property.CorpusTypedMemberLimit";

    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var options = provider.GlobalOptions;
        options.TryGetValue(NamespaceProperty, out var ns);
        options.TryGetValue(RootNamespaceProperty, out var root);
        options.TryGetValue(TextIndexProperty, out var index);
        options.TryGetValue(ProjectDirectoryProperty, out var folder);
        options.TryGetValue(GlobalUsingProperty, out var globalUsing);
        options.TryGetValue(TypedMemberLimitProperty, out var typedMemberLimit);
        return new GeneratorOptions(
            BuildOptions.Namespace(ns, root),
            BuildOptions.TextIndex(index),
            string.IsNullOrWhiteSpace(folder) ? null : folder!.Trim(),
            !string.Equals(globalUsing?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase),
            BuildOptions.TypedMemberLimit(typedMemberLimit));
    }
}
