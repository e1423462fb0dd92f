using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>
/// A project made the way a new user makes one: <c>dotnet new TEMPLATE</c> in a temporary folder outside the repo,
/// then <c>dotnet add package Corpus</c> from the local feed, seed files, and the README's <c>AdditionalFiles</c> line.
/// </summary>
public sealed class FreshProject
{
    /// <summary>The item the README tells users to add: every seed file joins the corpus class <c>News</c>.</summary>
    public const string SeedItem = """<AdditionalFiles Include="seeds/**/*.txt" Corpus="News" />""";

    /// <summary>A seed whose date header is not a real date: CORPUS004 at the value, line 1 column 7.</summary>
    public const string BrokenSeed = " date 2023-13-45 \n\nA story whose date header is broken.\n";

    private FreshProject(string folder, string name)
    {
        Folder = folder;
        Name = name;
    }

    public string Folder { get; }

    public string Name { get; }

    public string ProjectFile => Path.Combine(Folder, Name + ".csproj");

    /// <summary>Creates the project from a template and adds the package, as the README says.</summary>
    public static FreshProject Create(PackageFeed feed, string template, string name, string templateArguments = "")
    {
        var parent = feed.NewFolder(name + "-" + Guid.NewGuid().ToString("N")[..6]);
        var project = new FreshProject(Path.Combine(parent, name), name);
        Succeeds(DotNet.Run(parent, $"new {template} -n {name} -o {name} --no-restore {templateArguments}"));
        Succeeds(DotNet.Run(project.Folder, $"add package Corpus --version {feed.Version}"));
        return project;
    }

    /// <summary>Copies seeds from samples/Corpus.Sample/seeds into the project's seeds/ folder.</summary>
    public FreshProject WithSampleSeeds(params string[] names)
    {
        PackageFeed.CopySeeds(Path.Combine(Folder, "seeds"), names);
        return this;
    }

    /// <summary>
    /// The README's own folder layout (its <c>seed-layout</c> block: the same file name in two folders), each file a
    /// short story of its own with one attributed quotation.
    /// </summary>
    public FreshProject WithReadmeLayout()
    {
        var paths = ReadmeLayoutPaths;
        Assert.NotEmpty(paths);
        for (var i = 0; i < paths.Length; i++)
        {
            WithFile(paths[i], ReadmeStories[i % ReadmeStories.Length]);
        }

        return this;
    }

    /// <summary>The paths of <see cref="WithReadmeLayout"/>, as the README lists them.</summary>
    public static string[] ReadmeLayoutPaths =>
        ReadmeBlocks.Get("seed-layout").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly string[] ReadmeStories =
    {
        " date 2024-03-01\n\nMarkets steady after a quiet week\n\nLONDON (Reuters) - Shares ended the week little changed.\n\n“Investors are waiting for the central bank,” said Jane Roe, an analyst at Example Bank.\n",
        " date 2024-03-02\n\nCity win the derby\n\nMANCHESTER (AP) — City beat United 2-1 on Saturday.\n\n“We never stopped believing,” coach Sam Hill said.\n",
        " date 2024-03-03\n\nSummit ends with a pledge\n\nGENEVA (AFP) - Leaders agreed on Sunday to meet again next year.\n\n“This is a beginning, not an end,” Foreign Minister Ana Lima told reporters.\n",
    };

    public FreshProject WithFile(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public FreshProject WithoutFile(string relativePath)
    {
        File.Delete(Path.Combine(Folder, relativePath));
        return this;
    }

    /// <summary>Adds elements to the project file: properties go in a new PropertyGroup, items in a new ItemGroup.</summary>
    public FreshProject WithProperties(string properties) => InsertBeforeProjectEnd($"  <PropertyGroup>\n    {properties}\n  </PropertyGroup>\n");

    public FreshProject WithItems(string items) => InsertBeforeProjectEnd($"  <ItemGroup>\n    {items}\n  </ItemGroup>\n");

    /// <summary>Replaces text in the project file (e.g. a package reference the template added).</summary>
    public FreshProject EditProject(Func<string, string> edit)
    {
        File.WriteAllText(ProjectFile, edit(File.ReadAllText(ProjectFile)));
        return this;
    }

    public DotNet.Result Build() => DotNet.Run(Folder, "build");

    public DotNet.Result Run(string arguments = "") => DotNet.Run(Folder, "run --no-build " + arguments);

    public DotNet.Result Test(string arguments = "") => DotNet.Run(Folder, "test --no-build " + arguments);

    public string ReadAllText(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public static DotNet.Result Succeeds(DotNet.Result result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    public static DotNet.Result Fails(DotNet.Result result)
    {
        Assert.True(result.ExitCode != 0, "expected a failure, got:\n" + result);
        return result;
    }

    /// <summary>Lines of the output that report compiler diagnostics with this id prefix (CS, CORPUS), e.g. "error CS".</summary>
    public static int Count(DotNet.Result result, string pattern) => Regex.Count(result.Output, Regex.Escape(pattern));

    private FreshProject InsertBeforeProjectEnd(string xml) =>
        EditProject(text =>
        {
            var end = text.LastIndexOf("</Project>", StringComparison.Ordinal);
            return text[..end] + xml + text[end..];
        });
}
