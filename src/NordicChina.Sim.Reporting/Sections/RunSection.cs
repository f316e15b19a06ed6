using NordicChina.Sim.Reporting.Charts;
using NordicChina.Sim.Reporting.Html;
using NordicChina.Sim.Reporting.Input;

namespace NordicChina.Sim.Reporting.Sections;

/// <summary>A single scenario run: run.json (scenario, settings, policies) and summary.csv (yearly means with 95% CI).</summary>
internal static class RunSection
{
    public const string Anchor = "run";

    public static bool Applies(string folder) =>
        File.Exists(Path.Combine(folder, "run.json")) || File.Exists(Path.Combine(folder, "summary.csv"));

    public static string Title(string folder)
    {
        var runJson = Path.Combine(folder, "run.json");
        return File.Exists(runJson) ? $"Scenario run: {RunInfo.Load(runJson).Scenario}" : "Scenario run";
    }

    public static void Render(string folder, HtmlWriter html)
    {
        var runJson = Path.Combine(folder, "run.json");
        var summaryCsv = Path.Combine(folder, "summary.csv");
        html.Heading(2, Title(folder), Anchor);
        string replications = "the";
        if (File.Exists(runJson))
        {
            var run = RunInfo.Load(runJson);
            if (run.Description.Length > 0)
            {
                html.Paragraph(run.Description, "lead");
            }

            html.KeyValues(run.Settings);
            RunInfoView.Overrides(html, run);
            RunInfoView.Policies(html, run);
            replications = run.Settings.FirstOrDefault(s => s.Label.StartsWith("Replications", StringComparison.Ordinal)).Value ?? "the";
        }

        HeadlineSection.Render(folder, html);
        if (!File.Exists(summaryCsv))
        {
            html.Paragraph("No summary.csv in this folder: there are no results to chart.", "note");
            return;
        }

        var summary = SummaryFile.Load(summaryCsv);
        WindowSection.Render(html, [(File.Exists(runJson) ? RunInfo.Load(runJson).Scenario : "run", folder, false)]);
        html.Heading(3, "Headline results over time");
        html.Paragraph(
            $"Each line is the mean over {replications} replications of the scenario; the shaded band is the 95% confidence interval of that mean. " +
            "Flows (investment, jobs, migration) are summed over each year; stocks (centres, talent pool, capability, adoption) are end-of-year values.");
        if (HeadlineMetrics.All.Any(h => summary.Series(h.Metric, h.Region, h.Sector).Any(r => !double.IsNaN(r.ShareParametric))))
        {
            html.Paragraph(UncertaintyShare.Explanation);
        }

        var charts = 0;
        html.Line("<div class=\"grid\">");
        foreach (var h in HeadlineMetrics.All)
        {
            var rows = summary.Series(h.Metric, h.Region, h.Sector);
            if (rows.Count == 0)
            {
                continue;
            }

            var series = new ChartSeries(
                "mean",
                rows.Select(r => (double)r.Year).ToArray(),
                rows.Select(r => r.Mean).ToArray(),
                rows.Select(r => r.CiLow).ToArray(),
                rows.Select(r => r.CiHigh).ToArray());
            var plot = TimeSeriesChart.Create([series], h.Unit);
            var last = rows.LastOrDefault(r => !double.IsNaN(r.Mean)) ?? rows[^1];
            html.Figure(
                h.Title,
                h.Explanation,
                h.Unit,
                ChartSvg.Render(html, plot, h.Title),
                $"Metric {h.Key}. In {last.Year}: {Fmt.Number(last.Mean)} (95% CI {Fmt.Number(last.CiLow)} to {Fmt.Number(last.CiHigh)})." +
                (UncertaintyShare.Phrase(last.ShareParametric) is { } split ? $" Variance between replications: {split}." : ""));
            charts++;
        }

        html.Line("</div>");
        if (charts == 0)
        {
            html.Paragraph("summary.csv holds none of the headline metrics.", "note");
        }
    }
}
