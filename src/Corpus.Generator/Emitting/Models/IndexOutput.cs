using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Emitting;

/// <summary>The corpus file of every corpus, and the problems to report: naming, and corpora too large for typed members (CORPUS025).</summary>
/// <param name="GlobalUsing">The namespace to bring into scope everywhere (<see cref="GlobalUsingEmitter"/>), or null.</param>
internal sealed record IndexOutput(EquatableArray<CorpusIndexSource> Sources, EquatableArray<PathIssue> Problems, LanguageSupport Language, string? GlobalUsing = null)
{
    public static IndexOutput Create(CorpusLayout layout, EquatableArray<SeedEntry> entries, GeneratorOptions options, LanguageSupport language)
    {
        var byPath = new Dictionary<(string, string), SeedEntry>();
        foreach (var entry in entries)
        {
            byPath[(entry.CorpusName, entry.Path)] = entry;
        }

        var problems = new List<PathIssue>(layout.Problems);
        var sources = layout.CorpusNames
            .Select(name =>
            {
                var members = CorpusSteps.Members(layout, name);
                var found = members.Select(m => byPath.TryGetValue((name, m.Path), out var e) ? e : null).ToList();
                var fingerprint = CorpusSteps.Fingerprint(members, found, options.TextIndex);
                var typedMembers = members.Count <= options.TypedMemberLimit;
                if (!typedMembers)
                {
                    problems.Add(PathIssue.AtFile(DiagnosticCatalog.TypedMembersLeftOut, string.Empty, name, Count(members.Count), Count(options.TypedMemberLimit), Count(BuildOptions.MaxTypedMemberLimit)));
                }

                var summaries = typedMembers ? found.Select(e => e?.Summary ?? string.Empty).ToEquatableArray() : EquatableArray<string>.Empty;
                return new CorpusIndexSource(options.Namespace, name, members.ToEquatableArray(), summaries, fingerprint, options.TextIndex, typedMembers);
            })
            .ToEquatableArray();
        return new IndexOutput(sources, problems.ToEquatableArray(), language, options.GlobalUsing ? options.Namespace : null);
    }

    private static string Count(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
