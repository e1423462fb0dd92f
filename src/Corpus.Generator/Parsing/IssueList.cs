using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>Collects the issues of one seed, computing each one's line span as it is added.</summary>
public sealed class IssueList
{
    private readonly List<SeedIssue> _issues = new();
    private readonly string _text;
    private LineIndex? _lines;

    public IssueList(string text) => _text = text;

    public int Count => _issues.Count;

    public void Add(string id, TextRange range, params string[] arguments)
    {
        _lines ??= new LineIndex(_text);
        _issues.Add(new SeedIssue(id, range, _lines.Span(range), arguments.ToEquatableArray()));
    }

    public EquatableArray<SeedIssue> ToEquatableArray() => _issues.ToEquatableArray();
}
