using System.Collections.Generic;
using System.IO;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Storage;

/// <summary>
/// One corpus resource ready to be written: its fixed sections in memory, its articles in the build's
/// <see cref="ArticleSpill"/>. <see cref="WriteTo"/> streams it (<see cref="CorpusResourceWriter"/>), so a resource of
/// a gigabyte is never one array.
/// </summary>
internal sealed class CorpusResourcePlan
{
    private readonly ulong _fingerprint;
    private readonly IReadOnlyList<MemberAssignment> _members;
    private readonly IReadOnlyList<SpilledArticle> _articles;
    private readonly IReadOnlyList<byte[]> _fixedSections;
    private readonly ArticleSpill _spill;

    public CorpusResourcePlan(string corpusName, string resourceName, ulong fingerprint, IReadOnlyList<MemberAssignment> members, IReadOnlyList<SpilledArticle> articles, IReadOnlyList<byte[]> fixedSections, ArticleSpill spill)
    {
        CorpusName = corpusName;
        ResourceName = resourceName;
        _fingerprint = fingerprint;
        _members = members;
        _articles = articles;
        _fixedSections = fixedSections;
        _spill = spill;
        Length = CorpusResourceWriter.Length(members, articles, fixedSections);
    }

    public string CorpusName { get; }

    public string ResourceName { get; }

    /// <summary>The number of articles.</summary>
    public int ArticleCount => _members.Count;

    /// <summary>The resource's length in bytes (a corpus resource's offsets are 32-bit: see <see cref="CorpusResourceWriter.MaxLength"/>).</summary>
    public long Length { get; }

    public void WriteTo(Stream output) => CorpusResourceWriter.Write(output, _fingerprint, _members, _articles, _fixedSections, _spill);
}
