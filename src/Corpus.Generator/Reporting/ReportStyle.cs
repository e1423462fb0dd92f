namespace Corpus.Generator.Reporting;

/// <summary>The report's only style sheet, inline: the file is self-contained (no script, nothing fetched).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --quote: #fff2b3; --none: #ffd6d6; --info: #e8f0fe; --warning: #fef7e0; --error: #fce8e6; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
        header, main, nav { max-width: 960px; margin: 0 auto; padding: 0 20px; }
        header { padding-top: 24px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 0; }
        code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .lead, .path, .line, .at { color: var(--muted); }
        .summary { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; padding: 0; }
        .summary div { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 120px; }
        .summary dt { font-size: 12px; color: var(--muted); }
        .summary dd { margin: 0; font-size: 18px; font-weight: 600; }
        .summary dd small { font-size: 13px; font-weight: 400; }
        .legend { font-size: 13px; color: var(--muted); }
        nav ol { columns: 2; font-size: 13px; padding-left: 24px; }
        article { border-top: 1px solid var(--line); padding: 16px 0; }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; font-size: 13px; }
        .meta dt { color: var(--muted); }
        .meta dd { margin: 0; }
        .para { display: grid; grid-template-columns: 110px 1fr; gap: 12px; margin: 6px 0; }
        .para .kind { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); padding-top: 3px; }
        .para p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        .para.headline p { font-weight: 600; font-size: 16px; }
        .para.caption p { font-style: italic; color: #3c4043; }
        .para.boilerplate p { color: var(--muted); text-decoration: line-through; text-decoration-color: #bbb; }
        mark.q { background: var(--quote); border-radius: 3px; padding: 0 2px; }
        mark.q.none { background: var(--none); }
        mark.q .who { font-size: 11px; font-weight: 600; background: #fff; border: 1px solid #e0c35a; border-radius: 3px; padding: 0 4px; margin-right: 4px; white-space: nowrap; font-style: normal; }
        mark.q.none .who { border-color: #e07a7a; color: #a50e0e; }
        .diag { margin: 4px 0 4px 122px; padding: 4px 8px; border-radius: 4px; font-size: 13px; }
        .diag.info { background: var(--info); }
        .diag.warning { background: var(--warning); }
        .diag.error { background: var(--error); }
        .diag .sev { font-weight: 600; }
        .leftout { color: var(--muted); }
        """;
}
