using System.Net;
using System.Text;

namespace NordicChina.Sim.Reporting.Html;

/// <summary>Builds the report's HTML: every text passed in is escaped unless the method name says Html.</summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _sb = new();
    private int _charts;

    /// <summary>When set, every chart is also written there as a PNG (report --figures).</summary>
    public string? FigureFolder { get; init; }

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A fresh prefix for the ids inside one inline SVG, so that charts do not share clip paths.</summary>
    public string NextChartId() => $"chart{++_charts}";

    public HtmlWriter Html(string html)
    {
        _sb.Append(html);
        return this;
    }

    public HtmlWriter Line(string html)
    {
        _sb.Append(html).Append('\n');
        return this;
    }

    public HtmlWriter Heading(int level, string text, string? id = null)
    {
        var idAttr = id is null ? "" : $" id=\"{E(id)}\"";
        return Line($"<h{level}{idAttr}>{E(text)}</h{level}>");
    }

    public HtmlWriter Paragraph(string text, string? cssClass = null) =>
        Line(cssClass is null ? $"<p>{E(text)}</p>" : $"<p class=\"{cssClass}\">{E(text)}</p>");

    public HtmlWriter ParagraphHtml(string html, string? cssClass = null) =>
        Line(cssClass is null ? $"<p>{html}</p>" : $"<p class=\"{cssClass}\">{html}</p>");

    /// <summary>A table; cells in columns listed in <paramref name="numeric"/> are right-aligned.</summary>
    public HtmlWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, ISet<int>? numeric = null, string? caption = null) =>
        TableHtml(headers, rows.Select(r => (IReadOnlyList<string>)r.Select(E).ToList()), numeric, caption);

    /// <summary>A table whose cells are HTML already (escape them with <see cref="E"/>).</summary>
    public HtmlWriter TableHtml(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, ISet<int>? numeric = null, string? caption = null) =>
        TableRaw(headers.Select(E).ToList(), rows, numeric, caption);

    /// <summary>A table whose headers and cells are all HTML already.</summary>
    public HtmlWriter TableRaw(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, ISet<int>? numeric = null, string? caption = null)
    {
        Line("<div class=\"table-wrap\"><table>");
        if (caption is not null)
        {
            Line($"<caption>{E(caption)}</caption>");
        }

        Html("<thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            Html(numeric?.Contains(i) == true ? $"<th class=\"num\">{headers[i]}</th>" : $"<th>{headers[i]}</th>");
        }

        Line("</tr></thead>");
        Line("<tbody>");
        foreach (var row in rows)
        {
            Html("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                Html(numeric?.Contains(i) == true ? $"<td class=\"num\">{row[i]}</td>" : $"<td>{row[i]}</td>");
            }

            Line("</tr>");
        }

        return Line("</tbody></table></div>");
    }

    /// <summary>A two-column table of labels and values.</summary>
    public HtmlWriter KeyValues(IEnumerable<(string Label, string Value)> items)
    {
        Line("<div class=\"table-wrap\"><table class=\"kv\"><tbody>");
        foreach (var (label, value) in items)
        {
            Line($"<tr><th scope=\"row\">{E(label)}</th><td>{E(value)}</td></tr>");
        }

        return Line("</tbody></table></div>");
    }

    /// <summary>A chart card: title, explanation, unit, the inline SVG and an optional note.</summary>
    public HtmlWriter Figure(string title, string explanation, string? unit, string svg, string? note = null)
    {
        Line("<figure class=\"chart\">");
        Line($"<figcaption><strong>{E(title)}</strong>");
        Line($"<span class=\"explain\">{E(explanation)}</span>");
        if (!string.IsNullOrEmpty(unit))
        {
            Line($"<span class=\"unit\">Unit: {E(unit)}</span>");
        }

        Line("</figcaption>");
        Line(svg);
        if (!string.IsNullOrEmpty(note))
        {
            Line($"<p class=\"note\">{E(note)}</p>");
        }

        return Line("</figure>");
    }

    public override string ToString() => _sb.ToString();
}
