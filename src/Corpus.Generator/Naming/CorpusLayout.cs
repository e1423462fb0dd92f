using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>The member names of every seed of every corpus, and the problems found while choosing them.</summary>
internal sealed record CorpusLayout(EquatableArray<MemberAssignment> Members, EquatableArray<string> CorpusNames, EquatableArray<PathIssue> Problems)
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
                byPath[(member.CorpusName, member.Path)] = member;
            }

            return byPath;
        });
        return lookup.TryGetValue((corpusName, path), out var member) ? member : null;
    }

    /// <summary>Names the generated members cannot take as they are: the corpus class's own members.</summary>
    public static string[] ReservedMemberNames => ReservedNames.CorpusMembers;

    public static CorpusLayout Build(IEnumerable<SeedName> seeds) => Build(seeds, LayoutSettings.Default);

    /// <summary>
    /// Chooses a member per seed, from its id: the file name, or, when two files of the corpus share it, the path
    /// relative to the project (<c>sport/update</c> → <c>sport_update</c>), so the same file name in two folders is two
    /// members and no warning. Seeds are ordered by member name, then path (ordinal), so the choice is the same whatever
    /// order the compiler hands the files in. Two ids that still make one identifier (<c>a-b</c>, <c>a_b</c>): the
    /// second gets <c>_2</c>, <c>_3</c>, ... and a warning naming both files.
    /// </summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public static CorpusLayout Build(IEnumerable<SeedName> seeds, LayoutSettings settings)
    {
        var members = new List<MemberAssignment>();
        var problems = new List<PathIssue>();
        var corpusNames = new List<string>();

        // A file listed twice (two AdditionalFiles items, e.g. overlapping globs) is one seed; the generator emits it once (CorpusGenerator, OrderedSeeds).
        var distinct = new List<SeedName>();
        foreach (var listing in seeds.GroupBy(s => (s.CorpusName, s.Path)).OrderBy(g => g.Key.Path, StringComparer.Ordinal).ThenBy(g => g.Key.CorpusName, StringComparer.Ordinal))
        {
            var count = listing.Count();
            if (count > 1)
            {
                var shown = SeedPaths.Relative(listing.Key.Path, settings.ProjectDirectory);
                problems.Add(PathIssue.AtFile(DiagnosticCatalog.RepeatedSeed, listing.Key.Path, shown, count.ToString(CultureInfo.InvariantCulture), listing.Key.CorpusName));
            }

            distinct.Add(listing.First());
        }

        foreach (var corpus in distinct.GroupBy(s => s.CorpusName, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var reason = Naming.CorpusNames.Problem(corpus.Key, settings.Namespace, corpusNames);
            if (reason is not null)
            {
                // Once per corpus and with no file: the name is one mistake of the project, however many files carry it
                // (at the first of them it read as a problem of that article).
                var files = corpus.Count();
                var suggestion = Naming.CorpusNames.Suggest(corpus.Key, settings.Namespace, corpusNames);
                problems.Add(PathIssue.AtFile(DiagnosticCatalog.InvalidCorpusName, string.Empty, corpus.Key, reason, files.ToString(CultureInfo.InvariantCulture), suggestion));
                continue;
            }

            corpusNames.Add(corpus.Key);
            AssignMembers(corpus.Key, corpus.Where(s => s.HasArticle).ToList(), settings, members, problems);
        }

        return new CorpusLayout(members.ToEquatableArray(), corpusNames.ToEquatableArray(), problems.ToEquatableArray());
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static void AssignMembers(string corpusName, List<SeedName> seeds, LayoutSettings settings, List<MemberAssignment> members, List<PathIssue> problems)
    {
        var ids = SeedIds.Assign(seeds, settings.ProjectDirectory);
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = seeds
            .Select(s => (Seed: s, Name: BaseName(corpusName, ids[s.Path])))
            .OrderBy(x => x.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Seed.Path, StringComparer.Ordinal);
        foreach (var (seed, name) in ordered)
        {
            var member = name;
            for (var n = 2; taken.ContainsKey(member) || member == corpusName; n++)
            {
                member = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            if (member != name)
            {
                problems.Add(PathIssue.AtFile(
                    DiagnosticCatalog.DuplicateMemberName,
                    seed.Path,
                    SeedPaths.Relative(seed.Path, settings.ProjectDirectory), name, corpusName, SeedPaths.Relative(taken[name], settings.ProjectDirectory), member));
            }

            taken[member] = seed.Path;
            members.Add(new MemberAssignment(corpusName, seed.Path, ids[seed.Path], member));
        }
    }

    /// <summary>The identifier for a seed, kept clear of the corpus class's own name and members and of object's.</summary>
    private static string BaseName(string corpusName, string id)
    {
        var name = Identifiers.FromFileName(id);
        return ReservedNames.IsReservedMember(name, corpusName) ? name + "_" : name;
    }
}
