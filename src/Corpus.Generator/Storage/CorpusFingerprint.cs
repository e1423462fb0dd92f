using System.Collections.Generic;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// The fingerprint of a corpus: the format version, whether it has a text index, and every article's member name, id
/// and text hash in order. The generated code and the resource header each carry it, so a resource out of step with
/// the code is refused at first access instead of read as wrong data. No path takes part: two clones build alike.
/// </summary>
internal static class CorpusFingerprint
{
    public static ulong OfText(string text) => CorpusFormat.Hash(CorpusFormat.FingerprintSeed, text);

    /// <param name="members">The corpus's members in <c>Articles</c> order.</param>
    /// <param name="hashOf">The text hash of each member's seed.</param>
    public static ulong Compute(IReadOnlyList<MemberAssignment> members, IReadOnlyList<ulong> hashOf, bool textIndex)
    {
        var hash = CorpusFormat.Hash(CorpusFormat.FingerprintSeed, (ulong)CorpusFormat.Version);
        hash = CorpusFormat.Hash(hash, textIndex ? 1UL : 0UL);
        for (var i = 0; i < members.Count; i++)
        {
            hash = CorpusFormat.Hash(hash, members[i].MemberName);
            hash = CorpusFormat.Hash(hash, members[i].Id);
            hash = CorpusFormat.Hash(hash, hashOf[i]);
        }

        return hash;
    }
}
