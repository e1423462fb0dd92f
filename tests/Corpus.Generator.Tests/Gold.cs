using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Corpus.Generator.Tests;

/// <summary>The hand-made gold labels for the seeds (a copy of shared/eval/seeds.gold.json in tests/data).</summary>
internal static class Gold
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "seeds.gold.json"))));

    public static IEnumerable<JsonElement> Articles => Document.Value.RootElement.GetProperty("articles").EnumerateArray();

    public static JsonElement Article(string id)
    {
        foreach (var article in Articles)
        {
            if (article.GetProperty("id").GetString() == id)
            {
                return article;
            }
        }

        throw new KeyNotFoundException(id);
    }

    public static string? Field(JsonElement article, string name) =>
        article.GetProperty(name).ValueKind == JsonValueKind.Null ? null : article.GetProperty(name).GetString();
}
