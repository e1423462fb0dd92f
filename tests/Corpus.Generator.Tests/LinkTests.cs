using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Every link a package user meets (the packed README, each diagnostic's help link) is absolute, points into this
/// repository, and names a file and a heading that exist: a relative link does not resolve on a package page.
/// </summary>
public sealed class LinkTests
{
    /// <summary>The repository the package names (PackageProjectUrl); links into it are read as paths of this clone.</summary>
    private const string RepositoryBlob = "https://github.com/corpus-dotnet/corpus/blob/main/";

    private static readonly Regex MarkdownLink = new(@"\]\(([^)\s]+)\)", RegexOptions.CultureInvariant);

    private static readonly Regex RepositoryUrl = new(Regex.Escape(RepositoryBlob) + @"[^\s)>""']+", RegexOptions.CultureInvariant);

    [Fact]
    public void The_readme_has_no_relative_links()
    {
        var relative = MarkdownLink.Matches(Readme()).Select(match => match.Groups[1].Value)
            .Where(target => !target.StartsWith("https://", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(relative);
    }

    [Fact]
    public void Every_readme_link_into_the_repository_resolves_to_a_file_and_heading()
    {
        var links = RepositoryUrl.Matches(Readme()).Select(match => match.Value.TrimEnd('.', ',', ';', ':')).Distinct().ToList();

        Assert.NotEmpty(links);
        Assert.All(links, AssertResolves);
    }

    [Fact]
    public void Every_diagnostic_help_link_resolves_to_its_section()
    {
        foreach (var descriptor in Diagnostics.DiagnosticCatalog.All)
        {
            AssertResolves(descriptor.HelpLinkUri);
        }
    }

    private static void AssertResolves(string url)
    {
        Assert.StartsWith(RepositoryBlob, url, StringComparison.Ordinal);
        var relative = url.Substring(RepositoryBlob.Length);
        var hash = relative.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? relative : relative.Substring(0, hash);
        var full = Path.Combine(DiagnosticTests.RepoRoot(), path.Replace('/', Path.DirectorySeparatorChar));
        Assert.True(File.Exists(full) || Directory.Exists(full), url + ": no " + path + " in the repository");
        if (hash >= 0)
        {
            var anchor = relative.Substring(hash + 1);
            Assert.True(Anchors(full).Contains(anchor), url + ": no heading with the anchor #" + anchor + " in " + path);
        }
    }

    /// <summary>The anchors GitHub makes of a markdown file's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors(string markdownFile)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(markdownFile))
        {
            if (!line.StartsWith('#'))
            {
                continue;
            }

            var text = line.TrimStart('#').Trim().ToLowerInvariant();
            var anchor = new string(text.Where(c => char.IsLetterOrDigit(c) || c == ' ' || c == '-' || c == '_').ToArray()).Replace(' ', '-');
            var unique = anchor;
            for (var n = 1; !anchors.Add(unique); n++)
            {
                unique = anchor + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return anchors;
    }

    private static string Readme() => File.ReadAllText(Path.Combine(DiagnosticTests.RepoRoot(), "README.md"));
}
