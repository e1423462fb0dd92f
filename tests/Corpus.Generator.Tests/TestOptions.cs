using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Tests;

/// <summary>
/// The options a generator sees, as MSBuild's generated editorconfig gives them: the project's properties
/// (<c>build_property.*</c>) and each additional file's item metadata (<c>build_metadata.AdditionalFiles.*</c>).
/// The one fake of the tests.
/// </summary>
internal sealed class TestOptions : AnalyzerConfigOptionsProvider
{
    public const string CorpusKey = "build_metadata.AdditionalFiles.Corpus";

    private readonly Func<string, IDictionary<string, string>?> _metadataOf;

    /// <param name="global">The project's properties.</param>
    /// <param name="metadataOf">A file's metadata by its path, or null for none.</param>
    public TestOptions(IDictionary<string, string>? global = null, Func<string, IDictionary<string, string>?>? metadataOf = null)
    {
        GlobalOptions = new Values(global);
        _metadataOf = metadataOf ?? (_ => null);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(_metadataOf(textFile.Path));

    /// <summary>Each file in the corpus <paramref name="corpusOf"/> names (none for null).</summary>
    public static TestOptions WithCorpus(Func<string, string?> corpusOf, IDictionary<string, string>? global = null) =>
        new(global, path => corpusOf(path) is { } corpus ? Corpus(corpus) : null);

    /// <summary>The metadata of a file marked <c>Corpus="name"</c>.</summary>
    public static Dictionary<string, string> Corpus(string name) => new(StringComparer.Ordinal) { [CorpusKey] = name };

    /// <summary>One set of options: a key is there or not.</summary>
    public sealed class Values : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(null);

        private readonly IDictionary<string, string> _values;

        public Values(IDictionary<string, string>? values) => _values = values ?? new Dictionary<string, string>();

        public override bool TryGetValue(string key, out string value)
        {
            var found = _values.TryGetValue(key, out var v);
            value = v ?? string.Empty;
            return found;
        }
    }
}
