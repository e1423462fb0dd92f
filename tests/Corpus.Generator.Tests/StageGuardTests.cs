using System;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>The one guard every stage runs under: failures become CORPUS012 data, cancellation passes through.</summary>
public class StageGuardTests
{
    [Fact]
    public void A_failure_becomes_a_CORPUS012_issue_that_names_the_subject_and_the_exception()
    {
        var issue = StageGuard.Run("a.txt", () => throw new InvalidOperationException("boom"));

        Assert.NotNull(issue);
        Assert.Equal(DiagnosticCatalog.GeneratorFailure, issue!.Id);
        Assert.Equal(new[] { "a.txt", "InvalidOperationException: boom" }, issue.Arguments);
    }

    [Fact]
    public void Work_that_succeeds_gives_no_issue()
    {
        var ran = false;
        Assert.Null(StageGuard.Run("a.txt", () => ran = true));
        Assert.True(ran);
    }

    [Fact]
    public void Cancellation_is_never_caught()
    {
        Assert.Throws<OperationCanceledException>(() => StageGuard.Run("a.txt", () => throw new OperationCanceledException()));
    }
}
