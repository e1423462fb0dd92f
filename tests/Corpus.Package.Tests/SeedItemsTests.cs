using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>How AdditionalFiles items reach the generator in a real build: one Corpus value per file, paths relative to the project.</summary>
[Collection(PackageFeedCollectionDefinition.Name)]
public sealed class SeedItemsTests
{
    private readonly PackageFeed _feed;

    public SeedItemsTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void A_file_in_two_corpora_is_reported_naming_both_and_same_named_files_get_ids_relative_to_the_project()
    {
        var project = FreshProject.Create(_feed, "console", "Items")
            .WithFile("sport/update.txt", "LONDON (AP) — The club won its match on Saturday.\n")
            .WithFile("world/update.txt", "PARIS (AP) — The summit ended on Sunday.\n")
            .WithFile("Program.cs", "foreach (var article in Items.News.Articles) System.Console.WriteLine(\"id \" + article.Id);\nSystem.Console.WriteLine(\"found \" + Items.News.Find(\"sport/update\")?.FileName);\n")
            .WithItems("<AdditionalFiles Include=\"*/*.txt\" Corpus=\"News\" />\n    <AdditionalFiles Include=\"sport/*.txt\" Corpus=\"Sport\" />");

        // MSBuild keeps the last item's Corpus for a file: the build names both corpora, at the file.
        var build = FreshProject.Succeeds(project.Build());
        Assert.Matches(@"sport[/\\]update\.txt ?: warning CORPUS020: Seed file 'update\.txt' is listed by AdditionalFiles items of several corpora \(News, Sport\)", build.Output);

        // One item per file: both update.txt in News, told apart by their paths relative to the project.
        project.EditProject(text => text.Replace("<AdditionalFiles Include=\"sport/*.txt\" Corpus=\"Sport\" />", string.Empty, StringComparison.Ordinal));
        FreshProject.Succeeds(project.Build());
        var run = FreshProject.Succeeds(project.Run());
        Assert.Contains("id sport/update", run.Output, StringComparison.Ordinal);
        Assert.Contains("id world/update", run.Output, StringComparison.Ordinal);
        Assert.Contains("found update.txt", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CORPUS020", FreshProject.Succeeds(project.Build()).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_that_references_the_package_and_marks_no_file_is_told_the_line_to_add()
    {
        var project = FreshProject.Create(_feed, "console", "Unmarked")
            .WithFile("seeds/story.txt", "LONDON (AP) — The club won its match on Saturday.\n")
            .WithItems("<AdditionalFiles Include=\"seeds/*.txt\" />"); // the Corpus metadata forgotten

        var build = FreshProject.Succeeds(project.Build());
        // At the project file, not at the package's targets file in the NuGet cache.
        Assert.Matches(@"Unmarked\.csproj ?: warning CORPUS022", build.Output);
        Assert.DoesNotMatch(@"Corpus\.props.*warning CORPUS022", build.Output);
        Assert.Matches(@"warning CORPUS022: This project references the Corpus package but marks no file as an article: add <AdditionalFiles Include=""seeds/\*\*/\*\.txt"" Corpus=""News"" />", build.Output);

        project.EditProject(text => text.Replace("<AdditionalFiles Include=\"seeds/*.txt\" />", FreshProject.SeedItem, StringComparison.Ordinal));
        Assert.DoesNotContain("CORPUS022", FreshProject.Succeeds(project.Build()).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CorpusTypedMemberLimit_reaches_the_generator_a_larger_corpus_has_Find_and_no_members()
    {
        var project = ThreeArticles(FreshProject.Create(_feed, "console", "Limited"))
            .WithFile("Program.cs", "System.Console.WriteLine(\"count \" + News.Count + \" found \" + News.Find(\"bridge\")?.FileName);\n")
            .WithProperties("<CorpusTypedMemberLimit>2</CorpusTypedMemberLimit>")
            .WithItems(FreshProject.SeedItem);

        // Three articles, limit two: no member per article, and Find still reads each one.
        FreshProject.Succeeds(project.Build());
        Assert.Contains("count 3 found bridge.txt", FreshProject.Succeeds(project.Run()).Output, StringComparison.Ordinal);
        project.WithFile("Program.cs", "System.Console.WriteLine(\"member \" + News.bridge.FileName);\n");
        Assert.Contains("error CS0117", FreshProject.Fails(project.Build()).Output, StringComparison.Ordinal);

        // Raised to three, the members are back.
        project.EditProject(text => text.Replace("<CorpusTypedMemberLimit>2</CorpusTypedMemberLimit>", "<CorpusTypedMemberLimit>3</CorpusTypedMemberLimit>", StringComparison.Ordinal));
        FreshProject.Succeeds(project.Build());
        Assert.Contains("member bridge.txt", FreshProject.Succeeds(project.Run()).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_seed_is_parsed_again_and_the_others_come_from_the_parse_cache()
    {
        var project = ThreeArticles(FreshProject.Create(_feed, "console", "Cached"))
            .WithFile("Program.cs", "System.Console.WriteLine(\"bytes \" + News.bridge.Utf8.Length + \" count \" + News.Count"
                + " + \" hits \" + News.Index.Phrase(\"harbour reopened\").Count() + \"/\" + News.Index.Phrase(\"market moved\").Count() + \"/\" + News.Index.Term(\"reopened\").Count());\n")
            .WithItems(FreshProject.SeedItem);
        // -v:n shows the task's steps, among them how many seeds it parsed and how many came from the cache.
        Assert.Contains("read 3 seeds: 3 parsed, 0 from the parse cache", FreshProject.Succeeds(DotNet.Run(project.Folder, "build -v:n")).Output, StringComparison.Ordinal);
        var before = FreshProject.Succeeds(project.Run()).Output;
        Assert.Contains("hits 1/1/1", before, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.Folder, "obj", "Debug", "net10.0", "corpus", "seeds", "digests.pack")));

        System.Threading.Thread.Sleep(1100); // a later write time than the first build's, on any file system
        project.WithFile("seeds/bridge.txt", "PARIS (AP) — The bridge closed on Sunday, and reopened on Monday.\n");
        Assert.Contains("read 3 seeds: 1 parsed, 2 from the parse cache", FreshProject.Succeeds(DotNet.Run(project.Folder, "build -v:n")).Output, StringComparison.Ordinal);
        var after = FreshProject.Succeeds(project.Run()).Output;

        Assert.Contains("count 3", after, StringComparison.Ordinal);
        Assert.Contains("hits 1/1/2", after, StringComparison.Ordinal); // the index joins two cached articles' words and the fresh one's
        Assert.Equal(Bytes(before) + " and reopened on Monday,".Length, Bytes(after)); // ASCII added: one byte a character

        // Nothing changed: the task does not run at all (its inputs are older than its outputs).
        Assert.DoesNotContain("read 3 seeds", FreshProject.Succeeds(DotNet.Run(project.Folder, "build -v:n")).Output, StringComparison.Ordinal);
    }

    private static FreshProject ThreeArticles(FreshProject project) => project
        .WithFile("seeds/harbour.txt", "LONDON (AP) — The harbour reopened on Saturday.\n")
        .WithFile("seeds/bridge.txt", "PARIS (AP) — The bridge closed on Sunday.\n")
        .WithFile("seeds/market.txt", "ROME (AP) — The market moved on Monday.\n");

    private static int Bytes(string output) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(output, @"bytes (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
