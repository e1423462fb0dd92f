using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Generator.Parsing.Lexicons;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The lexicons are the one home of words: a word listed twice in one list is a sign that two people fixed the same
/// gap, and a set initializer drops the copy silently, so the check reads the sources. For the same reason a rule file
/// that declares a list of its own, or a role noun spelled in two lists, fails here.
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
        var duplicates = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.cs"))
        {
            var source = File.ReadAllText(file);
            foreach (Match list in List.Matches(source))
            {
                lists++;
                // A set that ignores case holds "plc" and "PLC" once; a plain list may want both spellings (agencies as written),
                // unless it is joined into a set that ignores case.
                var comparer = list.Groups[2].Value.Contains("IgnoreCase", StringComparison.Ordinal) || JoinedIgnoringCase(source, list.Groups[1].Value)
                    ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                var words = Literal.Matches(list.Groups[3].Value).Select(m => m.Groups[1].Value).ToList();
                duplicates.AddRange(words.GroupBy(w => w, comparer).Where(g => g.Count() > 1)
                    .Select(g => $"{Path.GetFileName(file)} {list.Groups[1].Value}: '{g.Key}' x{g.Count()}"));
            }
        }

        Assert.True(lists > 20, "the lexicon lists were not found: " + lists);
        Assert.Empty(duplicates);
    }

    // A brace initializer of string literals: { "a", "b", ... } after new[], new(...), new HashSet<string> or a field's =.
    private static readonly Regex Initializer = new(@"\{\s*(""(?:[^""\\]|\\.)*""\s*,\s*)+""(?:[^""\\]|\\.)*""\s*,?\s*\}", RegexOptions.CultureInvariant);

    // A word as the lists hold it: lower case, or capitalised ("Monday", "Despite"); no identifiers such as "ArticleRow".
    // A pattern of words tested in place: word is "and" or "but" or "or".
    private static readonly Regex InlinePattern = new(@"\bis\s+(not\s+)?\(?\s*""[^""]*""(\s+or\s+""[^""]*"")+", RegexOptions.CultureInvariant);

    private static readonly Regex Word = new(@"^[A-Za-z][a-z'’\-]*$", RegexOptions.CultureInvariant);

    /// <summary>Files that are no rule files: C# keywords are no words of news.</summary>
    private static readonly string[] NotRuleFiles = { "ReservedNames.cs" };

    [Fact]
    public void No_rule_file_declares_a_word_list()
    {
        var source = Path.Combine(DiagnosticTests.RepoRoot(), "src");
        var lexicons = Path.Combine("Parsing", "Lexicons") + Path.DirectorySeparatorChar;
        var lists = new List<string>();
        foreach (var file in Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains(lexicons, StringComparison.Ordinal) || Array.IndexOf(NotRuleFiles, Path.GetFileName(file)) >= 0
                || file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match initializer in Initializer.Matches(File.ReadAllText(file)).Concat(InlinePattern.Matches(File.ReadAllText(file))))
            {
                var words = Literal.Matches(initializer.Value).Count(m => Word.IsMatch(m.Groups[1].Value));
                if (words >= 3)
                {
                    lists.Add($"{Path.GetRelativePath(source, file)}: {initializer.Value.Substring(0, Math.Min(60, initializer.Value.Length))}");
                }
            }
        }

        Assert.Empty(lists);
    }

    [Fact]
    public void The_rule_check_finds_a_word_list()
    {
        const string rule = "private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { \"and\", \"of\", \"the\" };";
        var initializer = Initializer.Match(rule);
        Assert.Matches(Initializer, rule);
        Assert.Equal(3, Literal.Matches(initializer.Value).Count(m => Word.IsMatch(m.Groups[1].Value)));
        Assert.DoesNotMatch(Initializer, "var tuple = (\"Row\", \"row\", \"rows[i]\");");
        const string inline = "if (words.WordText(w) is \"on\" or \"last\" or \"this\")";
        Assert.Equal(3, Literal.Matches(InlinePattern.Match(inline).Value).Count(m => Word.IsMatch(m.Groups[1].Value)));
    }

    [Fact]
    public void Each_shared_role_noun_is_spelled_in_one_list()
    {
        var folder = Path.Combine(DiagnosticTests.RepoRoot(), "src", "Corpus.Generator", "Parsing", "Lexicons");
        var spellings = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(folder, "*.cs"))
        {
            foreach (Match list in List.Matches(File.ReadAllText(file)))
            {
                // A role noun may also qualify another ("chief economist"): the modifier list is another part of speech.
                if (list.Groups[1].Value.EndsWith("Modifiers", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match word in Literal.Matches(list.Groups[3].Value))
                {
                    if (!spellings.TryGetValue(word.Groups[1].Value, out var lists))
                    {
                        spellings[word.Groups[1].Value] = lists = new List<string>();
                    }

                    lists.Add(list.Groups[1].Value);
                }
            }
        }

        var shared = EntityLexicon.SpokespersonNouns.Concat(EntityLexicon.OfficialNouns).Concat(EntityLexicon.OfficeHolderNouns).ToList();
        Assert.True(shared.Count >= 15);
        Assert.All(shared, noun => Assert.True(spellings[noun].Count == 1, $"'{noun}' is spelled in {string.Join(", ", spellings[noun])}"));
    }

    private static bool JoinedIgnoringCase(string source, string list) =>
        Regex.IsMatch(source, @"WordSets\.Of\(StringComparer\.OrdinalIgnoreCase[^;]*\b" + list + @"\b", RegexOptions.CultureInvariant);
}
