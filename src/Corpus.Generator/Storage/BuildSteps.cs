using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace Corpus.Generator.Storage;

/// <summary>
/// How long each step of a corpus build took, for the build log (<c>-v:n</c>): where a slow build spends its time
/// is the first thing a user with a large corpus asks, and the build task is the only place that knows.
/// </summary>
internal sealed class BuildSteps
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _lines = new();
    private long _last;

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Notes that <paramref name="step"/> ended now.</summary>
    public void Done(string step)
    {
        var now = _clock.ElapsedMilliseconds;
        _lines.Add(string.Format(CultureInfo.InvariantCulture, "{0}: {1} ms", step, now - _last));
        _last = now;
    }
}
