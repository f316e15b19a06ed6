using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace NordicChina.Sim.Cli.Tests;

/// <summary>--parameter-uncertainty end to end: replications in pairs on the fixture ensemble's members, deterministic,
/// scenario values kept, the same members in every scenario of a comparison, and the variance columns filled.</summary>
public sealed class ParameterUncertaintyTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-pu-");

    public void Dispose() => _dir.Delete(true);

    private static readonly string Fixture = Path.Combine(Nordicsim.RepoRoot, "tests", "NordicChina.Sim.Cli.Tests", "Fixtures", "ensemble.csv");

    /// <summary>The fixture's population.GSR.incumbents per member (column 1).</summary>
    private static readonly double[] Incumbents = File.ReadAllLines(Fixture).Skip(1).Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();

    private string Path_(params string[] parts) => Path.Combine([_dir.FullName, .. parts]);

    private static int[] Members(string runJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(runJson));
        return doc.RootElement.GetProperty("parameter_uncertainty").GetProperty("member_by_replication").EnumerateArray().Select(e => e.GetInt32()).ToArray();
    }

    /// <summary>firms.active in the GSR at the first tick, per replication: the initial firms, incumbents x scale plus startups.</summary>
    private static double[] InitialGsrFirms(string metricsCsv) =>
        File.ReadLines(metricsCsv).Skip(1).Select(l => l.Split(','))
            .Where(f => f[4] == "0" && f[5] == "GSR" && f[7] == "all" && f[8] == "firms.active") // tick, region, sector, metric
            .OrderBy(f => int.Parse(f[1], CultureInfo.InvariantCulture))
            .Select(f => double.Parse(f[10], CultureInfo.InvariantCulture)).ToArray();

    private static string[][] Rows(string csv) => File.ReadAllLines(csv).Select(l => l.Split(',')).ToArray();

    [Fact]
    public async Task Runs_are_deterministic_and_each_pair_runs_with_its_members_values()
    {
        var scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 6);
        var a = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--parameter-uncertainty", Fixture, "--out", "a", "--quiet");
        var b = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "b", "--silos", "2", "--quiet", "--parameter-uncertainty", Fixture);
        var off = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "off", "--quiet");
        Assert.True(a.ExitCode == 0, a.Output);
        Assert.True(b.ExitCode == 0, b.Output);
        Assert.True(off.ExitCode == 0, off.Output);
        Assert.Equal(File.ReadAllBytes(Path_("a", "metrics.csv")), File.ReadAllBytes(Path_("b", "metrics.csv")));
        Assert.NotEqual(File.ReadAllBytes(Path_("a", "metrics.csv")), File.ReadAllBytes(Path_("off", "metrics.csv")));

        using (var doc = JsonDocument.Parse(File.ReadAllText(Path_("a", "run.json"))))
        {
            var pu = doc.RootElement.GetProperty("parameter_uncertainty");
            Assert.Equal(Path.GetFullPath(Fixture), pu.GetProperty("ensemble").GetString());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Fixture))), pu.GetProperty("sha256").GetString());
            Assert.Equal(3, pu.GetProperty("members").GetInt32());
            Assert.Empty(pu.GetProperty("kept_from_scenario").EnumerateArray());
        }
        var members = Members(Path_("a", "run.json"));
        Assert.Equal(6, members.Length);
        Assert.Equal(members, Members(Path_("b", "run.json")));
        for (int r = 0; r < 6; r += 2) Assert.Equal(members[r], members[r + 1]);
        Assert.True(members.Distinct().Count() >= 2, "the seed draws a single member: pick another seed for this test");

        // Each replication starts with its member's GSR incumbents (scaled by 0.1: 20, 80 or 40) and a few startups
        // (4.5, less the first quarter's failures), so its firms after the first tick tell its member apart.
        var firms = InitialGsrFirms(Path_("a", "metrics.csv"));
        Assert.Equal(6, firms.Length);
        for (int r = 0; r < 6; r++) Assert.InRange(firms[r] - 0.1 * Incumbents[members[r]], 0, 8);
        Assert.All(InitialGsrFirms(Path_("off", "metrics.csv")), f => Assert.InRange(f, 50, 58));

        // summary.csv: the split of the variance, present with the option and empty without.
        var summary = Rows(Path_("a", "summary.csv"));
        int share = Array.IndexOf(summary[0], "share_parametric"), sdS = Array.IndexOf(summary[0], "sd_stochastic"), sdP = Array.IndexOf(summary[0], "sd_parametric");
        Assert.True(share > 0 && sdS > 0 && sdP > 0);
        var gsrFirms = Assert.Single(summary, f => f[0] == "firms.active" && f[1] == "2020" && f[2] == "GSR" && f[4] == "all");
        Assert.InRange(double.Parse(gsrFirms[share], CultureInfo.InvariantCulture), 0.5, 1.0);   // most of the spread is the members'
        var offSummary = Rows(Path_("off", "summary.csv"));
        Assert.All(offSummary.Skip(1), f => Assert.True(f[share].Length == 0 && f[sdS].Length == 0 && f[sdP].Length == 0));
    }

    [Fact]
    public async Task A_parameter_the_scenario_sets_keeps_the_scenarios_value()
    {
        // The scenario sets the GSR incumbents to their default: explicit all the same, so the ensemble leaves it alone.
        var path = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 4);
        File.WriteAllText(path, File.ReadAllText(path).Replace("  scale: 0.1 ", "  GSR: { incumbents: 500 }\n  scale: 0.1 "));
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", path, "--parameter-uncertainty", Fixture, "--out", "kept", "--quiet");
        Assert.True(r.ExitCode == 0, r.Output);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path_("kept", "run.json")));
        Assert.Equal(["population.GSR.incumbents"], doc.RootElement.GetProperty("parameter_uncertainty").GetProperty("kept_from_scenario").EnumerateArray().Select(e => e.GetString()));
        var firms = InitialGsrFirms(Path_("kept", "metrics.csv"));
        Assert.Equal(4, firms.Length);
        Assert.All(firms, f => Assert.InRange(f, 50, 58));   // 500 x 0.1 incumbents and a few startups, whatever the member
    }

    [Fact]
    public async Task Compare_gives_every_scenario_the_same_members_and_decomposes_the_differences()
    {
        var baseline = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 4);
        var other = Nordicsim.SmallScenario(_dir.FullName, name: "other", years: 1, replications: 4);
        File.WriteAllText(other, File.ReadAllText(other).Replace("{ lever: trade_conflict, start: 2020, end: 2040, intensity: 1.0 }", "{ lever: trade_conflict, start: 2020, end: 2040, intensity: 1.5 }"));
        Assert.Contains("intensity: 1.5", File.ReadAllText(other));   // the scenarios differ
        var r = await Nordicsim.RunAsync(_dir.FullName, "compare", baseline, other, "--parameter-uncertainty", Fixture, "--out", "cmp", "--quiet");
        Assert.True(r.ExitCode == 0, r.Output);
        var members = Members(Path_("cmp", "runs", "scenario=small", "run.json"));
        Assert.Equal(members, Members(Path_("cmp", "runs", "scenario=other", "run.json")));
        Assert.Equal(InitialGsrFirms(Path_("cmp", "runs", "scenario=small", "metrics.csv")), InitialGsrFirms(Path_("cmp", "runs", "scenario=other", "metrics.csv")));

        var horizon = Rows(Path_("cmp", "comparison-horizon.csv"));
        int share = Array.IndexOf(horizon[0], "share_parametric");
        Assert.True(share > 0);
        Assert.Contains(horizon.Skip(1), f => f[share].Length > 0);
        Assert.Contains("from parameter uncertainty", File.ReadAllText(Path_("cmp", "report.html")));
    }

    [Fact]
    public async Task Sweep_fills_the_variance_columns()
    {
        var scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 4);
        var r = await Nordicsim.RunAsync(_dir.FullName, "sweep", scenario, "--vary", "outbound.hazard.manufacturer=0.02:0.02:0.01", "--parameter-uncertainty", Fixture, "--out", "sw", "--quiet");
        Assert.True(r.ExitCode == 0, r.Output);
        var rows = Rows(Path_("sw", "sweep.csv"));
        int sdP = Array.IndexOf(rows[0], "sd_parametric");
        Assert.True(sdP > 0);
        Assert.Contains(rows.Skip(1), f => f[sdP].Length > 0 && double.Parse(f[sdP], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task A_bad_ensemble_is_reported_by_line_and_column_with_exit_code_2()
    {
        var scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 2);
        File.WriteAllText(Path_("bad.csv"), "member,firm.startup_failure_rate,no.such.parameter\n0,1.5,1\n");
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--parameter-uncertainty", "bad.csv", "--out", "bad", "--quiet");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("bad.csv:1:34: header: unknown parameter 'no.such.parameter'", r.Stderr);
        Assert.Contains("bad.csv:2:3: firm.startup_failure_rate: firm.startup_failure_rate must be between 0 and 1", r.Stderr);
        Assert.False(Directory.Exists(Path_("bad")));
    }

    [Fact]
    public async Task Without_a_path_the_shipped_ensemble_is_used_or_its_absence_reported()
    {
        var scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 2);
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "shipped", "--quiet", "--parameter-uncertainty");
        if (File.Exists(Path.Combine(Nordicsim.RepoRoot, "scenarios", "calibration", "ensemble.csv")))
        {
            Assert.True(r.ExitCode == 0, r.Output);
            using var doc = JsonDocument.Parse(File.ReadAllText(Path_("shipped", "run.json")));
            Assert.Equal("shipped", doc.RootElement.GetProperty("parameter_uncertainty").GetProperty("ensemble").GetString());
        }
        else
        {
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("ships no parameter ensemble", r.Stderr);
            Assert.Contains("--parameter-uncertainty <PATH>", r.Stderr);
        }
    }
}
