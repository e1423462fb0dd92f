using System;
using Corpus.Generator.Diagnostics;

namespace Corpus.Generator.Model;

/// <summary>
/// The one guard every stage runs its per-file or per-corpus work under. An exception thrown by the generator
/// would drop all its output (CS8785), so an unexpected failure becomes a CORPUS012 issue naming what failed and the
/// rest of the corpus still builds. Cancellation is never caught: the host asked to stop.
/// </summary>
internal static class StageGuard
{
    /// <summary>Runs <paramref name="work"/>; returns null, or the CORPUS012 issue that says what failed in <paramref name="subject"/>.</summary>
    public static SeedIssue? Run(string subject, Action work)
    {
        try
        {
            work();
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SeedIssue(DiagnosticCatalog.GeneratorFailure, TextRange.None, LineSpan.Empty, new[] { subject, exception.GetType().Name + ": " + exception.Message }.ToEquatableArray());
        }
    }
}
