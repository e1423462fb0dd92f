using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The compiler drops duplicate diagnostics through a hash set, and Roslyn's hash of a diagnostic leaves the location
/// out: a corpus's thousands of diagnostics of one id must still hash apart (else reporting them is quadratic), while
/// what users see stays the catalogue's and a diagnostic reported twice is still one.
/// </summary>
public class DiagnosticHashTests
{
    private static PathIssue At(string path, int line, int column, params string[] arguments) =>
        new(path, new SeedIssue(DiagnosticIds.UnbalancedQuotationMark, new TextRange(line * 100 + column, 1), new LineSpan(line, column, line, column + 1), arguments.ToEquatableArray()));

    [Fact]
    public void Diagnostics_of_one_id_and_message_at_different_places_hash_apart()
    {
        var diagnostics = new List<Diagnostic>();
        for (var file = 0; file < 40; file++)
        {
            for (var line = 0; line < 50; line++)
            {
                diagnostics.Add(DiagnosticFactory.Create(At($"/p/seeds/{file:D3}.txt", line, 7, "A quotation mark opens a quotation that is never closed")));
            }
        }

        var hashes = diagnostics.Select(d => d.GetHashCode()).Distinct().Count();
        Assert.True(hashes >= diagnostics.Count * 99 / 100, $"{hashes} distinct hash codes for {diagnostics.Count} diagnostics");
        Assert.Equal(diagnostics.Count, new HashSet<Diagnostic>(diagnostics).Count);
    }

    [Fact]
    public void The_same_problem_reported_twice_is_one_diagnostic()
    {
        var first = DiagnosticFactory.Create(At("/p/seeds/a.txt", 3, 4, "message"));
        var second = DiagnosticFactory.Create(At("/p/seeds/a.txt", 3, 4, "message"));

        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(first.Descriptor, second.Descriptor);
        Assert.NotEqual(first.Descriptor, DiagnosticFactory.Create(At("/p/seeds/a.txt", 4, 4, "message")).Descriptor);
    }

    [Fact]
    public void What_users_see_is_the_catalogue_entry()
    {
        var diagnostic = DiagnosticFactory.Create(At("/p/seeds/a.txt", 3, 4, "Closing quotation mark has no opening mark"));
        var catalogue = DiagnosticDescriptors.ForId(DiagnosticIds.UnbalancedQuotationMark);
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
        Assert.Equal("Closing quotation mark has no opening mark", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new LinePosition(3, 4), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void A_problem_of_no_file_keeps_the_catalogue_descriptor()
    {
        var diagnostic = DiagnosticFactory.Create(PathIssue.AtFile(DiagnosticIds.LanguageVersionTooLow, string.Empty, "9"));

        Assert.Same(DiagnosticDescriptors.ForId(DiagnosticIds.LanguageVersionTooLow), diagnostic.Descriptor);
    }
}
