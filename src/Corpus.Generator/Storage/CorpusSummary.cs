using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Storage;

/// <summary>
/// The build task's summary of the seeds, passed to the compiler as an additional file (<c>CorpusSummary</c> metadata):
/// every article's <see cref="SeedEntry"/> and every issue as data. With it the generator names the members, writes
/// their docs and reports the diagnostics (at the seeds' lines and columns, under the project's severities) without
/// reading or parsing a seed. A plain text format of tab-separated lines; the first line carries the format version.
/// </summary>
internal sealed record CorpusSummary(EquatableArray<SeedEntry> Entries, EquatableArray<PathIssue> Issues)
{
    public const string Header = "corpus-summary\t1";

    [MethodImpl(JitHints.FullyOptimized)]
    public string Write()
    {
        var builder = new StringBuilder();
        builder.Append(Header).Append('\n');
        foreach (var e in Entries)
        {
            Line(builder, "E", e.CorpusName, e.Path, e.Id, e.FileName, e.ContentHash.ToString("x16", CultureInfo.InvariantCulture), e.Summary);
        }

        foreach (var i in Issues)
        {
            var r = i.Issue.Range;
            var l = i.Issue.Lines;
            var fields = new List<string> { i.Path, i.Issue.Id };
            fields.AddRange(new[] { r.Start, r.Length, l.StartLine, l.StartColumn, l.EndLine, l.EndColumn }.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            fields.AddRange(i.Issue.Arguments);
            Line(builder, "I", fields.ToArray());
        }

        return builder.ToString();
    }

    /// <summary>The summary, or null when the text is not a summary of this format version.</summary>
    public static CorpusSummary? Read(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != Header)
        {
            return null;
        }

        var entries = new List<SeedEntry>();
        var issues = new List<PathIssue>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t').Select(Unescape).ToArray();
            if (f[0] == "E" && f.Length == 7 && ulong.TryParse(f[5], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hash))
            {
                entries.Add(new SeedEntry(f[1], f[2], f[3], f[4], hash, f[6]));
            }
            else if (f[0] == "I" && f.Length >= 9)
            {
                var n = f.Skip(3).Take(6).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                var issue = new SeedIssue(f[2], new TextRange(n[0], n[1]), new LineSpan(n[2], n[3], n[4], n[5]), f.Skip(9).ToEquatableArray());
                issues.Add(new PathIssue(f[1], issue));
            }
            else
            {
                return null;
            }
        }

        return new CorpusSummary(entries.ToEquatableArray(), issues.ToEquatableArray());
    }

    [MethodImpl(JitHints.FullyOptimized)]
    private static void Line(StringBuilder builder, string kind, params string[] fields)
    {
        builder.Append(kind);
        foreach (var field in fields)
        {
            builder.Append('\t');
            foreach (var c in field)
            {
                // Most characters are themselves: appended as they are, no string made for each.
                var escaped = c switch { '\\' => '\\', '\t' => 't', '\n' => 'n', '\r' => 'r', _ => '\0' };
                if (escaped == '\0')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('\\').Append(escaped);
                }
            }
        }

        builder.Append('\n');
    }

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
                builder.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => field[i] });
            }
            else
            {
                builder.Append(field[i]);
            }
        }

        return builder.ToString();
    }
}
