using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>One seed as the naming step sees it: which corpus, which file.</summary>
public sealed record SeedName(string CorpusName, string Path, string Id, string FileName);

/// <summary>The generated member for one seed.</summary>
public sealed record MemberAssignment(string CorpusName, string Path, string Id, string MemberName, bool InLookup);

/// <summary>A naming problem to report: a duplicate member name or an invalid corpus name.</summary>
public sealed record LayoutProblem(string Id, string Path, EquatableArray<string> Arguments);

/// <summary>The member names of every seed of every corpus, and the problems found while choosing them.</summary>
public sealed record CorpusLayout(EquatableArray<MemberAssignment> Members, EquatableArray<string> CorpusNames, EquatableArray<LayoutProblem> Problems)
{
    // Lookup tables built once per layout value, kept outside the record so they do not take part in equality.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CorpusLayout, Dictionary<(string, string), MemberAssignment>> Lookups = new();

    /// <summary>The member chosen for a seed, or null when the seed has none (its corpus name is invalid).</summary>
    public MemberAssignment? MemberFor(string corpusName, string path)
    {
        var lookup = Lookups.GetValue(this, static layout =>
        {
            var byPath = new Dictionary<(string, string), MemberAssignment>();
            foreach (var member in layout.Members)
            {
                // The same file listed twice keeps its first member; never throw from inside the compiler.
                if (!byPath.ContainsKey((member.CorpusName, member.Path)))
                {
                    byPath.Add((member.CorpusName, member.Path), member);
                }
            }

            return byPath;
        });
        return lookup.TryGetValue((corpusName, path), out var member) ? member : null;
    }

    /// <summary>Names the generated members cannot take: the corpus class's own members.</summary>
    public static readonly string[] ReservedMemberNames =
    {
        "Count", "Articles", "Find", "Speakers", "Index",
        // The corpus class's queries (Emitting/CorpusIndexEmitter.cs).
        "Stories", "QuotationClusters", "Names",
        // Test fixtures (Emitting/FixturesEmitter.cs), reserved whether or not the project references xUnit.
        "ArticleCases", "QuotationCases", "ArticleData", "QuotationData", "ArticleRow", "QuotationRow",
    };

    /// <summary>
    /// Chooses a member per seed. Seeds are ordered by member name, then path (ordinal), so the choice is the same
    /// whatever order the compiler hands the files in. A second seed with the same name gets <c>_2</c>, <c>_3</c>, ...
    /// and a warning; only the first keeps its id in the lookup.
    /// </summary>
    public static CorpusLayout Build(IEnumerable<SeedName> seeds)
    {
        var members = new List<MemberAssignment>();
        var problems = new List<LayoutProblem>();
        var corpusNames = new List<string>();
        // A file listed twice (two AdditionalFiles items) is one seed.
        var distinct = seeds.GroupBy(s => (s.CorpusName, s.Path)).Select(g => g.First());
        foreach (var corpus in distinct.GroupBy(s => s.CorpusName, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!Identifiers.IsValid(corpus.Key))
            {
                foreach (var seed in corpus.OrderBy(s => s.Path, StringComparer.Ordinal))
                {
                    problems.Add(new LayoutProblem(DiagnosticIds.InvalidCorpusName, seed.Path, new[] { corpus.Key }.ToEquatableArray()));
                }

                continue;
            }

            corpusNames.Add(corpus.Key);
            AssignMembers(corpus.Key, corpus, members, problems);
        }

        return new CorpusLayout(members.ToEquatableArray(), corpusNames.ToEquatableArray(), problems.ToEquatableArray());
    }

    private static void AssignMembers(string corpusName, IEnumerable<SeedName> seeds, List<MemberAssignment> members, List<LayoutProblem> problems)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ordered = seeds
            .Select(s => (Seed: s, Name: BaseName(corpusName, s.Id)))
            .OrderBy(x => x.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Seed.Path, StringComparer.Ordinal);
        foreach (var (seed, name) in ordered)
        {
            var member = name;
            for (var n = 2; taken.ContainsKey(member); n++)
            {
                member = name + "_" + n;
            }

            if (member != name)
            {
                problems.Add(new LayoutProblem(
                    DiagnosticIds.DuplicateMemberName,
                    seed.Path,
                    new[] { seed.FileName, name, corpusName, taken[name], member }.ToEquatableArray()));
            }

            taken[member] = seed.FileName;
            members.Add(new MemberAssignment(corpusName, seed.Path, seed.Id, member, InLookup: ids.Add(seed.Id)));
        }
    }

    /// <summary>The identifier for a seed, kept clear of the corpus class's own name and members.</summary>
    private static string BaseName(string corpusName, string id)
    {
        var name = Identifiers.FromFileName(id);
        return name == corpusName || Array.IndexOf(ReservedMemberNames, name) >= 0 || name.StartsWith("__", StringComparison.Ordinal)
            ? name + "_"
            : name;
    }
}
