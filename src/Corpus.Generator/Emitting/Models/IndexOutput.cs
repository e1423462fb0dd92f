using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Storage;

namespace Corpus.Generator.Emitting;

/// <summary>The corpus file of every corpus, and the naming problems to report.</summary>
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

        var sources = layout.CorpusNames
            .Select(name =>
            {
                var members = layout.Members.Where(m => m.CorpusName == name).ToList();
                var found = members.Select(m => byPath.TryGetValue((name, m.Path), out var e) ? e : null).ToList();
                var fingerprint = CorpusFingerprint.Compute(members, found.Select(e => e?.ContentHash ?? 0).ToList(), options.TextIndex);
                return new CorpusIndexSource(options.Namespace, name, members.ToEquatableArray(), found.Select(e => e?.Summary ?? string.Empty).ToEquatableArray(), fingerprint, options.TextIndex);
            })
            .ToEquatableArray();
        return new IndexOutput(sources, layout.Problems, language, options.GlobalUsing ? options.Namespace : null);
    }
}
