using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emitting;

/// <summary>Everything needed to write one corpus's class: its members in <c>Articles</c> order, each one's doc summary, and the fingerprint of the resource it reads.</summary>
/// <param name="TypedMembers">False when the corpus has more articles than <c>CorpusTypedMemberLimit</c>: no member per article (and no summaries).</param>
internal sealed record CorpusIndexSource(string? Namespace, string CorpusName, EquatableArray<MemberAssignment> Members, EquatableArray<string> Summaries, ulong Fingerprint, bool TextIndex, bool TypedMembers = true)
{
    public string HintName => CorpusName + ".g.cs";
}
