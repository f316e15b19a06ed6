using System.Globalization;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>The questions of issue 13, each answered by one command and checked against a computation from the
/// runs' own metrics.csv (per replication: flows summed over the years, stocks at the last quarter of the last year).</summary>
public sealed class AnalystQuestionTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-questions-");
    public void Dispose() => _dir.Delete(true);

    /// <summary>A shipped scenario at a tenth of its population (the rest as shipped, 2020-2040).</summary>
    private string Small(string name)
    {
        string text = File.ReadAllText(Path.Combine(Nordicsim.RepoRoot, "scenarios", name + ".yaml"));
        string small = System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^(  scale:) 1\.0\b", "$1 0.1");
        Assert.NotEqual(text, small);
        string path = Path.Combine(_dir.FullName, name + ".yaml");
        File.WriteAllText(path, small);
        return path;
    }

    [Fact]
    public async Task Wasp_doubled_by_2035_R_and_D_centres_and_high_skill_jobs_in_one_command()
    {
        // "If Sweden doubles WASP from 2026, how many more Chinese R&D centres and high-skill jobs in the GSR by 2035?"
        var r = await Nordicsim.RunAsync(_dir.FullName, "compare", Small("baseline"), Small("wasp-doubled"), "--until", "2035",
            "--replications", "2", "--quiet", "--no-report", "--out", "cmp");
        Assert.True(r.ExitCode == 0, r.Output);
        string cmp = Path.Combine(_dir.FullName, "cmp");
        var window = Csv(Path.Combine(cmp, "comparison-window.csv"));
        var baseRuns = Metrics(Path.Combine(cmp, "runs", "scenario=baseline", "metrics.csv"));
        var waspRuns = Metrics(Path.Combine(cmp, "runs", "scenario=wasp-doubled", "metrics.csv"));

        // R&D centres opened 2020-2035 (a flow) and open at the end of 2035 (a stock); high-skill jobs at the end of 2035.
        foreach (var (metric, flow) in new[] { ("rdcentres.opened", true), ("rdcentres.active", false), ("jobs.high_skill", false) })
        {
            double expected = Difference(baseRuns, waspRuns, metric, "GSR", 2020, 2035, flow);
            var row = Single(window, "wasp-doubled", metric, "GSR");
            Assert.Equal("2020", row["from_year"]);
            Assert.Equal("2035", row["until_year"]);
            Assert.Equal(expected, Num(row["difference"]), 9);
            // And the window differs from the whole horizon where the metric moves after 2035 (here: a stock's end value is read at 2035).
        }

        // The console answers it too, the stocks labelled with the year.
        Assert.Contains("2020-2035", r.Stdout);
        Assert.Contains("Chinese R&D centres open in the GSR, end of 2035", r.Stdout);
        Assert.Contains("High-skill jobs in the GSR, end of 2035", r.Stdout);
        var jobs = Single(window, "wasp-doubled", "jobs.high_skill", "GSR");
        Assert.Contains(Console(jobs["difference"]), Line(r.Stdout, "High-skill jobs in the GSR"));
        var opened = Single(window, "wasp-doubled", "rdcentres.opened", "GSR");
        Assert.Contains(Console(opened["difference"]), Line(r.Stdout, "Chinese R&D centres opened in the GSR"));
        // The whole-horizon files are still over 2020-2040.
        Assert.Contains(Csv(Path.Combine(cmp, "comparison.csv")), row => row["year"] == "2040");

        // report recomputes another window, with a group, from the runs' metrics.csv, and shows it.
        var report = await Nordicsim.RunAsync(_dir.FullName, "report", "cmp", "--until", "2030", "--group", "sweden");
        Assert.True(report.ExitCode == 0, report.Output);
        var window2030 = Csv(Path.Combine(cmp, "comparison-window.csv"));
        double sweden = new[] { "GSR", "WSE" }.Sum(region => Difference(baseRuns, waspRuns, "jobs.high_skill", region, 2020, 2030, flow: false));
        var swedenRow = Single(window2030, "wasp-doubled", "jobs.high_skill", "sweden");
        Assert.Equal("2030", swedenRow["until_year"]);
        Assert.Equal(sweden, Num(swedenRow["difference"]), 9);
        string html = File.ReadAllText(Path.Combine(cmp, "report.html"));
        Assert.Contains("Differences from the baseline, 2020-2030", html);
        Assert.Contains("Differences from the baseline over the whole horizon, 2020-2040", html);
        Assert.Contains("High-skill jobs in Sweden (GSR and West Sweden), end of 2030", html);
        var late = await Nordicsim.RunAsync(_dir.FullName, "report", "cmp", "--until", "2041");
        Assert.Equal(2, late.ExitCode);
        Assert.Contains("--until 2041 is outside the simulated years 2020-2040", late.Output);
    }

    [Fact]
    public async Task Trade_conflict_effect_on_FDI_into_the_Nordics_in_one_command()
    {
        var r = await Nordicsim.RunAsync(_dir.FullName, "compare", Small("baseline"), Small("trade-conflict"), "--group", "nordics",
            "--replications", "2", "--quiet", "--no-report", "--out", "cmp");
        Assert.True(r.ExitCode == 0, r.Output);
        string cmp = Path.Combine(_dir.FullName, "cmp");
        var horizon = Csv(Path.Combine(cmp, "comparison-horizon.csv"));
        var baseRuns = Metrics(Path.Combine(cmp, "runs", "scenario=baseline", "metrics.csv"));
        var tradeRuns = Metrics(Path.Combine(cmp, "runs", "scenario=trade-conflict", "metrics.csv"));
        string[] nordics = ["GSR", "WSE", "FIN", "DNK", "NOR"];
        double expected = nordics.Sum(region => Difference(baseRuns, tradeRuns, "fdi.total.value", region, 2020, 2040, flow: true));
        double baselineTotal = nordics.Sum(region => Mean(baseRuns, "fdi.total.value", region, 2020, 2040, flow: true));
        var row = Single(horizon, "trade-conflict", "fdi.total.value", "nordics");
        Assert.Equal("true", row["aggregate"]);
        Assert.Equal(expected, Num(row["difference"]), 6);
        Assert.Equal(baselineTotal, Num(row["baseline_mean"]), 6);
        Assert.Equal(expected / baselineTotal, Num(row["relative_change"]), 9);
        // A signed difference (a lead, a net flow) or a year has no relative change: a gap of 0.02 becoming 0.058 is not "+191%".
        foreach (var metric in new[] { "window.gap", "jobs.net", "talent.net_migration", "window.closing_year" })
        {
            var signed = horizon.Where(x => x["scenario"] == "trade-conflict" && x["metric"] == metric).ToList();
            Assert.NotEmpty(signed);
            Assert.All(signed, x => Assert.Equal("", x["relative_change"]));
        }
        Assert.Contains(horizon, x => x["metric"] == "jobs.created" && x["relative_change"] != "");
        // Per year too, and the group is not one of the host rows that the all-hosts total adds up.
        Assert.Contains(Csv(Path.Combine(cmp, "comparison.csv")), x => x["region"] == "nordics" && x["year"] == "2030" && x["metric"] == "fdi.total.value");
        Assert.Contains(Console(row["difference"]), Line(r.Stdout, "Chinese FDI into the Nordics"));
        // A misspelt group is refused before anything runs.
        var bad = await Nordicsim.RunAsync(_dir.FullName, "compare", Small("baseline"), Small("trade-conflict"), "--group", "nordic", "--out", "bad");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown region 'nordic'", bad.Output);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad")));

        // report --until adds a window's table to the finished folder, and its datapackage.json describes it.
        Assert.False(File.Exists(Path.Combine(cmp, "comparison-window.csv")));
        var later = await Nordicsim.RunAsync(_dir.FullName, "report", "cmp", "--until", "2030", "--group", "nordics");
        Assert.True(later.ExitCode == 0, later.Output);
        using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(cmp, "datapackage.json")));
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        var windowResource = Assert.Single(resources, x => x.GetProperty("path").GetString() == "comparison-window.csv");
        var declared = windowResource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToArray();
        Assert.Equal(Fields(File.ReadLines(Path.Combine(cmp, "comparison-window.csv")).First()), declared);
        Assert.Single(resources, x => x.GetProperty("path").GetString() == "comparison-horizon.csv");
    }

    [Fact]
    public async Task When_the_window_closes_under_two_lever_settings_is_in_the_comparison_report()
    {
        // "When does the window close under two lever settings?": the baseline against a faster catch-up.
        var r = await Nordicsim.RunAsync(_dir.FullName, "compare", Small("baseline"), Small("fast-catch-up"), "--replications", "2", "--quiet", "--out", "cmp");
        Assert.True(r.ExitCode == 0, r.Output);
        string cmp = Path.Combine(_dir.FullName, "cmp");
        string html = File.ReadAllText(Path.Combine(cmp, "report.html"));
        Assert.Contains("The window of opportunity in heavy industry", html);
        Assert.Contains("Median closing year (Kaplan-Meier)", html);
        foreach (var name in new[] { "baseline", "fast-catch-up" })
        {
            // Per replication: the heavy-industry closing year written at the last tick (empty: still open in 2040).
            var years = Metrics(Path.Combine(cmp, "runs", $"scenario={name}", "metrics.csv"))
                .Where(p => p.Metric == "window.closing_year" && p.Sector == "heavy").Select(p => p.Value).ToArray();
            Assert.Equal(2, years.Length);
            var closed = years.Where(y => !double.IsNaN(y)).Order().ToArray();
            string median = closed.Length * 2 >= years.Length ? closed[(years.Length + 1) / 2 - 1].ToString(CultureInfo.InvariantCulture) : "after 2040";
            string notClosed = $"{years.Length - closed.Length} of {years.Length}";
            Assert.Matches($"<tr><td>{System.Text.RegularExpressions.Regex.Escape(name)}</td><td class=\"num\">{median}</td><td class=\"num\">[0-9]+%</td><td class=\"num\">{notClosed}</td>", html);
            // window.csv: the share closed by each year from the same closing years.
            var window = Csv(Path.Combine(cmp, "runs", $"scenario={name}", "window.csv")).Where(x => x["sector"] == "heavy").ToList();
            Assert.Equal(21, window.Count);
            foreach (var row in window)
            {
                int year = int.Parse(row["year"], CultureInfo.InvariantCulture);
                Assert.Equal(closed.Count(y => y <= year) / 2.0, Num(row["share_closed"]), 12);
            }
        }
        // The gap per heavy sector against the threshold, not a zero line; the closing year is not described as the gap's zero crossing.
        Assert.Contains("Sweden&#39;s lead over China per heavy-industry sector: fast-catch-up", html);
        Assert.Contains("above the threshold line", html);
        Assert.DoesNotContain("below zero China has caught up and the window has closed", html);
        // Difference charts with their bands.
        Assert.Contains("Differences from the baseline over time", html);
        Assert.Contains("Difference from the baseline: Window of opportunity", html);
    }

    [Theory]
    [InlineData("--until", "2050", "outside the simulated years")]
    [InlineData("--from", "2030", "after --until")]
    public async Task A_window_outside_the_horizon_is_refused(string option, string year, string message)
    {
        string s = Nordicsim.SmallScenario(_dir.FullName, years: 3, replications: 2);
        string[] args = option == "--from" ? ["--from", "2022", "--until", "2021"] : [option, year];
        var r = await Nordicsim.RunAsync(_dir.FullName, ["compare", s, s, .. args, "--out", "bad"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message.Replace("after --until", "--from 2022 is after --until 2021"), r.Output);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad")));
    }

    // --- computing from metrics.csv ---

    private sealed record Point(int Replication, int Year, int Period, string Region, string Destination, string Sector, string Metric, double Value);

    private static List<Point> Metrics(string path)
    {
        var rows = Csv(path);
        return rows.Select(x => new Point(int.Parse(x["replication"], CultureInfo.InvariantCulture), int.Parse(x["year"], CultureInfo.InvariantCulture),
            int.Parse(x["period"], CultureInfo.InvariantCulture), x["region"], x["destination"], x["sector"], x["metric"],
            x["value"].Length == 0 ? double.NaN : Num(x["value"]))).ToList();
    }

    /// <summary>Per replication: the flow summed over from..until, or the stock at the last quarter of until.</summary>
    private static double[] PerReplication(List<Point> points, string metric, string region, int from, int until, bool flow)
    {
        var mine = points.Where(p => p.Metric == metric && p.Region == region && p.Sector == "all" && p.Destination == "").ToList();
        int reps = mine.Max(p => p.Replication) + 1;
        return Enumerable.Range(0, reps).Select(rep => flow
            ? mine.Where(p => p.Replication == rep && p.Year >= from && p.Year <= until).Sum(p => p.Value)
            : mine.Where(p => p.Replication == rep && p.Year == until).MaxBy(p => p.Period)!.Value).ToArray();
    }

    private static double Mean(List<Point> runs, string metric, string region, int from, int until, bool flow) =>
        PerReplication(runs, metric, region, from, until, flow).Average();

    private static double Difference(List<Point> baseline, List<Point> scenario, string metric, string region, int from, int until, bool flow) =>
        PerReplication(scenario, metric, region, from, until, flow).Zip(PerReplication(baseline, metric, region, from, until, flow)).Average(p => p.First - p.Second);

    internal static List<Dictionary<string, string>> Csv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Fields(lines[0]);
        return lines.Skip(1).Select(Fields).Select(f => header.Select((h, i) => (h, f[i])).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }

    /// <summary>The fields of one CSV line (RFC 4180 quotes; no line breaks inside fields in these files).</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }

    private static Dictionary<string, string> Single(List<Dictionary<string, string>> rows, string scenario, string metric, string region) =>
        Assert.Single(rows, x => x["scenario"] == scenario && x["metric"] == metric && x["region"] == region && x["sector"] == "all" && x["destination"] == "");

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A value as the console table prints it.</summary>
    private static string Console(string s) => Reporting.Fmt.Signed(Num(s));

    private static string Line(string text, string start) =>
        text.Split('\n').FirstOrDefault(l => l.Contains(start, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no line with '{start}' in:\n{text}");
}
