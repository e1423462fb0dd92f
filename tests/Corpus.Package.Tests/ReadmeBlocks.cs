using System;
using System.IO;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>
/// The README's code blocks, word for word: each follows a <c>&lt;!-- readme-block: NAME --&gt;</c> comment (invisible on
/// the package page). The fresh-project tests use them unchanged, so what a user copies is what is tested.
/// </summary>
public static class ReadmeBlocks
{
    public static string Get(string name)
    {
        var readme = File.ReadAllText(Path.Combine(DotNet.RepoRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var marker = "<!-- readme-block: " + name + " -->\n```";
        var start = readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no block " + name);
        var body = readme.IndexOf('\n', start + marker.Length) + 1;
        var end = readme.IndexOf("\n```", body - 1, StringComparison.Ordinal);
        Assert.True(end > body, "README.md block " + name + " is not closed");
        return readme[body..(end + 1)];
    }
}
