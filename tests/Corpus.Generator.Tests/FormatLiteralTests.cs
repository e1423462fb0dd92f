using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Every byte position of a corpus resource is named once, in the format files both sides compile
/// (src/Corpus.Runtime/Format/): a writer or reader that reads or writes at a bare number, or works out a section
/// table entry by hand, fails here.
/// </summary>
public class FormatLiteralTests
{
    private static readonly string[] WritersAndReaders =
    {
        "src/Corpus.Runtime/Storage/CorpusStore.cs",
        "src/Corpus.Runtime/Storage/StoredTextIndex.cs",
        "src/Corpus.Runtime/Format/ArticleTable.cs",
        "src/Corpus.Runtime/Article.cs",
        "src/Corpus.Runtime/Quotation.cs",
        "src/Corpus.Runtime/Index/IndexTable.cs",
        "src/Corpus.Runtime/Index/PostingCursor.cs",
        "src/Corpus.Runtime/Index/TextIndex.cs",
        "src/Corpus.Runtime/Index/TextHits.cs",
        "src/Corpus.Runtime/Queries/StoryTables.cs",
        "src/Corpus.Generator/Storage/CorpusResourceWriter.cs",
        "src/Corpus.Generator/Storage/ArticleTableBuilder.cs",
        "src/Corpus.Generator/Reporting/CorpusReport.cs",
        "src/Corpus.Generator/Storage/StoryTableEncoding.cs",
        "src/Corpus.Generator/Indexing/TextIndexBuilder.cs",
        "src/Corpus.Generator/Indexing/ArticlePostings.cs",
        "src/Corpus.Generator/Model/SeedDate.cs",
    };

    // A read or write at a number (ReadInt32(bytes, 16), bytes[4], At(27)); a section entry or date worked out by hand
    // (HeaderLength + section * 8, year << 9); a flag tested by its number (Flags & 4).
    private static readonly Regex BareOffset = new(
        @"(Read|Write)(U?Int(16|32|64))\w*\([^,()]+,\s*\d"
        + @"|\b(bytes|header|table|tail|_bytes)\[\s*[1-9]"
        + @"|\bAt\(\s*\d"
        + @"|HeaderLength\s*\+"
        + @"|section\w*\s*\*\s*8|\b8L?\s*\*\s*section"
        + @"|<<\s*(5|9)\b|>>\s*(5|9)\b"
        + @"|\b(Flags|flags|head)\s*&\s*\d",
        RegexOptions.CultureInvariant);

    [Fact]
    public void Writers_and_readers_name_every_position_of_the_format()
    {
        var root = DiagnosticTests.RepoRoot();
        var found = WritersAndReaders
            .SelectMany(file => File.ReadAllLines(Path.Combine(root, file)).Select((line, i) => (file, Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", System.StringComparison.Ordinal) && BareOffset.IsMatch(l.Text))
            .Select(l => $"{l.file}({l.Line}): {l.Text}")
            .ToList();

        Assert.True(found.Count == 0, "Bare offsets, flags or packing outside src/Corpus.Runtime/Format/:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_check_catches_a_bare_offset()
    {
        Assert.Matches(BareOffset, "var count = CorpusFormat.ReadInt32(bytes, 16);");
        Assert.Matches(BareOffset, "var entry = CorpusFormat.HeaderLength + (section * 8);");
        Assert.Matches(BareOffset, "bytes[4]++;");
        Assert.Matches(BareOffset, "return (Year << 9) | (Month << 5) | Day;");
        Assert.DoesNotMatch(BareOffset, "var count = CorpusFormat.ReadInt32(bytes, CorpusFormat.ArticleCountOffset);");
    }
}
