using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Corpus.Synth;

/// <summary>One synthetic seed file: its name and its text.</summary>
public sealed record SynthArticle(string FileName, string Text);

/// <summary>
/// A deterministic synthetic corpus. Article <c>i</c> of seed <c>s</c> depends on (s, i) alone, so a larger corpus
/// starts with the same files as a smaller one, and output never depends on time, culture or the .NET version.
/// </summary>
public static class SynthCorpus
{
    /// <summary>One megabyte as --megabytes counts it (10^6 bytes of UTF-8).</summary>
    public const long Megabyte = 1_000_000;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Article <paramref name="index"/> of the corpus with seed <paramref name="seed"/>.</summary>
    public static SynthArticle Article(ulong seed, int index)
    {
        var random = SplitMix64.For(seed, (ulong)index);
        var name = string.Create(CultureInfo.InvariantCulture, $"{index:D5}_{random.Next():x16}.txt");
        var target = random.Between(2_000, 7_500); // about 5 KB on average: 20,000 articles is about 100 MB
        return new SynthArticle(name, new ArticleWriter(random).Write(target));
    }

    /// <summary>The first <paramref name="count"/> articles.</summary>
    public static IEnumerable<SynthArticle> Articles(ulong seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Article(seed, i);
        }
    }

    /// <summary>Articles until their UTF-8 size reaches <paramref name="bytes"/>.</summary>
    public static IEnumerable<SynthArticle> ArticlesOfSize(ulong seed, long bytes)
    {
        long total = 0;
        for (var i = 0; total < bytes; i++)
        {
            var article = Article(seed, i);
            total += Utf8NoBom.GetByteCount(article.Text);
            yield return article;
        }
    }

    /// <summary>The bytes a seed file holds (UTF-8, no BOM).</summary>
    public static byte[] Bytes(SynthArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Utf8NoBom.GetBytes(article.Text);
    }

    /// <summary>Writes the articles to <paramref name="folder"/>; returns (files, bytes).</summary>
    public static (int Files, long Bytes) Write(IEnumerable<SynthArticle> articles, string folder)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Directory.CreateDirectory(folder);
        var files = 0;
        long bytes = 0;
        foreach (var article in articles)
        {
            var data = Bytes(article);
            File.WriteAllBytes(Path.Combine(folder, article.FileName), data);
            files++;
            bytes += data.Length;
        }

        return (files, bytes);
    }
}
