using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The lexicons are the one home of words: a word listed twice in one list is a sign that two people fixed the same
/// gap, and a set initializer drops the copy silently, so the check reads the sources.
/// </summary>
public sealed class LexiconTests
{
    // A static list and its initializer: Name = new(...) { ... }; or Name = { ... };
    private static readonly Regex List = new(@"static readonly [^=]+?\s(\w+)\s*=\s*(new[^{;]*)?\{(.*?)\};", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly Regex Literal = new(@"""((?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant);

    [Fact]
    public void No_lexicon_list_holds_a_word_twice()
    {
        var folder = Path.Combine(DiagnosticTests.RepoRoot(), "src", "Corpus.Generator", "Parsing", "Lexicons");
        var lists = 0;
        var duplicates = new System.Collections.Generic.List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.cs"))
        {
            foreach (Match list in List.Matches(File.ReadAllText(file)))
            {
                lists++;
                // A set that ignores case holds "plc" and "PLC" once; a plain list may want both spellings (agencies as written).
                var comparer = list.Groups[2].Value.Contains("IgnoreCase", StringComparison.Ordinal) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                var words = Literal.Matches(list.Groups[3].Value).Select(m => m.Groups[1].Value).ToList();
                duplicates.AddRange(words.GroupBy(w => w, comparer).Where(g => g.Count() > 1)
                    .Select(g => $"{Path.GetFileName(file)} {list.Groups[1].Value}: '{g.Key}' x{g.Count()}"));
            }
        }

        Assert.True(lists > 20, "the lexicon lists were not found: " + lists);
        Assert.Empty(duplicates);
    }
}
