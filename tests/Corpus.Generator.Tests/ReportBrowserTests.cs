using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Corpus.Generator.Tests;

/// <summary>
/// The report as a reader sees it: opened in a real headless browser (Debian's Chromium, which <c>.ci/run</c>
/// installs when it is missing; elsewhere the test is reported skipped, never passed), its DOM read back after load
/// and a screenshot kept beside the test output.
/// </summary>
public class ReportBrowserTests
{
    private static readonly string[] BrowserPaths = { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };

    private readonly ITestOutputHelper _output;

    public ReportBrowserTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void The_report_renders_in_a_browser_with_article_text_as_text()
    {
        var browser = Environment.GetEnvironmentVariable("CORPUS_BROWSER") is { Length: > 0 } chosen ? chosen : BrowserPaths.FirstOrDefault(File.Exists);
        // CI (.ci/run) installs Chromium and sets CORPUS_REQUIRE_BROWSER: there a missing browser fails, elsewhere it skips.
        Assert.False(browser is null && Environment.GetEnvironmentVariable("CORPUS_REQUIRE_BROWSER") == "1", "CORPUS_REQUIRE_BROWSER is set but no Chromium was found");
        Skip.If(browser is null, "no Chromium on this machine (apt-get install -y chromium, or set CORPUS_BROWSER)");

        var (_, html, counts) = GeneratorHarness.Reports(ReportTests.Seeds).Single();
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "report");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "Seeds.html");
        File.WriteAllText(page, html);

        var dom = Run(browser!, $"--dump-dom \"file://{page}\"");
        var screenshot = Path.Combine(folder, "Seeds.png");
        File.Delete(screenshot);
        Run(browser!, $"--screenshot=\"{screenshot}\" --window-size=1200,1600 --hide-scrollbars \"file://{page}\"");
        _output.WriteLine("screenshot: " + screenshot);
        _output.WriteLine("report: " + page);

        // The page loaded as written: the title is the report's (the article's script would have changed it), and the
        // browser made no element of the article's markup: no script, no image, no bold.
        Assert.Contains("<title>Corpus Seeds: 4 articles</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document.title='owned'&lt;/script&gt;", dom, StringComparison.Ordinal);

        // What a reader sees: the summary, one article element per article, every quotation highlighted with its label.
        Assert.Contains($"<dt>Quotations</dt><dd>{counts.Quotations}</dd>", dom, StringComparison.Ordinal);
        Assert.Equal(counts.Articles, Regex.Count(dom, "<article id=\"a\\d+\""));
        Assert.Equal(counts.Quotations + 2, Regex.Count(dom, "<mark class=\"q[ \"][^>]*><span class=\"who\">"));
        Assert.Contains("<span class=\"who\">no speaker</span>sincere and useful</mark>", dom, StringComparison.Ordinal);

        // The screenshot is a real image of the page.
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000, $"screenshot of {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    // The flags that work headless on a closed network, and a fresh profile each run.
    private static string Run(string browser, string arguments)
    {
        var profile = Path.Combine(Path.GetTempPath(), "corpus-browser-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(browser, $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=\"{profile}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "the browser did not finish in a minute");
            Assert.True(process.ExitCode == 0, $"the browser failed ({process.ExitCode}): {error.Result}");
            return output;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile left in the temp folder is harmless.
            }
        }
    }
}
