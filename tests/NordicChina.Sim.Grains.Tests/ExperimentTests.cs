using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The experiments on the shared cluster: comparison intervals, sweep resume, calibration twin experiment,
/// sensitivity screening of the simulation.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ExperimentTests(ClusterFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-exp-");
    public void Dispose() => _dir.Delete(true);
    private string Out(string name) => Path.Combine(_dir.FullName, name);

    /// <summary>A row of comparison.csv, or for year "total" of comparison-horizon.csv (given a year field "total" so
    /// that both have comparison.csv's columns).</summary>
    private static string[] Row(string folder, string scenario, string metric, string year = "total", string region = "all", string sector = "all") =>
        (year == "total"
            ? CsvOut.ReadFile(Path.Combine(folder, ComparisonRunner.HorizonFile)).Skip(1).Select(f => (string[])[f[0], f[1], "total", .. f[2..]])
            : CsvOut.ReadFile(Path.Combine(folder, ComparisonRunner.File)).Skip(1))
            .Single(f => f[0] == scenario && f[1] == metric && f[2] == year && f[3] == region && f[4] == "" && f[5] == sector); // destination empty

    [Fact]
    public async Task Compare_intervals_shrink_with_replications_and_repeat_exactly()
    {
        var baseline = TestScenarios.Small(years: 4, scale: 0.2, seed: 300);
        var surge = baseline with { Name = "surge", Policies = baseline.Policies.Append(new PolicySetting("going_out", 2000, 2100, 2.0, [])).ToArray() };
        var runner = new ComparisonRunner(fixture.Grains, ClusterFixture.Silos);
        await runner.RunAsync(baseline with { Replications = 4 }, [surge], Out("c4"));
        await runner.RunAsync(baseline with { Replications = 16 }, [surge], Out("c16"));
        await runner.RunAsync(baseline with { Replications = 16 }, [surge], Out("c16again"));

        double Width(string folder) { var f = Row(folder, "surge", "fdi.total.deals"); return double.Parse(f[12]) - double.Parse(f[11]); } // ci95_high - ci95_low
        Assert.True(Width(Out("c16")) < Width(Out("c4")), $"CI width with 16 replications {Width(Out("c16"))}, with 4 {Width(Out("c4"))}");
        var diff = Row(Out("c16"), "surge", "fdi.total.deals");
        Assert.True(double.Parse(diff[11]) > 0, "doubling Going Out raises deals beyond the interval");
        foreach (var file in new[] { ComparisonRunner.File, ComparisonRunner.HorizonFile })
            Assert.Equal(File.ReadAllBytes(Path.Combine(Out("c16"), file)), File.ReadAllBytes(Path.Combine(Out("c16again"), file)));
        // comparison.csv's year is always a whole number; the horizon totals are in comparison-horizon.csv.
        var years = CsvOut.ReadFile(Path.Combine(Out("c16"), ComparisonRunner.File));
        Assert.Equal("year", years[0][2]);
        Assert.All(years.Skip(1), f => Assert.True(int.TryParse(f[2], out _), $"year '{f[2]}'"));
        Assert.DoesNotContain("year", CsvOut.ReadFile(Path.Combine(Out("c16"), ComparisonRunner.HorizonFile))[0]);
        foreach (var file in new[] { ComparisonRunner.File, ComparisonRunner.HorizonFile })
            Assert.All(CsvOut.ReadFile(Path.Combine(Out("c16"), file)).SelectMany(f => f), v => Assert.True(v != "NA" && v != "NaN", $"{file}: '{v}'"));
        Assert.True(File.Exists(Path.Combine(Out("c16"), "runs", "scenario=surge", "summary.csv")));
    }

    [Fact]
    public async Task A_sweep_interrupted_and_resumed_gives_the_same_output_as_one_run_straight_through()
    {
        var s = TestScenarios.Small(years: 2, replications: 2, scale: 0.1, seed: 301);
        var grid = ParameterGrid.Parse(["outbound.hazard.manufacturer=0.02:0.08:0.02"]);
        var runner = new SweepRunner(fixture.Grains, ClusterFixture.Silos) { PointConcurrency = 1 };
        await runner.RunAsync(s, grid, Out("straight"), resume: false);

        using var cancel = new CancellationTokenSource();
        var stopAfterTwo = new SyncProgress(p => { if (p.PointsDone >= 2) cancel.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(s, grid, Out("resumed"), resume: false, stopAfterTwo, cancel.Token));
        Assert.False(Directory.Exists(Out("resumed")), "nothing final is written by an interrupted sweep");
        int saved = Directory.GetFiles(Path.Combine(SweepRunner.WorkFolder(Out("resumed")), "points"), "*.csv").Length;
        Assert.InRange(saved, 2, 3);

        await Assert.ThrowsAsync<ExperimentInputException>(() => runner.RunAsync(s, grid, Out("resumed"), resume: false));
        int ran = await runner.RunAsync(s, grid, Out("resumed"), resume: true);
        Assert.Equal(4 - saved, ran);
        Assert.Equal(File.ReadAllText(Path.Combine(Out("straight"), "sweep.csv")), File.ReadAllText(Path.Combine(Out("resumed"), "sweep.csv")));
        Assert.False(Directory.Exists(SweepRunner.WorkFolder(Out("resumed"))));
    }

    [Fact]
    public async Task Calibration_recovers_known_parameters_from_targets_the_model_generated()
    {
        var s = TestScenarios.Small(years: 6, replications: 3, scale: 0.3, seed: 302);
        double hazard = 0.05, catchUp = 0.08;      // the truth (defaults: 0.03 and 0.05)
        var truth = s with { Parameters = s.Parameters.With([new("outbound.hazard.manufacturer", hazard), new("catchup.rate.CN.heavy", catchUp)]) };
        var truthRun = (await new Hosting.ScenarioRunner(fixture.Grains).RunAsync(truth, ClusterFixture.Silos)).Yearly;
        var moments = new[]
        {
            new TargetMoment("deals", "fdi.total.deals", "all", "all", 2020, 2025, null, null, 0, 1),
            new TargetMoment("china_heavy", "capability.cn", "all", "heavy", 2023, 2025, null, null, 0, 1),
        }.Select(m => m with { Target = MomentValues.Of(truthRun, m) }).ToArray();
        var targets = new CalibrationTargets("twin", null, 3, 60,
            [new FittedParameter("outbound.hazard.manufacturer", 0.01, 0.1), new FittedParameter("catchup.rate.CN.heavy", 0.02, 0.15)], moments);

        var scenarioFile = Path.Combine(TestScenarios.RepoRoot, "scenarios", "baseline.yaml");
        var result = await new Calibrator(fixture.Grains, ClusterFixture.Silos).RunAsync(s, scenarioFile, targets, Out("cal"));
        Assert.InRange(result.Fitted[0], hazard * 0.85, hazard * 1.15);
        Assert.InRange(result.Fitted[1], catchUp * 0.9, catchUp * 1.1);
        Assert.True(result.Fit.Distance < 0.01, $"distance {result.Fit.Distance}");
        Assert.Contains("outbound.hazard.manufacturer:", File.ReadAllText(Path.Combine(Out("cal"), "fitted.yaml")));
    }

    [Fact]
    public async Task Morris_screening_of_the_simulation_finds_the_parameter_that_drives_an_output()
    {
        var s = TestScenarios.Small(years: 3, replications: 1, scale: 0.2, seed: 303);
        var ranges = SensitivityRunner.Ranges(["outbound.hazard.manufacturer", "wages.low_skill_takeover"]);
        await new SensitivityRunner(fixture.Grains, ClusterFixture.Silos).RunAsync(s, SensitivityMethod.Morris, 4, ranges,
            [OutputSpec.Parse("fdi.total.deals")], Out("morris"), resume: false);
        var rows = CsvOut.ReadFile(Path.Combine(Out("morris"), "sensitivity.csv")).Skip(1).Where(f => f[7] == "mu_star").ToArray(); // index
        double MuStar(string p) => double.Parse(rows.Single(f => f[6] == p)[8]); // parameter, value
        Assert.True(MuStar("outbound.hazard.manufacturer") > 5 * MuStar("wages.low_skill_takeover"),
            $"mu* hazard {MuStar("outbound.hazard.manufacturer")}, wages {MuStar("wages.low_skill_takeover")}");
        // 4 trajectories of 3 points; points.csv long (a row per point and parameter), point-outputs.csv a row per point and output.
        Assert.Equal(4 * 3 * 2, File.ReadLines(Path.Combine(Out("morris"), SensitivityRunner.PointsFile)).Count() - 1);
        var outputs = CsvOut.ReadFile(Path.Combine(Out("morris"), SensitivityRunner.PointOutputsFile));
        Assert.Equal(["point", "output", "metric", "region", "destination", "sector", "value"], outputs[0]);
        Assert.Equal(4 * 3, outputs.Count - 1);
        Assert.All(outputs.Skip(1), f => Assert.Equal(["fdi.total.deals", "fdi.total.deals", "all", "", "all"], f[1..6]));
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool, too late to cancel in time).</summary>
    private sealed class SyncProgress(Action<ExperimentProgress> report) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => report(value);
    }
}
