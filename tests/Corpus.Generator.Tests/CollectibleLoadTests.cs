using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Articles and the text index read a collectible assembly's mapped resource in place: while any of them is reachable
/// the load context must stay loaded, or their text would be read from freed memory.
/// </summary>
public class CollectibleLoadTests
{
    [Fact]
    public void Articles_and_index_keep_a_collectible_assembly_loaded()
    {
        var seeds = new List<TestSeed>
        {
            new("/p/alpha.txt", "Alpha headline\n\nThe harbour opened on Monday. “We waited years,” the mayor said.\n"),
            new("/p/beta.txt", "Beta headline\n\nThe bridge closed for repairs on Tuesday.\n"),
        };

        var (context, articles, index, expected) = LoadAndForgetTheAssembly(seeds);
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.True(context.IsAlive, "reachable articles keep their load context loaded");
        Assert.Equal(expected, Texts(articles));
        Assert.Single(index.Term("harbour").ToList());
        GC.KeepAlive(articles);
        GC.KeepAlive(index);
    }

    // Returns only runtime objects and a weak reference to the context: nothing here roots the generated assembly.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Context, ArticleList Articles, TextIndex Index, List<string> Texts) LoadAndForgetTheAssembly(List<TestSeed> seeds)
    {
        var (_, output, _) = GeneratorHarness.Run(seeds);
        var assembly = CompiledCorpus.Load(output);
        var context = AssemblyLoadContext.GetLoadContext(assembly)!;
        Assert.True(context.IsCollectible);
        var type = assembly.GetType(GeneratorHarness.Namespace + ".Seeds", throwOnError: true)!;
        var index = (TextIndex)type.GetProperty("Index")!.GetValue(null)!;
        var articles = CompiledCorpus.Articles(assembly);
        context.Unload(); // unloads once nothing reachable holds the assembly
        return (new WeakReference(context), articles, index, Texts(articles));
    }

    private static List<string> Texts(ArticleList articles) =>
        articles.SelectMany(a => a.Paragraphs.Select(p => a.Id + ": " + p.Text)).ToList();
}
