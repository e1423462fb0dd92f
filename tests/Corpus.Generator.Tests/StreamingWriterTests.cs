using System;
using System.IO;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Storage;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The build streams: seeds are read when parsed, each article goes to a spill as it comes (in parse order) and the
/// resource is copied out of it in member order. The task's file spill gives the bytes of the in-memory build, and
/// every article reads back as its own seed.
/// </summary>
public class StreamingWriterTests
{
    // Out of member order on purpose (z before a), with a seed left out (blank) and one listed twice.
    private static readonly SeedFile[] Seeds =
    {
        Seed("/p/zulu.txt", "ROME (AP) — The last story comes first.\n\n“We are ready,” the mayor said."),
        Seed("/p/blank.txt", "   \n"),
        Seed("/p/alpha.txt", "PARIS (AP) — The first story comes last. It has a café."),
        Seed("/p/mike.txt", "OSLO — A story in the middle.\n\nA second paragraph follows it."),
        Seed("/p/alpha.txt", "PARIS (AP) — The first story comes last. It has a café."),
    };

    [Fact]
    public void A_file_spill_writes_the_bytes_of_the_in_memory_build()
    {
        var inMemory = CorpusBuild.Run(Seeds, "Ns", textIndex: true).Resources.Single();
        var spillPath = Path.GetTempFileName();
        try
        {
            using var spill = new FileStream(spillPath, FileMode.Create, FileAccess.ReadWrite);
            var reads = 0;
            var plan = CorpusBuild.Plan(Seeds.Select(s => new SeedSource(s.Path, () => { System.Threading.Interlocked.Increment(ref reads); return s; })), "Ns", textIndex: true, projectDirectory: null, new ArticleSpill(spill));
            var resource = plan.Resources.Single();
            using var output = new MemoryStream();
            resource.WriteTo(output);

            Assert.Equal(4, reads); // a path listed twice is read once
            Assert.Equal(inMemory.ResourceName, resource.ResourceName);
            Assert.Equal(output.Length, resource.Length);
            Assert.Equal(inMemory.Bytes, output.ToArray());
        }
        finally
        {
            File.Delete(spillPath);
        }
    }

    [Fact]
    public void Articles_spilled_in_parse_order_read_back_in_member_order()
    {
        var test = Seeds.Take(4).Select(s => new TestSeed(s.Path, s.Text!)).ToList();
        var (_, output, _) = GeneratorHarness.Run(test);
        var articles = CompiledCorpus.Articles(CompiledCorpus.Load(output));

        Assert.Equal(new[] { "alpha", "mike", "zulu" }, articles.Select(a => a.Id).ToArray());
        Assert.Equal(new[] { "alpha.txt", "mike.txt", "zulu.txt" }, articles.Select(a => a.FileName).ToArray());
        Assert.StartsWith("PARIS", articles[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("OSLO", articles[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("ROME", articles[2].Text, StringComparison.Ordinal);
        Assert.Equal(2, articles[1].Paragraphs.Count);
    }

    [Fact]
    public void A_plan_knows_its_length_before_writing()
    {
        var plan = CorpusBuild.Plan(Seeds.Select(SeedSource.Of), null, textIndex: false, projectDirectory: null, new ArticleSpill(new MemoryStream()));
        var resource = plan.Resources.Single();
        using var output = new MemoryStream();
        resource.WriteTo(output);

        Assert.Equal(output.Length, resource.Length);
        Assert.True(resource.Length < CorpusResourceWriter.MaxLength);
        Assert.Equal(3, resource.ArticleCount); // the blank seed has no member, the repeated one is one
    }

    private static SeedFile Seed(string path, string text) => new(path, Path.GetFileName(path), "Seeds", text, DecodedAsUtf8: true);
}
