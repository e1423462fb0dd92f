using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// What every user receives (the generator's and the runtime's sources: emitted code, XML docs, messages, rule
/// comments) carries no seed's id and no full name the seeds quote: examples are neutral. The word lists are
/// exempt: they hold general knowledge, which a seed may also mention.
/// </summary>
public class NeutralExamplesTests
{
    [Fact]
    public void No_source_file_names_a_seed_id_or_a_seed_speaker()
    {
        var root = DiagnosticTests.RepoRoot();
        var seeds = Directory.GetFiles(Path.Combine(root, "samples", "Corpus.Sample", "seeds"), "*.txt");
        var ids = seeds.Select(Path.GetFileNameWithoutExtension).ToList();
        var speakers = Gold.Articles
            .SelectMany(article => article.GetProperty("quotations").EnumerateArray())
            .Select(quotation => quotation.GetProperty("speaker"))
            .Where(speaker => speaker.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(speaker => speaker.GetString()!)
            .Where(speaker => speaker.Contains(' ', StringComparison.Ordinal)) // full names: a surname alone may be a common word
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(ids);
        Assert.NotEmpty(speakers);

        var sources = new[] { "Corpus.Generator", "Corpus.Runtime", "Corpus.Build" }
            .SelectMany(project => Directory.GetFiles(Path.Combine(root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            // The lexicons are general knowledge as data (organisations, places), not examples: a seed may quote one.
            .Where(file => !file.Contains(Path.Combine("Parsing", "Lexicons"), StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (var word in ids.Concat(speakers))
            {
                Assert.False(text.Contains(word!, StringComparison.Ordinal), $"{Path.GetFileName(file)} names '{word}' from the seeds");
            }
        }
    }
}
