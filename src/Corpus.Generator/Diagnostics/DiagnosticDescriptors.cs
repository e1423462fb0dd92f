using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics;

/// <summary>The Roslyn descriptors of the catalogue (<see cref="DiagnosticIds.Catalogue"/>), made once.</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "Corpus";
    private const string HelpBase = "https://github.com/corpus-dotnet/corpus/blob/main/docs/diagnostics.md#";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = DiagnosticIds.Catalogue.ToDictionary(entry => entry.Id, Create);

    /// <summary>Every descriptor of the catalogue.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor for an id recorded by a pure stage.</summary>
    public static DiagnosticDescriptor ForId(string id) => ById[id];

    private static DiagnosticDescriptor Create(DiagnosticEntry entry) =>
        new(entry.Id, entry.Title, entry.Message, Category, Severity(entry.Level), isEnabledByDefault: true, helpLinkUri: HelpBase + entry.Id.ToLowerInvariant());

    private static DiagnosticSeverity Severity(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => DiagnosticSeverity.Error,
        DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
