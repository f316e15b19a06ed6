using NordicChina.Sim.Reporting.Charts;
using NordicChina.Sim.Reporting.Html;
using NordicChina.Sim.Reporting.Input;

namespace NordicChina.Sim.Reporting.Sections;

/// <summary>
/// Scenarios against a baseline: the headline metrics over time for all of them on shared axes, and a table of the
/// differences over the whole horizon with their 95% confidence intervals.
/// </summary>
internal static class ComparisonSection
{
    public const string Anchor = "comparison";

    public static bool Applies(string folder) => ComparisonFile.Exists(folder);

    public static void Render(string folder, HtmlWriter html)
    {
        var cmp = ComparisonFile.Load(folder);
        html.Heading(2, "Scenario comparison", Anchor);
        html.ParagraphHtml(
            $"Each policy scenario is compared with the baseline <strong>{HtmlWriter.E(cmp.Baseline)}</strong>. " +
            "A difference is the scenario's mean minus the baseline's mean; its 95% confidence interval shows how sure the " +
            "comparison is given the randomness between replications. An interval that does not include zero is a clear effect.");
        if (cmp.Settings.Count > 0)
        {
            html.KeyValues(cmp.Settings.Select(s => (Label(s.Name), s.Value)));
        }

        var names = new List<string> { cmp.Baseline };
        names.AddRange(cmp.Scenarios);
        ScenarioTable(folder, html, cmp, names);
        DifferenceTable(html, cmp);
        WindowSection.Render(html, names.Select(n => (n, ComparisonFile.RunFolder(folder, n), n == cmp.Baseline)).ToList());
        DifferenceCharts(html, cmp);
        Charts(folder, html, cmp, names);
    }

    private static string Label(string key) => key switch
    {
        "replications" => "Replications per scenario",
        "seed" => "Random seed",
        "program_version" => "Program version",
        _ => key.Replace('_', ' '),
    };

    private static void ScenarioTable(string folder, HtmlWriter html, ComparisonFile cmp, List<string> names)
    {
        html.Heading(3, "Scenarios compared");
        var rows = new List<IReadOnlyList<string>>();
        var infos = new List<(string Name, RunInfo Run)>();
        foreach (var name in names)
        {
            var runJson = Path.Combine(ComparisonFile.RunFolder(folder, name), "run.json");
            var run = File.Exists(runJson) ? RunInfo.Load(runJson) : null;
            if (run is not null)
            {
                infos.Add((name, run));
            }

            rows.Add([
                HtmlWriter.E(name),
                name == cmp.Baseline ? "baseline" : "policy scenario",
                HtmlWriter.E(run?.Description ?? ""),
                run is null ? "" : HtmlWriter.E(PolicySummary(run)),
            ]);
        }

        html.TableHtml(["Scenario", "Role", "Description", "Policy levers"], rows);
        foreach (var (name, run) in infos)
        {
            html.Line($"<details><summary>Settings of {HtmlWriter.E(name)}</summary>");
            RunInfoView.Overrides(html, run);
            RunInfoView.Policies(html, run);
            html.Line("</details>");
        }
    }

    private static string PolicySummary(RunInfo run) =>
        string.Join("; ", run.Policies.Select(p =>
            $"{p.Lever} {p.Start}-{p.End} x{p.Intensity}" + (p.Regions.Count == 0 ? "" : $" ({string.Join(", ", p.Regions)})")));

    private static void DifferenceTable(HtmlWriter html, ComparisonFile cmp)
    {
        if (cmp.Window is { } w)
        {
            DifferenceTable(html, cmp, cmp.WindowRows, w.From == w.Until ? $"{w.From}" : $"{w.From}-{w.Until}", w.Until, "comparison-window.csv", "");
        }

        var totals = cmp.Rows.Where(r => r.Year.Equals("total", StringComparison.OrdinalIgnoreCase)).ToList();
        int last = cmp.LastYear;
        var first = cmp.Rows.Select(r => int.TryParse(r.Year, out var y) ? y : int.MaxValue).DefaultIfEmpty(0).Min();
        DifferenceTable(html, cmp, totals, last == 0 ? "the whole horizon" : $"{first}-{last}", last, "comparison-horizon.csv", "over the whole horizon");
    }

    /// <summary>The headline indicators (src/Shared/Indicators.cs, the console's list) for the GSR and every region group
    /// the rows hold, one column per scenario.</summary>
    private static void DifferenceTable(HtmlWriter html, ComparisonFile cmp, IReadOnlyList<ComparisonRow> totals, string years, int until, string file, string span)
    {
        html.Heading(3, span.Length == 0 ? $"Differences from the baseline, {years}" : years == "the whole horizon" ? $"Differences from the baseline {span}" : $"Differences from the baseline {span}, {years}");
        var groups = totals.Select(t => t.Region).Distinct()
            .Where(r => r != "all" && r != Shared.Indicators.ChinaHubs && !(r.Length == 3 && r.All(char.IsUpper)))
            .Order(StringComparer.Ordinal)
            .Select(r => (r, Shared.NamedGroups.Title(r)));
        var indicators = Shared.Indicators.For(groups, until)
            .Where(h => totals.Any(t => t.Metric == h.Series && t.Region == h.Region && t.Sector == h.Sector))
            .ToList();
        if (indicators.Count == 0)
        {
            html.Paragraph($"{file} has no rows for the headline indicators.", "note");
            return;
        }

        html.ParagraphHtml(
            $"One row per indicator (the console's list), one column per scenario. Flows are summed over {HtmlWriter.E(years)}; stocks are values at its end. " +
            $"Each cell gives the scenario's difference from the baseline ({HtmlWriter.E(file)}), the relative change in brackets (where it means something: not for a year or a signed gap) and the 95% confidence interval " +
            "of the difference below. <span class=\"pos\">Green</span>: clearly higher than the baseline; <span class=\"neg\">red</span>: " +
            "clearly lower; grey: the interval includes zero, so no clear effect.");
        if (totals.Any(t => !double.IsNaN(t.ShareParametric)))
        {
            html.Paragraph(UncertaintyShare.Explanation + " For a difference, the split is of the variance of the paired differences, " +
                "both scenarios using the same parameter set in each replication.");
        }

        var scenarios = cmp.Scenarios.Where(s => totals.Any(t => t.Scenario == s)).ToList();
        var headers = new List<string> { "Indicator", cmp.Baseline.Equals("baseline", StringComparison.OrdinalIgnoreCase) ? "Baseline" : $"Baseline ({cmp.Baseline})" };
        headers.AddRange(scenarios);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var h in indicators)
        {
            var matching = totals.Where(t => t.Metric == h.Series && t.Region == h.Region && t.Sector == h.Sector).ToList();
            var cells = new List<string>
            {
                $"<span class=\"label\">{HtmlWriter.E(h.Title)}</span><span class=\"ci\">{HtmlWriter.E(h.Unit)}</span>",
                HtmlWriter.E(Fmt.Value(matching.Select(m => m.BaselineMean).FirstOrDefault(v => !double.IsNaN(v), double.NaN), h.Unit)),
            };
            foreach (var scenario in scenarios)
            {
                var r = matching.FirstOrDefault(t => t.Scenario == scenario);
                cells.Add(r is null ? "NA" : DifferenceCell(r, cmp.RelativeToFraction));
            }

            rows.Add(cells);
        }

        html.TableHtml(headers, rows, new HashSet<int>(Enumerable.Range(1, headers.Count - 1)));
    }

    private static string DifferenceCell(ComparisonRow r, double relativeToFraction)
    {
        var css = r.CiLow > 0 ? "pos" : r.CiHigh < 0 ? "neg" : "flat";
        return $"<span class=\"{css}\">{HtmlWriter.E(Fmt.Signed(r.Difference))}</span> " +
            // No relative change where it means nothing (an empty relative_change: a signed gap, a year, a zero baseline).
            (double.IsFinite(r.RelativeChange) ? $"<span class=\"rel\">({HtmlWriter.E(Fmt.Percent(r.RelativeChange * relativeToFraction))})</span>" : "") +
            $"<span class=\"ci\">95% CI {HtmlWriter.E(Fmt.SignedInterval(r.CiLow, r.CiHigh))}</span>" +
            (UncertaintyShare.Phrase(r.ShareParametric) is { } split ? $"<span class=\"ci\">variance: {HtmlWriter.E(split)}</span>" : "");
    }

    private static void Charts(string folder, HtmlWriter html, ComparisonFile cmp, List<string> names)
    {
        var summaries = new List<(string Name, SummaryFile Summary)>();
        foreach (var name in names)
        {
            var path = Path.Combine(ComparisonFile.RunFolder(folder, name), "summary.csv");
            if (File.Exists(path))
            {
                summaries.Add((name, SummaryFile.Load(path)));
            }
        }

        html.Heading(3, "Headline results over time");
        if (summaries.Count == 0)
        {
            html.Paragraph("No runs/scenario=<name>/summary.csv files: the yearly paths cannot be charted.", "note");
            return;
        }

        html.Paragraph(
            $"Each line is a scenario's mean over its replications; the shaded band around it is the 95% confidence interval of the mean. " +
            $"The baseline is the thick dark grey line. Where bands overlap, the scenarios cannot be told apart in that year.");
        html.Line("<div class=\"grid\">");
        foreach (var h in HeadlineMetrics.All)
        {
            var series = new List<ChartSeries>();
            foreach (var (name, summary) in summaries)
            {
                var rows = summary.Series(h.Metric, h.Region, h.Sector);
                if (rows.Count == 0)
                {
                    continue;
                }

                series.Add(new ChartSeries(
                    name != cmp.Baseline ? name : name.Contains("baseline", StringComparison.OrdinalIgnoreCase) ? name : $"{name} (baseline)",
                    rows.Select(r => (double)r.Year).ToArray(),
                    rows.Select(r => r.Mean).ToArray(),
                    rows.Select(r => r.CiLow).ToArray(),
                    rows.Select(r => r.CiHigh).ToArray(),
                    name == cmp.Baseline));
            }

            if (series.Count == 0)
            {
                continue;
            }

            var plot = TimeSeriesChart.Create(series, h.Unit);
            var same = Coinciding(series);
            var note = same.Count == 0
                ? $"Metric {h.Key}."
                : $"Metric {h.Key}. {string.Join(", ", same)} {(same.Count == 1 ? "equals" : "equal")} the baseline in every year, so {(same.Count == 1 ? "its line is" : "their lines are")} drawn over the baseline's.";
            html.Figure(h.Title, h.Explanation, h.Unit, ChartSvg.Render(html, plot, h.Title), note);
        }

        html.Line("</div>");
    }

    /// <summary>Per headline chart metric, each scenario's difference from the baseline per year (comparison.csv) with
    /// its 95% band: where the levels overlap, this shows the policy's effect and whether it is told apart from noise.</summary>
    private static void DifferenceCharts(HtmlWriter html, ComparisonFile cmp)
    {
        var yearly = cmp.Rows.Where(r => int.TryParse(r.Year, out _)).ToLookup(r => (r.Metric, r.Region, r.Sector));
        var charts = HeadlineMetrics.All.Where(h => yearly[(h.Metric, h.Region, h.Sector)].Any()).ToList();
        if (charts.Count == 0)
        {
            return;
        }

        html.Heading(3, "Differences from the baseline over time", "differences");
        html.Paragraph(
            "Each line is a scenario's mean paired difference from the baseline in each year (scenario minus baseline, common random numbers), " +
            "the shaded band its 95% confidence interval. Where the band leaves the zero line, the effect in that year is clear.");
        html.Line("<div class=\"grid\">");
        foreach (var h in charts)
        {
            var series = cmp.Scenarios.Select(s => yearly[(h.Metric, h.Region, h.Sector)].Where(r => r.Scenario == s).OrderBy(r => int.Parse(r.Year)).ToList())
                .Where(rows => rows.Count > 0)
                .Select(rows => new ChartSeries(rows[0].Scenario, rows.Select(r => (double)int.Parse(r.Year)).ToArray(), rows.Select(r => r.Difference).ToArray(),
                    rows.Select(r => r.CiLow).ToArray(), rows.Select(r => r.CiHigh).ToArray()))
                .ToList();
            var title = $"Difference from the baseline: {h.Title}";
            html.Figure(title, $"{h.Explanation} Scenario minus baseline, per year.", h.Unit,
                ChartSvg.Render(html, TimeSeriesChart.Create(series, h.Unit, (0, "no difference")), title), $"Metric {h.Key}; comparison.csv.");
        }

        html.Line("</div>");
    }

    /// <summary>The scenarios whose yearly means equal the baseline's, so that their lines hide one another.</summary>
    private static List<string> Coinciding(List<ChartSeries> series)
    {
        var baseline = series.FirstOrDefault(s => s.IsBaseline);
        if (baseline is null)
        {
            return [];
        }

        var scale = baseline.Y.Where(v => !double.IsNaN(v)).Select(Math.Abs).DefaultIfEmpty(0).Max();
        var tolerance = Math.Max(1e-12, 1e-9 * scale);
        return series
            .Where(s => !s.IsBaseline && s.X.SequenceEqual(baseline.X)
                && s.Y.Zip(baseline.Y).All(p => (double.IsNaN(p.First) && double.IsNaN(p.Second)) || Math.Abs(p.First - p.Second) <= tolerance))
            .Select(s => s.Label)
            .ToList();
    }
}
