using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>A resource out of step with the generated code is refused with a message that says to rebuild, never read as wrong data.</summary>
public class ResourceCheckTests
{
    private static readonly TestSeed[] Seeds = { new("/p/a.txt", "BEIJING (AP) — First story."), new("/p/b.txt", "LONDON (AP) — Second story.") };

    [Fact]
    public void A_resource_built_from_other_seeds_is_refused()
    {
        var (_, output, _) = GeneratorHarness.Run(Seeds);
        var edited = Seeds.Select(s => s with { Text = s.Text.Replace("story", "tale", StringComparison.Ordinal) }).ToList();
        var assembly = CompiledCorpus.Load(output, GeneratorHarness.BuildResources(edited));

        var error = Assert.Throws<InvalidOperationException>(() => Articles(assembly));
        Assert.Contains("out of step", error.Message, StringComparison.Ordinal);
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_resource_is_refused()
    {
        var (_, output, _) = GeneratorHarness.Run(Seeds);
        var assembly = CompiledCorpus.Load(output, Array.Empty<Storage.CorpusResource>());

        var error = Assert.Throws<InvalidOperationException>(() => Articles(assembly));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_of_another_format_version_is_refused()
    {
        var (_, output, _) = GeneratorHarness.Run(Seeds);
        var resource = GeneratorHarness.BuildResources(Seeds).Single();
        var bytes = resource.Bytes.ToArray();
        bytes[Storage.CorpusFormat.VersionOffset]++;
        var assembly = CompiledCorpus.Load(output, new[] { resource with { Bytes = bytes } });

        var error = Assert.Throws<InvalidOperationException>(() => Articles(assembly));
        Assert.Contains("format version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_of_the_previous_format_from_an_older_package_is_refused_with_the_versions_and_what_to_do()
    {
        // Each format change bumps the version (6: the text index's term table as integers, not base-64 digits): an
        // old resource must never be read as the new layout.
        var (_, output, _) = GeneratorHarness.Run(Seeds);
        var resource = GeneratorHarness.BuildResources(Seeds).Single();
        var bytes = resource.Bytes.ToArray();
        var current = Storage.CorpusFormat.Version;
        Storage.CorpusFormat.WriteInt32(bytes, Storage.CorpusFormat.VersionOffset, current - 1);
        var assembly = CompiledCorpus.Load(output, new[] { resource with { Bytes = bytes } });

        var error = Assert.Throws<InvalidOperationException>(() => Articles(assembly));
        Assert.Contains($"has format version {current - 1}, this runtime reads version {current}", error.Message, StringComparison.Ordinal);
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_resource_is_refused()
    {
        var (_, output, _) = GeneratorHarness.Run(Seeds);
        var resource = GeneratorHarness.BuildResources(Seeds).Single();
        var assembly = CompiledCorpus.Load(output, new[] { resource with { Bytes = resource.Bytes.AsSpan(0, resource.Bytes.Length - 9).ToArray() } });

        var error = Assert.Throws<InvalidOperationException>(() => Articles(assembly));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_in_different_folders_write_identical_resources()
    {
        var elsewhere = Seeds.Select(s => s with { Path = "/somewhere/else/entirely" + s.Path }).ToList();

        Assert.Equal(GeneratorHarness.BuildResources(Seeds).Single().Bytes, GeneratorHarness.BuildResources(elsewhere).Single().Bytes);
    }

    // Reflection wraps the exception a property getter throws.
    private static ArticleList Articles(Assembly assembly)
    {
        try
        {
            return CompiledCorpus.Articles(assembly);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
