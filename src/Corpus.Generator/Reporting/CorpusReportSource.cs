using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Reporting;

/// <summary>
/// What the report of one corpus reads (<see cref="CorpusReport"/>): its members in <c>Articles</c> order with where
/// each encoded article is in the build's spill and the file line each paragraph starts on, the files left out, and
/// every problem of its files.
/// </summary>
/// <param name="ParagraphLines">Per member, the zero-based file line of each paragraph's start.</param>
/// <param name="LeftOut">The corpus's files that gave no article (empty, unreadable, binary, too large), by path.</param>
/// <param name="Issues">Every problem of the corpus's files (and of the corpus, with an empty path).</param>
/// <param name="ProjectDirectory">Paths are shown relative to it.</param>
/// <param name="TypedMembers">Whether the corpus class has a member per article (at most <c>CorpusTypedMemberLimit</c> articles); else the report shows <c>Find</c>.</param>
internal sealed record CorpusReportSource(
    string CorpusName,
    string ResourceName,
    IReadOnlyList<MemberAssignment> Members,
    IReadOnlyList<SpilledArticle> Articles,
    IReadOnlyList<EquatableArray<int>> ParagraphLines,
    IReadOnlyList<string> LeftOut,
    IReadOnlyList<PathIssue> Issues,
    string? ProjectDirectory,
    bool TypedMembers = true);
