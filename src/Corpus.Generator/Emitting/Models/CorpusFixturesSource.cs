using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>Everything needed to write one corpus's test fixtures file.</summary>
internal sealed record CorpusFixturesSource(string? Namespace, string CorpusName, XunitVersion Xunit, bool RowLabels = false)
{
    public string HintName => CorpusName + ".__Fixtures.g.cs"; // "__" never starts a member name, so no seed can collide
}
