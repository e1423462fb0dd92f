using System.Collections.Generic;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics.Compiler;

/// <summary>
/// Spreads the located diagnostics of one id over copies of its descriptor, one copy per
/// <see cref="PerVariant"/> diagnostics, chosen by a stable hash of the place. Why: the compiler drops duplicate
/// diagnostics through a hash set, and Roslyn's hash of a diagnostic leaves its location out (and, for about half of
/// all locations, its message arguments too), so the thousands of one id a corpus reports land in a few hash buckets
/// and reporting them is quadratic (8 s of 35,000 at 100 MB; docs/benchmarks.md). The descriptor is in the hash, so
/// copies that hash apart keep each bucket short. A copy differs from the catalogue entry only in the hash and
/// equality of its description (<see cref="VariantDescription"/>): id, title, message, severity, help link and
/// description text are the catalogue's. A batch with at most <see cref="PerVariant"/> of an id keeps the catalogue
/// descriptor itself, and an error log (SARIF) lists at most one rule per <see cref="PerVariant"/> diagnostics.
/// </summary>
internal sealed class DescriptorVariants
{
    /// <summary>Diagnostics per descriptor copy: the longest run of equal hashes the compiler's set walks is about this.</summary>
    public const int PerVariant = 256;

    private readonly Dictionary<string, int> _variantCounts = new(System.StringComparer.Ordinal);
    private readonly Dictionary<(string Id, int Variant), DiagnosticDescriptor> _copies = new();

    /// <summary>Variants for one batch of problems, as many per id as its located problems need.</summary>
    public DescriptorVariants(IEnumerable<PathIssue> problems)
    {
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            if (problem.Path.Length > 0)
            {
                counts.TryGetValue(problem.Issue.Id, out var count);
                counts[problem.Issue.Id] = count + 1;
            }
        }

        foreach (var pair in counts)
        {
            _variantCounts[pair.Key] = (pair.Value + PerVariant - 1) / PerVariant;
        }
    }

    /// <summary>The descriptor to report a located problem with: the catalogue's, or the copy its place falls to.</summary>
    public DiagnosticDescriptor For(DiagnosticDescriptor catalogue, string path, LineSpan lines)
    {
        if (!_variantCounts.TryGetValue(catalogue.Id, out var variants) || variants <= 1)
        {
            return catalogue;
        }

        var variant = (int)(StablePlaceHash(path, lines) % (uint)variants);
        if (!_copies.TryGetValue((catalogue.Id, variant), out var copy))
        {
            copy = new DiagnosticDescriptor(
                catalogue.Id,
                catalogue.Title,
                catalogue.MessageFormat,
                catalogue.Category,
                catalogue.DefaultSeverity,
                catalogue.IsEnabledByDefault,
                new VariantDescription(catalogue.Description, variant),
                catalogue.HelpLinkUri,
                [.. catalogue.CustomTags]);
            _copies[(catalogue.Id, variant)] = copy;
        }

        return copy;
    }

    // FNV-1a over the path and the start; string.GetHashCode is randomized per process, and the choice should not be.
    private static uint StablePlaceHash(string path, LineSpan lines)
    {
        var hash = 2166136261u;
        foreach (var c in path)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        hash = unchecked((hash ^ (uint)lines.StartLine) * 16777619u);
        return unchecked((hash ^ (uint)lines.StartColumn) * 16777619u);
    }
}
