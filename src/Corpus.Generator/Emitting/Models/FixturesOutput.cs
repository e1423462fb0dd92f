using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emitting;

/// <summary>The fixtures file of every corpus (none when the language version is too low: the index reports it).</summary>
internal sealed record FixturesOutput(EquatableArray<CorpusFixturesSource> Sources)
{
    public static FixturesOutput Create(CorpusLayout layout, GeneratorOptions options, LanguageSupport language, TestFrameworkSupport frameworks) =>
        new(language.Supported
            ? layout.CorpusNames.Select(name => new CorpusFixturesSource(options.Namespace, name, frameworks.Xunit, frameworks.RowLabels)).ToEquatableArray()
            : EquatableArray<CorpusFixturesSource>.Empty);
}
