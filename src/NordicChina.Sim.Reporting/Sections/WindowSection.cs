using NordicChina.Sim.Reporting.Charts;
using NordicChina.Sim.Reporting.Html;
using NordicChina.Sim.Reporting.Input;

namespace NordicChina.Sim.Reporting.Sections;

/// <summary>
/// The window of opportunity in heavy industry, for one run or every scenario of a comparison: when it closes
/// (the Kaplan-Meier median, the share of replications closed by each year, the count not closed; one convention,
/// docs/metrics.md), and Sweden's lead per heavy-industry sector against the threshold below which the model closes
/// the window (window.threshold), not against zero.
/// </summary>
internal static class WindowSection
{
    public const string Anchor = "window";

    /// <summary>Renders the section from each run's window.csv, summary.csv and run.json; nothing when no run has window.csv.</summary>
    public static void Render(HtmlWriter html, IReadOnlyList<(string Name, string RunFolder, bool IsBaseline)> runs)
    {
        var data = new List<(string Name, bool IsBaseline, SummaryFile? Summary, List<(int Year, int N, int Closed, double Share, double Median)> Closed, double Threshold, IReadOnlyList<string> Heavy)>();
        foreach (var (name, folder, isBaseline) in runs)
        {
            var windowCsv = Path.Combine(folder, "window.csv");
            if (!File.Exists(windowCsv))
            {
                continue;
            }

            var csv = CsvTable.Load(windowCsv);
            int sector = csv.Column("sector"), year = csv.Column("year"), n = csv.Column("n"), closedCol = csv.Column("closed"),
                share = csv.Column("share_closed"), median = csv.Column("median_closing_year");
            var closed = csv.Rows.Where(r => CsvTable.Field(r, sector) == "heavy")
                .Select(r => ((int)CsvTable.Number(CsvTable.Field(r, year)), (int)CsvTable.Number(CsvTable.Field(r, n)), (int)CsvTable.Number(CsvTable.Field(r, closedCol)),
                    CsvTable.Number(CsvTable.Field(r, share)), CsvTable.Number(CsvTable.Field(r, median))))
                .OrderBy(r => r.Item1).ToList();
            if (closed.Count == 0)
            {
                continue;
            }

            double threshold = double.NaN;
            IReadOnlyList<string> heavy = [];
            var runJson = Path.Combine(folder, "run.json");
            if (File.Exists(runJson))
            {
                var root = JsonFile.Load(runJson);
                threshold = JsonFile.Number(root, "window_threshold");
                heavy = JsonFile.Strings(root, "heavy_sectors");
            }

            var summaryPath = Path.Combine(folder, "summary.csv");
            data.Add((name, isBaseline, File.Exists(summaryPath) ? SummaryFile.Load(summaryPath) : null, closed, threshold, heavy));
        }

        if (data.Count == 0)
        {
            return;
        }

        int last = data.Max(d => d.Closed[^1].Year);
        html.Heading(3, "The window of opportunity in heavy industry", Anchor);
        html.Paragraph(
            "The model closes the window in a sector when Sweden's lead over China in AI capability falls below the threshold " +
            "(window.threshold); the heavy-industry window closes when the mean lead over the heavy-industry sectors first does. " +
            $"A replication whose window is still open at the end of {last} has no closing year (right-censored): the table gives the " +
            "Kaplan-Meier median (the first year by which half the replications had closed), the share closed by the end and the " +
            $"number not closed (window.csv); the mean counts a window still open as closing in {last + 1}, so it is a lower bound.");

        var rows = new List<IReadOnlyList<string>>();
        foreach (var d in data)
        {
            var end = d.Closed[^1];
            var closing = d.Summary?.Series("window.closing_year", "all", "heavy").LastOrDefault();
            rows.Add([
                HtmlWriter.E(d.Name),
                HtmlWriter.E(double.IsNaN(end.Median) ? $"after {end.Year}" : Fmt.Value(end.Median, "year")),
                HtmlWriter.E($"{Math.Round(100 * end.Share):0}%"),
                HtmlWriter.E($"{end.N - end.Closed} of {end.N}"),
                HtmlWriter.E(closing is null ? "NA" : $"{Fmt.Value(closing.Mean, "year")} ({Fmt.Value(closing.CiLow, "year")} to {Fmt.Value(closing.CiHigh, "year")})"),
            ]);
        }

        html.TableHtml(["Scenario", "Median closing year (Kaplan-Meier)", $"Closed by {last}", "Not closed", $"Mean closing year, open = {last + 1} (95% CI)"], rows, new HashSet<int> { 1, 2, 3, 4 });

        html.Line("<div class=\"grid\">");
        var shares = data.Select(d => new ChartSeries(
            d.IsBaseline && data.Count > 1 ? $"{d.Name} (baseline)" : d.Name,
            d.Closed.Select(r => (double)r.Year).ToArray(),
            d.Closed.Select(r => r.Share).ToArray(),
            d.Closed.Select(r => r.Share).ToArray(),
            d.Closed.Select(r => r.Share).ToArray(),
            d.IsBaseline && data.Count > 1)).ToList();
        html.Figure(
            "Share of replications with the heavy-industry window closed",
            "By the end of each year, the share of replications whose heavy-industry window had first closed (window.csv). Where it reaches one half is the Kaplan-Meier median closing year.",
            "share of replications (0 to 1)",
            ChartSvg.Render(html, TimeSeriesChart.Create(shares, "share of replications (0 to 1)"), "Share of replications with the window closed"),
            "From window.closing_year (all/heavy) per replication.");

        foreach (var d in data)
        {
            if (d.Summary is null)
            {
                continue;
            }

            var sectors = d.Heavy.Select(code => (code, rows: d.Summary.Series("window.gap", "all", code))).Where(s => s.rows.Count > 0).ToList();
            if (sectors.Count == 0 || double.IsNaN(d.Threshold))
            {
                continue;
            }

            var series = sectors.Select(s => new ChartSeries(s.code,
                s.rows.Select(r => (double)r.Year).ToArray(), s.rows.Select(r => r.Mean).ToArray(),
                s.rows.Select(r => r.CiLow).ToArray(), s.rows.Select(r => r.CiHigh).ToArray())).ToList();
            var title = data.Count == 1 ? "Sweden's lead over China per heavy-industry sector" : $"Sweden's lead over China per heavy-industry sector: {d.Name}";
            html.Figure(
                title,
                $"Swedish minus Chinese AI capability in each heavy-industry sector, mean over the replications with its 95% band. The window in a sector is open while the lead is above the threshold line ({Fmt.Number(d.Threshold)}).",
                "share of the AI frontier",
                ChartSvg.Render(html, TimeSeriesChart.Create(series, "share of the AI frontier", (d.Threshold, $"threshold {Fmt.Plain(d.Threshold)}"), legendRight: true), title),
                "Metric window.gap (all/sector); threshold from the run's parameters.");
        }

        html.Line("</div>");
    }
}
