using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Naming;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// What both programs work out per corpus from the layout and the seeds' entries: its members in <c>Articles</c>
/// order and its fingerprint. The generator writes the fingerprint into the code (<c>IndexOutput</c>), the build task
/// into the resource's header (<see cref="CorpusBuild"/>): the one function keeps them equal.
/// </summary>
internal static class CorpusSteps
{
    /// <summary>The corpus's members in <c>Articles</c> order.</summary>
    public static List<MemberAssignment> Members(CorpusLayout layout, string corpusName) =>
        layout.Members.Where(m => m.CorpusName == corpusName).ToList();

    /// <summary>The corpus's fingerprint: each member with its entry's text hash (0 for a member with no entry).</summary>
    public static ulong Fingerprint(IReadOnlyList<MemberAssignment> members, IReadOnlyList<SeedEntry?> entries, bool textIndex) =>
        CorpusFingerprint.Compute(members, entries.Select(entry => entry?.ContentHash ?? 0).ToList(), textIndex);
}
