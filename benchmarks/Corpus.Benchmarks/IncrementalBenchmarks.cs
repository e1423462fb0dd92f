using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// What an edit costs in the IDE: a generator driver that has already run over a 1,000-file corpus runs again after
/// one seed is edited, and after a C# file of the project is edited, against a full run of the same corpus (the
/// baseline). Each invocation starts from the same warm driver (drivers are immutable), so each measures one edit.
/// </summary>
public class IncrementalBenchmarks
{
    public const int Files = 1000;

    private GeneratorInputs? _inputs;
    private GeneratorDriver? _warm;
    private AdditionalText? _original;
    private AdditionalText? _edited;
    private Compilation? _codeEdited;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = GeneratorInputs.OfArticles(Files);
        _warm = _inputs.NewDriver().RunGenerators(_inputs.Compilation);
        _original = _inputs.Texts[Files / 2];
        _edited = GeneratorInputs.Edited(_original);
        _codeEdited = _inputs.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Bench; internal static class Edited { }"));
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => _inputs!.NewDriver().RunGenerators(_inputs.Compilation);

    [Benchmark]
    public GeneratorDriver OneSeedEdited() => _warm!.ReplaceAdditionalText(_original!, _edited!).RunGenerators(_inputs!.Compilation);

    [Benchmark]
    public GeneratorDriver CodeFileEdited() => _warm!.RunGenerators(_codeEdited!);
}
