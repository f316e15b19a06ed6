namespace NordicChina.Sim.Reporting.Html;

/// <summary>The report's stylesheet, inlined in the page (system fonts only, nothing loaded from elsewhere).</summary>
internal static class ReportCss
{
    public const string Text = """
        :root { --ink: #1d2433; --muted: #5b6477; --line: #d9dee8; --accent: #0b5cad; --bg: #f6f7fa; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink);
               font: 15px/1.5 "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1280px; margin: 0 auto; padding: 24px 28px 48px; }
        header.report { border-bottom: 3px solid var(--accent); margin-bottom: 20px; padding-bottom: 10px; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 22px; margin: 36px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
        h3 { font-size: 17px; margin: 24px 0 8px; }
        p { margin: 6px 0 10px; max-width: 95ch; }
        .subtitle { color: var(--muted); margin: 0; }
        .lead { font-size: 16px; }
        .howto { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--accent);
                 padding: 10px 16px; margin: 12px 0 20px; }
        .howto ul { margin: 4px 0; padding-left: 20px; }
        nav.toc ul { margin: 4px 0; padding-left: 20px; }
        a { color: var(--accent); }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(540px, 1fr)); gap: 16px; }
        figure.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px 8px;
                       display: flex; flex-direction: column; }
        figure.chart.wide { grid-column: 1 / -1; }
        figcaption strong { display: block; font-size: 16px; }
        figcaption .explain { display: block; color: var(--muted); font-size: 13.5px; margin-top: 2px; }
        figcaption .unit { display: inline-block; font-size: 12.5px; margin-top: 4px; padding: 1px 8px;
                           background: #eef2f8; border-radius: 10px; color: #34405a; }
        svg.plot { display: block; width: 100%; height: auto; margin-top: 8px; }
        .note { color: var(--muted); font-size: 12.5px; margin: 4px 0 0; }
        .table-wrap { overflow-x: auto; margin: 8px 0 16px; }
        table { border-collapse: collapse; background: #fff; font-size: 13.5px; border: 1px solid var(--line); }
        caption { text-align: left; font-weight: bold; padding: 6px 0; }
        th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
        thead th { background: #eef2f8; position: sticky; top: 0; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        table.kv th { background: #f3f5f9; font-weight: normal; color: var(--muted); white-space: nowrap; }
        tbody tr:nth-child(even) td { background: #fafbfd; }
        .ci { display: block; color: var(--muted); font-size: 12px; }
        .rel { color: var(--muted); }
        .label { display: inline-block; min-width: 16em; }
        .pos { color: #0a7a3e; font-weight: bold; }
        .neg { color: #b3261e; font-weight: bold; }
        .flat { color: var(--muted); }
        .error { background: #fdecea; border: 1px solid #f5c2bd; padding: 8px 12px; }
        details { background: #fff; border: 1px solid var(--line); padding: 6px 12px; margin: 6px 0; }
        details summary { cursor: pointer; font-weight: bold; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.92em; background: #eef2f8; padding: 0 3px; border-radius: 3px; }
        footer { margin-top: 40px; color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); padding-top: 8px; }
        @media print { body { background: #fff; } figure.chart { break-inside: avoid; } }
        """;
}
