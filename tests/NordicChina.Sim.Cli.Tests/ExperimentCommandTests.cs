namespace NordicChina.Sim.Cli.Tests;

/// <summary>The experiment commands end to end: bad input exits 2 naming what is wrong and writes nothing; a sweep
/// and a report work from the command line.</summary>
public sealed class ExperimentCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-expcli-");
    public void Dispose() => _dir.Delete(true);

    public static TheoryData<string[], string> BadOptions => new()
    {
        { ["sweep", "{s}", "--vary", "catchup.rate.CN.heavvy=0.01:0.02:0.01"], "unknown parameter 'catchup.rate.CN.heavvy'" },
        { ["sweep", "{s}", "--vary", "catchup.rate.CN.heavy=0.1:9:1"], "outside the catalogued bounds" },
        { ["sweep", "{s}", "--vary", "catchup.rate.CN.heavy=0.5:0.1:0.1"], "empty grid" },
        { ["sweep", "{s}", "--vary", "catchup.rate.CN.heavy=0.1:0.2:0"], "empty grid" },
        { ["sensitivity", "{s}", "--method", "sobol", "--params", "no.such.parameter"], "unknown parameter 'no.such.parameter'" },
        { ["sensitivity", "{s}", "--method", "anova", "--all"], "--method must be morris or sobol" },
        { ["sensitivity", "{s}", "--params", "fdi.x", "--outputs", "nope"], "unknown parameter 'fdi.x'" },
        { ["sensitivity", "{s}", "--screening", "--all"], "leave out --params and --all" },
        { ["sensitivity", "{s}", "--screening", "--trajectories", "1"], "--trajectories must be 2 or more" },
        { ["sensitivity", "{s}", "--all", "--trajectories", "5"], "go with --screening" },
        { ["sensitivity", "{s}", "--screening", "--targets", "no-such-targets.yaml"], "no-such-targets.yaml" },
        { ["compare", "{s}"], "missing required argument" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task Bad_experiment_options_exit_2_with_a_clear_message_and_no_output(string[] args, string message)
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 1);
        var r = await Nordicsim.RunAsync(_dir.FullName, [.. args.Select(a => a == "{s}" ? scenario : a), "--out", "out"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Output);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "out")));
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "out.partial")));
    }

    [Fact]
    public async Task A_malformed_targets_file_exits_2_naming_file_line_and_field()
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 1);
        string targets = Path.Combine(_dir.FullName, "targets.yaml");
        File.WriteAllText(targets, "name: t\nparameters:\n  - { name: outbound.hazard.manufacturer, low: 0.5, high: 0.1 }\nmoments:\n  - { metric: fdi.nothing, years: [2020, 2020], target: 1 }\n");
        var r = await Nordicsim.RunAsync(_dir.FullName, "calibrate", scenario, "--targets", targets, "--out", "out");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("targets.yaml:3:", r.Stderr);
        Assert.Contains("parameters[0]", r.Stderr);
        Assert.Contains("targets.yaml:5:", r.Stderr);
        Assert.Contains("unknown metric 'fdi.nothing'", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "out")));
    }

    [Fact]
    public async Task A_point_fit_that_runs_out_of_evaluations_says_so_on_the_console()
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 1);
        string targets = Path.Combine(_dir.FullName, "targets.yaml");
        File.WriteAllText(targets, "name: t\nreplications: 1\nmax_evaluations: 3\nparameters:\n  - { name: outbound.hazard.manufacturer, low: 0.01, high: 0.1 }\n" +
            "moments:\n  - { name: deals, metric: fdi.total.deals, years: [2020, 2020], target: 5 }\n");
        var r = await Nordicsim.RunAsync(_dir.FullName, "calibrate", scenario, "--targets", targets, "--out", "out");
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Contains("\"converged\": false", File.ReadAllText(Path.Combine(_dir.FullName, "out", "calibration.json")));
        Assert.Contains("stopped without converging", r.Output.ReplaceLineEndings(" ").Replace("  ", " "));
    }

    [Fact]
    public async Task Calibrate_refuses_a_validation_targets_file_and_runs_nothing()
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 1);
        string targets = Path.Combine(_dir.FullName, "validation.yaml");
        File.WriteAllText(targets, "name: v\nuse: validation\nmoments:\n  - { name: a, metric: fdi.total.value, years: [2020, 2020], target: 1, sd: 0.5, source: \"s\" }\n");
        var r = await Nordicsim.RunAsync(_dir.FullName, "calibrate", scenario, "--targets", targets, "--out", "out");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("a validation file is never fitted", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "out")));
    }

    [Fact]
    public async Task Sweep_writes_one_row_per_point_and_metric_and_a_report()
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 1, replications: 2);
        var r = await Nordicsim.RunAsync(_dir.FullName, "sweep", scenario, "--vary", "outbound.hazard.manufacturer=0.02:0.04:0.02", "--out", "sw", "--quiet");
        Assert.True(r.ExitCode == 0, r.Output);
        var lines = File.ReadAllLines(Path.Combine(_dir.FullName, "sw", "sweep.csv"));
        Assert.StartsWith("point,outbound.hazard.manufacturer,metric,region,destination,sector,aggregate,n,mean,sd,ci95_low,ci95_high,sd_stochastic,sd_parametric,share_parametric,seed,program_version", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("0,0.02,fdi.total.deals,all,,all,true,2,"));
        Assert.Contains(lines, l => l.StartsWith("1,0.04,fdi.total.deals,all,,all,true,2,"));
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "sw", "sweep.parquet")));
        string html = File.ReadAllText(Path.Combine(_dir.FullName, "sw", "report.html"));
        Assert.Contains("<svg", html);
    }

    [Fact]
    public async Task Report_turns_a_run_folder_into_a_self_contained_html_file()
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 2, replications: 2);
        var run = await Nordicsim.RunAsync(_dir.FullName, "run", scenario, "--out", "run", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);
        var r = await Nordicsim.RunAsync(_dir.FullName, "report", "run");
        Assert.True(r.ExitCode == 0, r.Output);
        string html = File.ReadAllText(Path.Combine(_dir.FullName, "run", "report.html"));
        Assert.True(html.Split("<svg").Length - 1 >= 5, "charts drawn");
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
        var missing = await Nordicsim.RunAsync(_dir.FullName, "report", "nowhere");
        Assert.Equal(2, missing.ExitCode);
    }

    [Fact]
    public async Task A_sweep_process_killed_halfway_and_resumed_writes_the_same_sweep_as_one_that_ran_straight_through()
    {
        // Four years per point, so that the 50 ms poll below sees the second saved point well before the eighth (with two
        // years, a fast machine once finished all eight between two polls).
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 4, replications: 2);
        string[] vary = ["--vary", "outbound.hazard.manufacturer=0.02:0.09:0.01", "--quiet"];
        var straight = await Nordicsim.RunAsync(_dir.FullName, ["sweep", scenario, .. vary, "--out", "straight"]);
        Assert.True(straight.ExitCode == 0, straight.Output);

        using var victim = Nordicsim.Start(_dir.FullName, ["sweep", scenario, .. vary, "--out", "killed"]);
        string points = Path.Combine(_dir.FullName, "killed.partial", "points");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !(Directory.Exists(points) && Directory.GetFiles(points, "*.csv").Length >= 2))
            await Task.Delay(50);
        victim.Kill(entireProcessTree: true);
        await victim.WaitForExitAsync();
        int saved = Directory.GetFiles(points, "*.csv").Length;
        Assert.InRange(saved, 2, 7);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "killed")), "no final output from a killed sweep");

        var resumed = await Nordicsim.RunAsync(_dir.FullName, ["sweep", scenario, .. vary, "--out", "killed", "--resume"]);
        Assert.True(resumed.ExitCode == 0, resumed.Output);
        Assert.Contains($"{8 - saved} point(s)", resumed.Stdout.Replace("\n", " "));
        Assert.Equal(File.ReadAllText(Path.Combine(_dir.FullName, "straight", "sweep.csv")), File.ReadAllText(Path.Combine(_dir.FullName, "killed", "sweep.csv")));
    }
}
