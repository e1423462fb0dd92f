using System.Collections.Generic;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing.Normalization;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Collects the issues of one seed. Ranges are given in the text the parser reads; each issue stores the range
/// and line span in the file as written (through the <see cref="SourceMap"/>), so locations stay exact.
/// </summary>
internal sealed class IssueList
{
    private readonly List<SeedIssue> _issues = new();
    private readonly string _text;
    private readonly SourceMap _map;
    private SourceLocator? _locator;

    public IssueList(string text)
        : this(text, SourceMap.Identity)
    {
    }

    public IssueList(string text, SourceMap map)
    {
        _text = text;
        _map = map;
    }

    public int Count => _issues.Count;

    public void Add(string id, TextRange range, params string[] arguments)
    {
        _locator ??= new SourceLocator(_text, _map);
        _issues.Add(new SeedIssue(id, _locator.ToSource(range), _locator.Span(range), arguments.ToEquatableArray()));
    }

    /// <summary>An issue of the whole file, already made (a failure caught by <see cref="StageGuard"/>).</summary>
    public void Add(SeedIssue issue) => _issues.Add(issue);

    public EquatableArray<SeedIssue> ToEquatableArray() => _issues.ToEquatableArray();
}
