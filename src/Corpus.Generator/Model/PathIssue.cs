using System.Linq;

namespace Corpus.Generator.Model;

/// <summary>
/// A problem to report at a file: the one shape in which every stage (parse, naming, analysis, the build task's
/// summary, the emit guard) hands its problems to the one report path, <see cref="Diagnostics.DiagnosticFactory"/>.
/// </summary>
/// <param name="Path">The file the problem is reported at; empty for a problem of no one file (it is reported without a location).</param>
internal sealed record PathIssue(string Path, SeedIssue Issue)
{
    /// <summary>A problem of a whole file (or, with an empty path, of none): no line or column.</summary>
    public static PathIssue AtFile(string id, string path, params string[] arguments) =>
        new(path, new SeedIssue(id, TextRange.None, LineSpan.Empty, arguments.ToEquatableArray()));

    /// <summary>Every issue of one parsed seed, capped per id (<see cref="DiagnosticCap"/>), its spans measured on the file's own text.</summary>
    public static EquatableArray<PathIssue> Of(ParsedSeed seed)
    {
        var issues = seed.Article is null ? seed.FileIssues : seed.FileIssues.Concat(seed.Article.Issues);
        return DiagnosticCap.Apply(issues)
            .Select(issue => new PathIssue(seed.Path, issue.Range.IsNone ? issue : issue with { Range = new TextRange(issue.Range.Start + seed.TextOffset, issue.Range.Length) }))
            .ToEquatableArray();
    }
}
