using System;
using Xunit;

namespace Corpus.Runtime.Tests;

/// <summary>
/// After first access, reading or enumerating any article, paragraph or quotation, or its text, allocates nothing.
/// Measured with the current thread's allocation counter, so other tests running in parallel do not interfere.
/// </summary>
public class ZeroAllocationTests
{
    [Fact]
    public void Reading_every_article_paragraph_and_quotation_allocates_nothing_after_first_access()
    {
        var warm = ReadEverything(); // first access: article objects and cached strings are created here.

        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = ReadEverything();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(warm, again);
        Assert.True(again > 0, "the walk must have read some text");
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Utf8_spans_allocate_nothing_even_on_first_access_of_an_article_view()
    {
        _ = Seeds._002_ce7064cef385668b; // create the article object
        var before = GC.GetAllocatedBytesForCurrentThread();
        long bytes = 0;
        foreach (var quotation in Seeds._002_ce7064cef385668b.Quotations)
        {
            bytes += quotation.Utf8.Length + quotation.SpeakerUtf8.Length + quotation.CueUtf8.Length;
        }

        foreach (var paragraph in Seeds._002_ce7064cef385668b.Paragraphs)
        {
            bytes += paragraph.Utf8.Length;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(bytes > 0);
    }

    [Fact]
    public void Lookup_by_id_allocates_nothing()
    {
        _ = Seeds.Find("003_0d319069ba9c6b8d");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Seeds.Find("003_0d319069ba9c6b8d".AsSpan());
        var missing = Seeds.Find("no-such-id".AsSpan());
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Same(Seeds._003_0d319069ba9c6b8d, found);
        Assert.Null(missing);
    }

    private static long ReadEverything()
    {
        long total = 0;
        foreach (var article in Seeds.Articles)
        {
            total += article.Utf8.Length + article.Text.Length + (article.Headline?.Length ?? 0) + (article.Dateline?.Length ?? 0) + (article.Agency?.Length ?? 0);
            total += article.Date?.Day ?? 0;
            foreach (var paragraph in article.Paragraphs)
            {
                total += paragraph.Utf8.Length + paragraph.Text.Length + (int)paragraph.Kind + paragraph.Start;
            }

            foreach (var quotation in article.Quotations)
            {
                total += quotation.Utf8.Length + quotation.Text.Length + (quotation.Speaker?.Length ?? 0) + (quotation.SpeakerAsWritten?.Length ?? 0)
                    + (quotation.Cue?.Length ?? 0) + (quotation.Marked ? 1 : 0) + quotation.Paragraph.Index + quotation.Start;
            }
        }

        return total;
    }
}
