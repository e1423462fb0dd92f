using System.Linq;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Diagnostics;

/// <summary>Builds Roslyn diagnostics from the issues the pure stages recorded, at the seed file's line and column.</summary>
public static class DiagnosticFactory
{
    /// <param name="textOffset">Where the parsed text starts in the file's own text, so spans are measured on the latter.</param>
    public static Diagnostic Create(string path, SeedIssue issue, int textOffset = 0)
    {
        var span = issue.Range.IsNone ? default : new TextSpan(issue.Range.Start + textOffset, issue.Range.Length);
        var lines = new LinePositionSpan(
            new LinePosition(issue.Lines.StartLine, issue.Lines.StartColumn),
            new LinePosition(issue.Lines.EndLine, issue.Lines.EndColumn));
        var location = Location.Create(path, span, lines);
        return Diagnostic.Create(DiagnosticDescriptors.ForId(issue.Id), location, issue.Arguments.Cast<object>().ToArray());
    }

    public static Diagnostic AtFile(string id, string path, params object[] arguments) =>
        Diagnostic.Create(DiagnosticDescriptors.ForId(id), Location.Create(path, default, default), arguments);
}
