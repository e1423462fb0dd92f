using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus;
using Corpus.Sample;

// The sample prints the corpus compiled from the seed folder: a readable summary by default,
// or, with --json, the whole corpus in the shape of the evaluation schema.
if (Array.IndexOf(args, "--help") >= 0 || Array.IndexOf(args, "-h") >= 0 || Array.IndexOf(args, "-?") >= 0)
{
    Console.WriteLine("""
        Corpus.Sample: prints the corpus that the Corpus generator compiled from the seed folder.

        Usage:
          dotnet run --project samples/Corpus.Sample [-- --json]
          dotnet run --project samples/Corpus.Sample -p:CorpusSeeds=/any/folder [-- --json]

        Options:
          --json      the whole corpus as JSON (the shape of the evaluation schema) instead of the summary
          -h, --help  this text

        The seeds are compiled in at build time: -p:CorpusSeeds chooses the folder (subfolders included).
        """);
    return 0;
}

if (Array.IndexOf(args, "--json") >= 0)
{
    CorpusJson.Write(Console.OpenStandardOutput());
    return 0;
}

if (args.Length > 0)
{
    Console.Error.WriteLine($"Unknown option '{args[0]}'; try --help.");
    return 2;
}

Console.WriteLine($"Corpus 'Seeds': {Seeds.Count} articles");
#if SAMPLE_SEEDS
// Only over the sample's own seeds: a folder of yours has its own diagnostics (and the build's report lists them).
Console.WriteLine("(Any CORPUS005 warnings of the build point at garbled quotation marks in these real scraped seeds: kept on purpose.)");
#endif
Console.WriteLine();
foreach (var article in Seeds.Articles)
{
    Console.WriteLine(article.Id);
    Console.WriteLine($"  date      {article.Date?.ToString("yyyy-MM-dd") ?? "(none)"}");
    Console.WriteLine($"  dateline  {article.Dateline ?? "(none)"}");
    Console.WriteLine($"  agency    {article.Agency ?? "(none)"}");
    Console.WriteLine($"  headline  {article.Headline ?? "(none)"}");
    Console.WriteLine($"  {article.Paragraphs.Count} paragraphs, {article.Quotations.Count} quotations");
    foreach (var quotation in article.Quotations)
    {
        var text = quotation.Text.Length > 70 ? quotation.Text[..67] + "..." : quotation.Text;
        var cue = quotation.Cue is null ? "" : " (" + quotation.Cue + ")";
        Console.WriteLine($"    {quotation.Speaker ?? "(no speaker)"}{cue}: \"{text}\"{(quotation.Marked ? "" : " [unmarked]")}");
    }

    Console.WriteLine();
}

Console.WriteLine("Speakers, most quoted first:");
foreach (var speaker in Seeds.Articles.Speakers())
{
    Console.WriteLine($"  {speaker.Count,3}  {speaker.Name}");
}

Console.WriteLine();
Console.WriteLine("People and organisations named in most articles:");
foreach (var name in Seeds.Names[..Math.Min(8, Seeds.Names.Length)])
{
    Console.WriteLine($"  {name.Name}: {name.Articles.Count} articles, {name.MentionCount} paragraphs, {name.Quotations.Count()} quotations");
}

Console.WriteLine();
Console.WriteLine("The compiled text index (no index is built at start-up):");
// The examples come from the corpus itself (its most quoted speaker and the words of a quotation), so they find
// something over any folder of seeds.
var example = SampleQueries.Of(Seeds.Articles);
if (example is { } query)
{
    Console.WriteLine($"  {query.Speaker} is quoted {Times(Seeds.Articles.QuotationsBy(query.Speaker).Count())}; '{query.Term}' occurs {Times(Seeds.Index.Term(query.Term).Count())}; '{query.Phrase}' {Times(Seeds.Index.Phrase(query.Phrase).Count())}, {Seeds.Index.Phrase(query.Phrase, TextScope.Quotations).Count()} of them in quotations");
}
else
{
    Console.WriteLine("  (no quotation with a speaker in this corpus to take an example from)");
}

Console.WriteLine();
Console.WriteLine("Stories told more than once:");
foreach (var story in Seeds.Stories)
{
    Console.WriteLine($"  {story.Articles.Count} articles, similarity {story.Similarity:0.00}:");
    foreach (var article in story.Articles)
    {
        Console.WriteLine($"    {article.Id}");
    }
}

Console.WriteLine();
Console.WriteLine("Quotations reported by several articles:");
foreach (var cluster in Seeds.QuotationClusters)
{
    Console.WriteLine($"  similarity {cluster.Similarity:0.00}:");
    foreach (var quotation in cluster)
    {
        var text = quotation.Text.Length > 60 ? quotation.Text[..57] + "..." : quotation.Text;
        Console.WriteLine($"    {quotation.Article.Id} {quotation.Speaker ?? "(no speaker)"}: \"{text}\"");
    }
}

return 0;

static string Times(int count) => count == 1 ? "once" : count + " times";

namespace Corpus.Sample
{
    /// <summary>Writes the corpus as JSON in the shape of the evaluation schema (see docs/generated-api.md).</summary>
    internal static class CorpusJson
    {
        public static void Write(Stream output)
        {
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using var json = new Utf8JsonWriter(output, options);
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var article in Seeds.Articles)
            {
                WriteArticle(json, article);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            output.WriteByte((byte)'\n');
        }

        private static void WriteArticle(Utf8JsonWriter json, Article article)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("date", article.Date?.ToString("yyyy-MM-dd"));
            json.WriteString("headline", article.Headline);
            json.WriteString("dateline", article.Dateline);
            json.WriteString("agency", article.Agency);
            json.WriteString("language", article.Language);
            json.WriteStartArray("paragraphs");
            foreach (var paragraph in article.Paragraphs)
            {
                json.WriteStartObject();
                json.WriteString("kind", paragraph.Kind.ToString().ToLowerInvariant());
                json.WriteString("text", paragraph.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("quotations");
            foreach (var quotation in article.Quotations)
            {
                json.WriteStartObject();
                json.WriteString("text", quotation.Text);
                json.WriteString("speaker", quotation.Speaker);
                json.WriteString("cue", quotation.Cue);
                json.WriteBoolean("marked", quotation.Marked);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
