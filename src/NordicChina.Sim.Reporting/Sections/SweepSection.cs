using NordicChina.Sim.Reporting.Charts;
using NordicChina.Sim.Reporting.Html;
using NordicChina.Sim.Reporting.Input;

namespace NordicChina.Sim.Reporting.Sections;

/// <summary>A parameter sweep: headline metrics against one parameter as line charts, or a table for several parameters.</summary>
internal static class SweepSection
{
    public const string Anchor = "sweep";

    public static bool Applies(string folder) => File.Exists(Path.Combine(folder, "sweep.csv"));

    public static void Render(string folder, HtmlWriter html)
    {
        var sweep = SweepFile.Load(folder);
        html.Heading(2, "Parameter sweep", Anchor);
        html.ParagraphHtml(
            "The scenario was run at each point of a grid of values of " +
            string.Join(", ", sweep.Parameters.Select(p => $"<code>{HtmlWriter.E(p)}</code>")) +
            ". Each result is the mean over the replications at that point, over the whole horizon, with its 95% confidence interval.");
        if (sweep.Settings.Count > 0)
        {
            html.KeyValues(sweep.Settings.Select(s => (s.Name.Replace('_', ' '), s.Value)));
        }

        var headlines = HeadlineMetrics.All
            .Select(h => (Headline: h, Rows: sweep.Rows.Where(r => r.Metric == h.Metric && r.Region == h.Region && r.Sector == h.Sector).ToList()))
            .Where(x => x.Rows.Count > 0)
            .ToList();
        if (headlines.Count == 0)
        {
            html.Paragraph("sweep.csv holds none of the headline metrics.", "note");
            return;
        }

        var numeric = sweep.Parameters.Count == 1
            && sweep.Rows.All(r => !double.IsNaN(CsvTable.Number(r.ParameterValues[0])));
        if (numeric)
        {
            var parameter = sweep.Parameters[0];
            html.Heading(3, $"Headline results against {parameter}");
            html.Line("<div class=\"grid\">");
            foreach (var (h, rows) in headlines)
            {
                var plot = SweepChart.Create(
                    rows.Select(r => CsvTable.Number(r.ParameterValues[0])).ToArray(),
                    rows.Select(r => r.Mean).ToArray(),
                    rows.Select(r => r.CiLow).ToArray(),
                    rows.Select(r => r.CiHigh).ToArray(),
                    parameter,
                    h.HorizonUnit);
                html.Figure(h.Title, h.Explanation, h.HorizonUnit, ChartSvg.Render(html, plot, $"{h.Title} against {parameter}"), $"Metric {h.Key}.");
            }

            html.Line("</div>");
        }

        Table(html, sweep, headlines);
    }

    private static void Table(HtmlWriter html, SweepFile sweep, List<(HeadlineMetric Headline, List<SweepRow> Rows)> headlines)
    {
        html.Heading(3, "Results at each grid point");
        html.Paragraph("One column per grid point (its parameter values in the header). Each cell gives the mean and, below it, the 95% confidence interval.", "note");
        var points = sweep.Rows.GroupBy(r => r.Point)
            .Select(g => (Point: g.Key, Values: g.First().ParameterValues))
            .OrderBy(p => double.IsNaN(CsvTable.Number(p.Point)) ? double.MaxValue : CsvTable.Number(p.Point))
            .ThenBy(p => p.Point, StringComparer.Ordinal)
            .ToList();
        var headers = new List<string> { "Indicator" };
        headers.AddRange(points.Select(p =>
            $"Point {HtmlWriter.E(p.Point)}" + string.Concat(sweep.Parameters.Select((name, i) =>
                $"<span class=\"ci\">{HtmlWriter.E(name)} = {HtmlWriter.E(i < p.Values.Count ? p.Values[i] : "")}</span>"))));
        var rows = headlines.Select(h =>
        {
            var cells = new List<string> { $"<span class=\"label\">{HtmlWriter.E(h.Headline.Title)}</span><span class=\"ci\">{HtmlWriter.E(h.Headline.HorizonUnit)}</span>" };
            foreach (var p in points)
            {
                var r = h.Rows.FirstOrDefault(x => x.Point == p.Point);
                cells.Add(r is null
                    ? "NA"
                    : $"{HtmlWriter.E(Fmt.Number(r.Mean))}<span class=\"ci\">{HtmlWriter.E(Fmt.Interval(r.CiLow, r.CiHigh))}</span>");
            }

            return (IReadOnlyList<string>)cells;
        });
        html.TableRaw(headers, rows, new HashSet<int>(Enumerable.Range(1, points.Count)));
    }
}
