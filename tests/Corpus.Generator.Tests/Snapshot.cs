using System;
using System.IO;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Golden-file snapshots: the expected text lives in Snapshots/NAME and is compared byte for byte.
/// To accept new output, run the tests with CORPUS_ACCEPT_SNAPSHOTS=1 and review the diff in git.
/// A mismatch writes NAME.received beside the golden file (git-ignored) to diff against.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CORPUS_ACCEPT_SNAPSHOTS";

    public static void Match(string name, string actual)
    {
        var folder = Path.Combine(RepoRoot(), "tests", "Corpus.Generator.Tests", "Snapshots");
        var expectedPath = Path.Combine(folder, name);
        var receivedPath = expectedPath + ".received";
        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(expectedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"No snapshot {name}. Review {receivedPath}, then run with {AcceptVariable}=1 to accept it.");
        }

        var expected = File.ReadAllText(expectedPath);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"Snapshot {name} differs. Diff {expectedPath} against {receivedPath}; run with {AcceptVariable}=1 to accept.");
        }

        File.Delete(receivedPath);
    }

    // Found from the test binaries, not [CallerFilePath]: CI builds map source paths to "/_/".
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }
}
