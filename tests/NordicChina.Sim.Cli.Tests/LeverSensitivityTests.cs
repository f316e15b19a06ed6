using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>Policy levers as factors of sensitivity designs (--params lever.&lt;name&gt;[.&lt;from&gt;-&lt;to&gt;].intensity[=low:high])
/// and the ranked tables sensitivity and sweep print.</summary>
public sealed class LeverSensitivityTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-lever-sens-");
    public void Dispose() => _dir.Delete(true);

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>The console's text with its line breaks and runs of spaces as one space (a title wraps at the console's width).</summary>
    private static string Words(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task A_lever_is_a_Morris_factor_applied_to_each_point_as_sweep_applies_it_and_ranked_on_the_console()
    {
        // WASP funds PhDs: the GSR's PhD stock at the end grows with its intensity. policy.wasp.default is inert here
        // (the scenario sets wasp in every simulated year), so under common random numbers its effects are exactly zero.
        string s = Nordicsim.SmallScenario(_dir.FullName, years: 3, replications: 2);
        var r = await Nordicsim.RunAsync(_dir.FullName, "sensitivity", s, "--method", "morris", "--samples", "4",
            "--params", "lever.wasp.intensity=0:3,policy.wasp.default", "--outputs", "talent.phd_stock@GSR,fdi.total.value", "--quiet", "--out", "m");
        Assert.True(r.ExitCode == 0, r.Output);
        string m = Path.Combine(_dir.FullName, "m");
        Assert.Contains("note: policy.wasp.default acts only in years no policy entry covers, and small sets wasp in every year 2020-2022: it changes nothing here (lever.wasp.intensity sets the lever in every year)", r.Stderr);

        // The design: r(k+1) = 12 points; the lever's values on the 4-level grid of its given range 0..3, moved by
        // two levels (2/3 of the range) in each trajectory.
        var points = AnalystQuestionTests.Csv(Path.Combine(m, "points.csv"));
        var lever = points.Where(p => p["parameter"] == "lever.wasp.intensity").ToDictionary(p => p["point"], p => Number(p["value"]));
        Assert.Equal(12, lever.Count);
        Assert.All(lever.Values, v => Assert.Contains(v, new[] { 0.0, 1, 2, 3 }));
        Assert.True(lever.Values.Max() - lever.Values.Min() >= 2, string.Join(", ", lever.Values));
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(m, "sensitivity.json"))))
        {
            var factor = json.RootElement.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "lever.wasp.intensity");
            Assert.Equal(0, factor.GetProperty("low").GetDouble());
            Assert.Equal(3, factor.GetProperty("high").GetDouble());
        }

        // The indices name the lever: it drives the PhD stock (mu* > 0, more WASP more PhDs), the inert parameter not at all.
        var indices = AnalystQuestionTests.Csv(Path.Combine(m, "sensitivity.csv"));
        string Index(string output, string factor, string index) => indices.Single(x => x["output"] == output && x["parameter"] == factor && x["index"] == index)["value"];
        Assert.True(Number(Index("talent.phd_stock@GSR", "lever.wasp.intensity", "mu_star")) > 0);
        Assert.True(Number(Index("talent.phd_stock@GSR", "lever.wasp.intensity", "mu")) > 0);
        foreach (var output in new[] { "talent.phd_stock@GSR", "fdi.total.value" })
            Assert.Equal("0", Index(output, "policy.wasp.default", "mu_star"));

        // Each point's scenario has the lever at its value as a sweep has it: the PhD stock at every design point equals
        // the sweep's at the same intensity (same seed, same replications; the inert parameter changes nothing).
        var sw = await Nordicsim.RunAsync(_dir.FullName, "sweep", s, "--vary", "lever.wasp.intensity=0:3:1", "--quiet", "--out", "sw");
        Assert.True(sw.ExitCode == 0, sw.Output);
        var swept = AnalystQuestionTests.Csv(Path.Combine(_dir.FullName, "sw", "sweep.csv"))
            .Where(x => x["metric"] == "talent.phd_stock" && x["region"] == "GSR" && x["sector"] == "all")
            .ToDictionary(x => Number(x["lever.wasp.intensity"]), x => Number(x["mean"]));
        Assert.Equal(4, swept.Count);
        Assert.True(swept[3] > swept[0], $"PhD stock at WASP 3 ({swept[3]}) should exceed WASP 0 ({swept[0]})");
        var outputs = AnalystQuestionTests.Csv(Path.Combine(m, "point-outputs.csv")).Where(x => x["output"] == "talent.phd_stock@GSR").ToList();
        Assert.Equal(12, outputs.Count);
        Assert.All(outputs, o => Assert.Equal(swept[lever[o["point"]]], Number(o["value"]), 9));

        // The console ranks the factors per output by mu*, with its CI and sigma: the lever first, the inert parameter at 0.
        Assert.Contains("Morris, talent.phd_stock@GSR: factors by mu*", Words(r.Stdout));
        Assert.Matches(@"│\s*1\s*│\s*lever\.wasp\.intensity\s*│\s*[1-9][0-9,.]*\s*│\s*[0-9,.]+\s+to\s+[0-9,.]+\s*│", r.Stdout);
        Assert.Matches(@"│\s*2\s*│\s*policy\.wasp\.default\s*│\s*0\s*│\s*0 to 0\s*│\s*0\s*│\s*0\s*│", r.Stdout);
        Assert.Contains("Morris, Chinese FDI into the host regions, total (fdi.total.value): factors by mu*", Words(r.Stdout));

        // sweep's table: a column per point, each cell the mean with its 95% CI (two replications) below it.
        Assert.Contains("columns: lever.wasp.intensity", Words(sw.Stdout));
        Assert.Matches(@"│\s*\([-0-9,.]+ \.\. [-0-9,.]+\)\s*│\s*\([-0-9,.]+ \.\. [-0-9,.]+\)\s*│", sw.Stdout);
    }

    [Fact]
    public async Task A_lever_over_some_years_is_a_Sobol_factor_over_the_lever_catalogue_range_by_default()
    {
        // trade_conflict's intensities are 0 to 2 (the lever catalogue); a factor without a range takes them all.
        string s = Nordicsim.SmallScenario(_dir.FullName, years: 3, replications: 1);
        var r = await Nordicsim.RunAsync(_dir.FullName, "sensitivity", s, "--method", "sobol", "--samples", "4",
            "--params", "lever.trade_conflict.2021-2022.intensity,policy.wasp.default", "--outputs", "fdi.total.value", "--quiet", "--out", "sob");
        Assert.True(r.ExitCode == 0, r.Output);
        string dir = Path.Combine(_dir.FullName, "sob");
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "sensitivity.json"))))
        {
            var factor = json.RootElement.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "lever.trade_conflict.2021-2022.intensity");
            Assert.Equal(0, factor.GetProperty("low").GetDouble());
            Assert.Equal(2, factor.GetProperty("high").GetDouble());
        }
        var values = AnalystQuestionTests.Csv(Path.Combine(dir, "points.csv")).Where(p => p["parameter"] == "lever.trade_conflict.2021-2022.intensity").Select(p => Number(p["value"])).ToArray();
        Assert.Equal(16, values.Length);   // N(k+2)
        Assert.All(values, v => Assert.InRange(v, 0, 2));
        Assert.True(values.Distinct().Count() > 2);

        // A conflict cuts Chinese outbound FDI: the lever explains the output; the inert parameter nothing.
        var indices = AnalystQuestionTests.Csv(Path.Combine(dir, "sensitivity.csv"));
        double Index(string factor, string index) => Number(indices.Single(x => x["parameter"] == factor && x["index"] == index)["value"]);
        Assert.True(Index("lever.trade_conflict.2021-2022.intensity", "ST") > 0);
        Assert.Equal(0, Index("policy.wasp.default", "ST"));
        Assert.Equal(0, Index("policy.wasp.default", "S1"));
        Assert.All(indices.Where(x => x["parameter"] == "policy.wasp.default"), x => { Assert.Equal(0, Number(x["ci95_low"])); Assert.Equal(0, Number(x["ci95_high"])); });

        Assert.Contains("Sobol, Chinese FDI into the host regions, total (fdi.total.value): factors by S1", Words(r.Stdout));
        // At 80 columns a wide interval wraps inside its cell ("0 to" on the row, "0" on the next line).
        Assert.Matches(@"│\s*1\s*│\s*lever\.trade_conflict\.2021-2022\.intensity\s*│", r.Stdout);
        Assert.Matches(@"│\s*2\s*│\s*policy\.wasp\.default\s*│\s*0\s*│\s*0 to( 0)?\s*│\s*0\s*│\s*0 to( 0)?\s*│", r.Stdout);
        Assert.DoesNotMatch(@"│\s*1\s*│\s*policy\.wasp\.default", r.Stdout);
    }

    [Fact]
    public async Task Sensitivity_help_names_the_lever_factors()
    {
        var r = await Nordicsim.RunAsync(_dir.FullName, "sensitivity", "--help");
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Contains("name[=low:high]: a parameter", Words(r.Stdout));
        Assert.Contains("lever.<name>.<from>-<to>.intensity", r.Stdout);
    }

    [Theory]
    [InlineData("lever.wsap.intensity", "--params lever.wsap.intensity: unknown lever 'wsap' (did you mean wasp?)")]
    [InlineData("catchup.rate.CN.heavy,lever.WASP.2026-2030.intensity", "unknown lever 'WASP' (did you mean wasp?)")]
    [InlineData("ai_plan", "unknown parameter 'ai_plan' (ai_plan is a policy lever or its default: vary its intensity as lever.<name>.intensity or lever.<name>.<from>-<to>.intensity, e.g. lever.ai_plan.intensity=0:2;")]
    [InlineData("lever.wasp.intensity=0:11", "--params lever.wasp.intensity=0:11: 0..11 is outside the lever's intensities, 0 to 10")]
    [InlineData("lever.wasp.intensity=2:1", "empty range (need low < high)")]
    [InlineData("lever.wasp.2030-2025.intensity", "end year 2025 is before start year 2030")]
    [InlineData("lever.wasp.2030-2031.intensity", "--params lever.wasp.2030-2031.intensity: 2030-2031 lies outside small's years, 2020-2020; the lever would change nothing")]
    [InlineData("lever.wasp.intensity,lever.wasp.intensity=0:1", "lever.wasp.intensity is listed twice")]
    [InlineData("catchup.rate.CN.heavy=0:9", "is outside the catalogued bounds of catchup.rate.CN.heavy")]
    public async Task A_bad_factor_exits_2_saying_why_and_runs_nothing(string factors, string message)
    {
        string s = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 1);
        var r = await Nordicsim.RunAsync(_dir.FullName, "sensitivity", s, "--samples", "2", "--params", factors, "--out", "bad");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Output);
        Assert.DoesNotContain("analysis of", r.Stdout);   // refused before the cluster starts
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad")));
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad.partial")));
    }
}
