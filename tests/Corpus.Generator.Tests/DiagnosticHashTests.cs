using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Diagnostics.Compiler;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The compiler drops duplicate diagnostics through a hash set, and Roslyn's hash of a diagnostic leaves the location
/// out: a corpus's thousands of diagnostics of one id must still spread over many hash codes (else reporting them is
/// quadratic), while what users see stays the catalogue's and a diagnostic reported twice is still one.
/// </summary>
public class DiagnosticHashTests
{
    private const string Message = "A quotation mark opens a quotation that is never closed";

    private static PathIssue At(string path, int line, int column, string message = Message) =>
        new(path, new SeedIssue(DiagnosticCatalog.UnbalancedQuotationMark, new TextRange((line * 100) + column, 1), new LineSpan(line, column, line, column + 1), new[] { message }.ToEquatableArray()));

    private static EquatableArray<PathIssue> Batch(int files, int linesPerFile) =>
        Enumerable.Range(0, files).SelectMany(file => Enumerable.Range(0, linesPerFile).Select(line => At($"/p/seeds/{file:D3}.txt", line, 7))).ToEquatableArray();

    [Fact]
    public void A_large_batch_of_one_id_and_message_spreads_over_many_hash_codes()
    {
        var diagnostics = DiagnosticFactory.CreateAll(Batch(80, 50));

        var largestRunOfEqualHashes = diagnostics.GroupBy(d => d.GetHashCode()).Max(group => group.Count());
        Assert.True(largestRunOfEqualHashes <= 2 * DescriptorVariants.PerVariant, $"{largestRunOfEqualHashes} diagnostics share one hash code");
        Assert.Equal(diagnostics.Length, new HashSet<Diagnostic>(diagnostics).Count);
    }

    [Fact]
    public void Descriptor_copies_are_one_per_PerVariant_diagnostics()
    {
        var diagnostics = DiagnosticFactory.CreateAll(Batch(80, 50));

        var copies = diagnostics.Select(d => d.Descriptor).Distinct().Count();
        Assert.Equal((4000 + DescriptorVariants.PerVariant - 1) / DescriptorVariants.PerVariant, copies);
    }

    [Fact]
    public void A_small_batch_keeps_the_catalogue_descriptor()
    {
        var diagnostics = DiagnosticFactory.CreateAll(Batch(4, DescriptorVariants.PerVariant / 4));
        var catalogue = DiagnosticCatalog.ForId(DiagnosticCatalog.UnbalancedQuotationMark);

        Assert.All(diagnostics, d => Assert.Same(catalogue, d.Descriptor));
    }

    [Fact]
    public void The_same_problem_reported_twice_is_one_diagnostic()
    {
        var first = DiagnosticFactory.CreateAll(Batch(80, 50));
        var second = DiagnosticFactory.CreateAll(Batch(80, 50));

        Assert.Equal(first, second);
        Assert.Equal(first.Select(d => d.GetHashCode()), second.Select(d => d.GetHashCode()));
        Assert.Equal(first.Length, new HashSet<Diagnostic>(first.Concat(second)).Count);
    }

    [Fact]
    public void What_users_see_is_the_catalogue_entry()
    {
        var catalogue = DiagnosticCatalog.ForId(DiagnosticCatalog.UnbalancedQuotationMark);
        var diagnostics = DiagnosticFactory.CreateAll(Batch(80, 50));
        Assert.Contains(diagnostics, d => !ReferenceEquals(d.Descriptor, catalogue));

        foreach (var diagnostic in diagnostics)
        {
            var descriptor = diagnostic.Descriptor;
            Assert.Equal(catalogue.Id, descriptor.Id);
            Assert.Equal(catalogue.Title.ToString(), descriptor.Title.ToString());
            Assert.Equal(catalogue.MessageFormat.ToString(), descriptor.MessageFormat.ToString());
            Assert.Equal(catalogue.Description.ToString(), descriptor.Description.ToString());
            Assert.Equal(catalogue.Category, descriptor.Category);
            Assert.Equal(catalogue.DefaultSeverity, descriptor.DefaultSeverity);
            Assert.Equal(catalogue.IsEnabledByDefault, descriptor.IsEnabledByDefault);
            Assert.Equal(catalogue.HelpLinkUri, descriptor.HelpLinkUri);
            Assert.Equal(catalogue.CustomTags, descriptor.CustomTags);
            Assert.Equal(Message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(new LinePosition(3, 7), diagnostics[3].Location.GetLineSpan().StartLinePosition);
    }

    [Theory]
    [InlineData(ReportDiagnostic.Error, 4000)]
    [InlineData(ReportDiagnostic.Suppress, 0)]
    public void Project_severities_apply_to_every_copy(ReportDiagnostic severity, int reported)
    {
        var compilation = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.Compilation().Options
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { [DiagnosticCatalog.UnbalancedQuotationMark] = severity }));
        Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new BatchReporter(Batch(80, 50)))
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        Assert.Equal(reported, diagnostics.Count(d => d.Id == DiagnosticCatalog.UnbalancedQuotationMark));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void A_problem_of_no_file_keeps_the_catalogue_descriptor()
    {
        var diagnostic = DiagnosticFactory.CreateAll(new[] { PathIssue.AtFile(DiagnosticCatalog.LanguageVersionTooLow, string.Empty, "9") }.ToEquatableArray()).Single();

        Assert.Same(DiagnosticCatalog.ForId(DiagnosticCatalog.LanguageVersionTooLow), diagnostic.Descriptor);
    }

    /// <summary>Reports one batch through the generator's report path, so the driver applies the project's severities.</summary>
    private sealed class BatchReporter(EquatableArray<PathIssue> batch) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (spc, _) => DiagnosticFactory.Report(spc, batch));
    }
}
