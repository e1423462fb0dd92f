using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;

namespace Corpus.Generator.Analysis;

/// <summary>
/// Finds near-duplicate articles within each corpus. Locality-sensitive hashing (signature bands) yields candidate
/// pairs without comparing every pair, so the step stays near-linear for large corpora.
/// </summary>
internal static class NearDuplicateFinder
{
    /// <summary>Estimated Jaccard similarity of 5-word shingles at or above which two articles are reported.</summary>
    public const double Threshold = 0.8;

    private const int Bands = 8;
    private const int Rows = ShingleSignature.Length / Bands;

    /// <summary>Each near-duplicate pair as CORPUS009 at the later article (its id, the other's id, the similarity).</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static EquatableArray<PathIssue> Find(IEnumerable<ArticleFingerprint> fingerprints)
    {
        var found = new List<(string Path, string Id, string OtherId, string Similarity)>();
        foreach (var corpus in fingerprints.Where(f => f.Signature.Count == ShingleSignature.Length).GroupBy(f => f.CorpusName, StringComparer.Ordinal))
        {
            // Ordered so the first of a pair is the same whatever order the compiler gives the files in.
            var articles = corpus.OrderBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
            var reported = new HashSet<(int, int)>();
            for (var band = 0; band < Bands; band++)
            {
                var buckets = new Dictionary<(uint, uint, uint, uint), List<int>>();
                for (var i = 0; i < articles.Count; i++)
                {
                    var s = articles[i].Signature;
                    var key = (s[band * Rows], s[(band * Rows) + 1], s[(band * Rows) + 2], s[(band * Rows) + 3]);
                    if (!buckets.TryGetValue(key, out var members))
                    {
                        buckets[key] = members = new List<int>();
                    }

                    members.Add(i);
                }

                foreach (var members in buckets.Values)
                {
                    for (var x = 0; x < members.Count; x++)
                    {
                        for (var y = x + 1; y < members.Count; y++)
                        {
                            if (!reported.Add((members[x], members[y])))
                            {
                                continue;
                            }

                            var a = articles[members[x]];
                            var b = articles[members[y]];
                            var similarity = ShingleSignature.Similarity(a.Signature, b.Signature);
                            if (similarity >= Threshold)
                            {
                                found.Add((b.Path, b.Id, a.Id, similarity.ToString("0.00", CultureInfo.InvariantCulture)));
                            }
                        }
                    }
                }
            }
        }

        return found
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.OtherId, StringComparer.Ordinal)
            .Select(d => PathIssue.AtFile(DiagnosticCatalog.NearDuplicateArticle, d.Path, d.Id, d.OtherId, d.Similarity))
            .ToEquatableArray();
    }
}
