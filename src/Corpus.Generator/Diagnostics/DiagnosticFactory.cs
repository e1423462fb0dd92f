using System.Linq;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// The one report path: turns the problems the stages recorded as data (<see cref="PathIssue"/>) into Roslyn
/// diagnostics at the file's line and column, with the catalogue's descriptor for the id (copied per located
/// diagnostic so that each has its own hash: <see cref="LocatedDescription"/>).
/// </summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(PathIssue problem)
    {
        var issue = problem.Issue;
        var arguments = issue.Arguments.Cast<object>().ToArray();
        if (problem.Path.Length == 0)
        {
            return Diagnostic.Create(DiagnosticDescriptors.ForId(issue.Id), Location.None, arguments);
        }

        var span = issue.Range.IsNone ? default : new TextSpan(issue.Range.Start, issue.Range.Length);
        var lines = new LinePositionSpan(
            new LinePosition(issue.Lines.StartLine, issue.Lines.StartColumn),
            new LinePosition(issue.Lines.EndLine, issue.Lines.EndColumn));
        return Diagnostic.Create(Located(DiagnosticDescriptors.ForId(issue.Id), problem.Path, issue), Location.Create(problem.Path, span, lines), arguments);
    }

    /// <summary>The catalogue's descriptor, as a copy whose description hashes the place (<see cref="LocatedDescription"/>).</summary>
    private static DiagnosticDescriptor Located(DiagnosticDescriptor catalogue, string path, SeedIssue issue) => new(
        catalogue.Id,
        catalogue.Title,
        catalogue.MessageFormat,
        catalogue.Category,
        catalogue.DefaultSeverity,
        catalogue.IsEnabledByDefault,
        new LocatedDescription(catalogue.Description, path, issue.Lines.StartLine, issue.Lines.StartColumn, issue.Range.IsNone ? -1 : issue.Range.Start),
        catalogue.HelpLinkUri,
        catalogue.CustomTags.ToArray());

    /// <summary>Reports every problem, in order.</summary>
    public static void Report(SourceProductionContext context, EquatableArray<PathIssue> problems)
    {
        foreach (var problem in problems)
        {
            context.ReportDiagnostic(Create(problem));
        }
    }
}
