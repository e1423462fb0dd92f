using System.Linq;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Diagnostics.Compiler;

/// <summary>
/// The one report path: turns the problems the stages recorded as data (<see cref="PathIssue"/>) into Roslyn
/// diagnostics at the file's line and column, with the catalogue's descriptor for the id (or, in a large batch, a
/// copy of it that hashes apart: <see cref="DescriptorVariants"/>).
/// </summary>
internal static class DiagnosticFactory
{
    /// <summary>One problem, with the catalogue's descriptor.</summary>
    public static Diagnostic Create(PathIssue problem) => Create(problem, variants: null);

    /// <summary>Every problem of one batch, in order, a large batch spread over descriptor copies.</summary>
    public static Diagnostic[] CreateAll(EquatableArray<PathIssue> problems)
    {
        var variants = new DescriptorVariants(problems);
        return problems.Select(problem => Create(problem, variants)).ToArray();
    }

    /// <summary>Reports every problem, in order.</summary>
    public static void Report(SourceProductionContext context, EquatableArray<PathIssue> problems)
    {
        foreach (var diagnostic in CreateAll(problems))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static Diagnostic Create(PathIssue problem, DescriptorVariants? variants)
    {
        var issue = problem.Issue;
        var arguments = issue.Arguments.Cast<object>().ToArray();
        var catalogue = DiagnosticCatalog.ForId(issue.Id);
        if (problem.Path.Length == 0)
        {
            return Diagnostic.Create(catalogue, Location.None, arguments);
        }

        var span = issue.Range.IsNone ? default : new TextSpan(issue.Range.Start, issue.Range.Length);
        var lines = new LinePositionSpan(
            new LinePosition(issue.Lines.StartLine, issue.Lines.StartColumn),
            new LinePosition(issue.Lines.EndLine, issue.Lines.EndColumn));
        var descriptor = variants?.For(catalogue, problem.Path, issue.Lines) ?? catalogue;
        return Diagnostic.Create(descriptor, Location.Create(problem.Path, span, lines), arguments);
    }
}
