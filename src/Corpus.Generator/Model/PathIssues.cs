using System.Linq;

namespace Corpus.Generator.Model;

/// <summary>The issues of one seed, to report at its file (capped per id: <see cref="DiagnosticCap"/>).</summary>
/// <param name="TextOffset">Added to the issues' spans (see <see cref="SeedFile.TextOffset"/>).</param>
public sealed record PathIssues(string Path, EquatableArray<SeedIssue> Issues, int TextOffset = 0)
{
    public static PathIssues Of(ParsedSeed seed) =>
        new(seed.Path, DiagnosticCap.Apply(seed.Article is null ? seed.FileIssues : seed.FileIssues.Concat(seed.Article.Issues)), seed.TextOffset);
}
