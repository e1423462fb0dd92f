using System.Collections.Generic;
using System.Globalization;
using Corpus.Generator.Diagnostics;

namespace Corpus.Generator.Model;

/// <summary>
/// At most <see cref="PerIdPerFile"/> diagnostics of one id per file, then one CORPUS021 with the count: a 4 MB
/// file of quotation marks made 350,000 diagnostics, which no one reads and which slow the build and the IDE.
/// The one place every per-file issue passes on its way to being reported.
/// </summary>
internal static class DiagnosticCap
{
    public const int PerIdPerFile = 100;

    /// <summary>The issues to report, in their order, with a summary in place of those past the cap of each id.</summary>
    public static EquatableArray<SeedIssue> Apply(IEnumerable<SeedIssue> issues)
    {
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var firstDropped = new Dictionary<string, SeedIssue>(System.StringComparer.Ordinal);
        var order = new List<string>();
        var kept = new List<SeedIssue>();
        foreach (var issue in issues)
        {
            counts.TryGetValue(issue.Id, out var count);
            counts[issue.Id] = count + 1;
            if (count < PerIdPerFile)
            {
                kept.Add(issue);
            }
            else if (count == PerIdPerFile)
            {
                firstDropped[issue.Id] = issue;
                order.Add(issue.Id);
            }
        }

        if (order.Count == 0)
        {
            return kept.ToEquatableArray();
        }

        foreach (var id in order)
        {
            // At the first issue left out, so the summary points where the unreported ones begin.
            var first = firstDropped[id];
            var arguments = new[] { (counts[id] - PerIdPerFile).ToString(CultureInfo.InvariantCulture), id, PerIdPerFile.ToString(CultureInfo.InvariantCulture) };
            kept.Add(new SeedIssue(DiagnosticCatalog.DiagnosticsCapped, first.Range, first.Lines, arguments.ToEquatableArray()));
        }

        return kept.ToEquatableArray();
    }
}
