using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Indexing;

/// <summary>
/// The text index's part of the pipeline, kept apart from <see cref="CorpusGenerator"/> so the two change independently:
/// ParsedArticles ─Select→ ArticleTokens (per seed) ─Collect+Layout→ TextIndexes (per corpus) → Corpus.Name.Index.g.cs.
/// Editing one seed re-tokenises that seed alone; the index of its corpus is rebuilt from the cached tokens.
/// </summary>
public static class TextIndexPipeline
{
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ParsedSeed> parsed,
        IncrementalValueProvider<CorpusLayout> layout,
        IncrementalValueProvider<(GeneratorOptions Options, LanguageSupport Language)> settings)
    {
        var enabled = settings.Select((s, _) => s.Options.TextIndex && s.Language.Supported);
        var tokens = parsed
            .Where(seed => seed.Article is not null)
            .Combine(enabled)
            .Select((input, _) => TokenizeSafely(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ArticleTokens);

        var indexes = tokens
            .Collect()
            .Combine(layout)
            .Combine(settings)
            .Select((input, cancellationToken) => TextIndexOutput.Create(input.Left.Left, input.Left.Right, input.Right.Options, input.Right.Language, cancellationToken))
            .WithTrackingName(TrackingNames.TextIndexes);
        context.RegisterSourceOutput(indexes, Emit);
    }

    // The generator never throws: a failure leaves the seed out of the index and is reported with the index.
    private static ArticleTokens TokenizeSafely(ParsedSeed seed, bool enabled)
    {
        try
        {
            return ArticleTokenizer.Tokenize(seed, enabled);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ArticleTokens(seed.CorpusName, seed.Path, EquatableArray<string>.Empty, EquatableArray<TokenOccurrence>.Empty, seed.FileName + ": " + exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static void Emit(SourceProductionContext context, TextIndexOutput output)
    {
        if (output.Failure is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, "the text index", output.Failure));
        }

        foreach (var source in output.Sources)
        {
            try
            {
                context.AddSource(source.HintName, SourceText.From(TextIndexEmitter.Emit(source), System.Text.Encoding.UTF8));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, "the text index of " + source.CorpusName, exception.GetType().Name + ": " + exception.Message));
            }
        }
    }
}

/// <summary>The text index of every corpus (none when turned off), or why it could not be built.</summary>
public sealed record TextIndexOutput(EquatableArray<TextIndexSource> Sources, string? Failure)
{
    public static TextIndexOutput Create(ImmutableArray<ArticleTokens> tokens, CorpusLayout layout, GeneratorOptions options, LanguageSupport language, System.Threading.CancellationToken cancellationToken)
    {
        if (!options.TextIndex || !language.Supported)
        {
            return new TextIndexOutput(EquatableArray<TextIndexSource>.Empty, null);
        }

        try
        {
            var byPath = new Dictionary<(string, string), ArticleTokens>();
            var failures = new List<string>();
            foreach (var article in tokens)
            {
                byPath[(article.CorpusName, article.Path)] = article;
                if (article.Failure is not null)
                {
                    failures.Add(article.Failure);
                }
            }

            var sources = new List<TextIndexSource>();
            foreach (var corpus in layout.CorpusNames)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var articles = layout.Members
                    .Where(m => m.CorpusName == corpus)
                    .Select(m => byPath.TryGetValue((corpus, m.Path), out var found) ? found : new ArticleTokens(corpus, m.Path, EquatableArray<string>.Empty, EquatableArray<TokenOccurrence>.Empty))
                    .ToList();
                sources.Add(TextIndexBuilder.Build(options.Namespace, corpus, articles));
            }

            failures.Sort(StringComparer.Ordinal);
            return new TextIndexOutput(sources.ToEquatableArray(), failures.Count == 0 ? null : string.Join("; ", failures));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new TextIndexOutput(EquatableArray<TextIndexSource>.Empty, exception.GetType().Name + ": " + exception.Message);
        }
    }
}
