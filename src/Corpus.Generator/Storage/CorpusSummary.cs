using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
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
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(text);
        return text.ToString();
    }

    /// <summary>The summary into <paramref name="output"/> (the build task's file, as it is made: no copy of megabytes in memory).</summary>
    [MethodImpl(JitHints.FullyOptimized)]
    public void WriteTo(TextWriter output)
    {
        output.Write(Header);
        output.Write('\n');
        foreach (var e in Entries)
        {
            Line(output, "E", e.CorpusName, e.Path, e.Id, e.FileName, e.ContentHash.ToString("x16", CultureInfo.InvariantCulture), e.Summary);
        }

        foreach (var i in Issues)
        {
            var r = i.Issue.Range;
            var l = i.Issue.Lines;
            var fields = new List<string> { i.Path, i.Issue.Id };
            fields.AddRange(new[] { r.Start, r.Length, l.StartLine, l.StartColumn, l.EndLine, l.EndColumn }.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            fields.AddRange(i.Issue.Arguments);
            Line(output, "I", fields.ToArray());
        }
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
    private static void Line(TextWriter output, string kind, params string[] fields)
    {
        output.Write(kind);
        foreach (var field in fields)
        {
            output.Write('\t');
            foreach (var c in field)
            {
                // Most characters are themselves: appended as they are, no string made for each.
                var escaped = c switch { '\\' => '\\', '\t' => 't', '\n' => 'n', '\r' => 'r', _ => '\0' };
                if (escaped == '\0')
                {
                    output.Write(c);
                }
                else
                {
                    output.Write('\\');
                    output.Write(escaped);
                }
            }
        }

        output.Write('\n');
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
