using System;

namespace Corpus.Generator.Parsing.Quotations;

/// <summary>
/// Counts the steps of the quotation stage that look at other words or other names (cue look-ups in attribution
/// windows, name candidates, pronoun steps), per thread. Tests read it to prove the stage linear on any input
/// without timing; it changes no output.
/// </summary>
internal static class QuotationWork
{
    [ThreadStatic]
    private static long _steps;

    /// <summary>Steps counted on this thread since it started.</summary>
    public static long Steps => _steps;

    public static void Step() => _steps++;
}
