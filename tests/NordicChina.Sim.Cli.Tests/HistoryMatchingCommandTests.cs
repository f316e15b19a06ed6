namespace NordicChina.Sim.Cli.Tests;

/// <summary>nordicsim calibrate &lt;spec&gt; end to end: history matching writes an ensemble and its diagnostics, is
/// deterministic, splits fitted and held-out moments by --fit-years, and refuses a bad spec with exit 2.</summary>
public sealed class HistoryMatchingCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-hmcli-");
    public void Dispose() => _dir.Delete(true);

    private string Spec(string parameters = "  - { name: outbound.hazard.champion, low: 0.1, high: 0.6 }\n  - { name: outbound.completion_lag_years, low: 0.0, high: 1.5 }\n")
    {
        string scenario = Nordicsim.SmallScenario(_dir.FullName, years: 2, replications: 2);
        File.WriteAllText(Path.Combine(_dir.FullName, "targets.yaml"),
            "name: t\nuse: calibration\nscenario: small.yaml\nparameters:\n  - { name: outbound.hazard.champion }\nmoments:\n" +
            "  - { name: deals_2020, metric: fdi.total.deals, years: [2020, 2020], target: 8, sd: 6, source: \"test (2026)\" }\n" +
            "  - { name: deals_2021, metric: fdi.total.deals, years: [2021, 2021], target: 8, sd: 6, source: \"test (2026)\" }\n");
        string spec = Path.Combine(_dir.FullName, "spec.yaml");
        File.WriteAllText(spec, "name: t\nseed: 5\ntargets: [targets.yaml]\nreplications: 2\nwaves: 2\ndesign_points: 8\ncandidates: 500\nensemble: 6\nparameters:\n" + parameters);
        _ = scenario;
        return spec;
    }

    [Fact]
    public async Task History_matching_writes_an_ensemble_with_diagnostics_and_is_deterministic()
    {
        string spec = Spec();
        var first = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--out", "a", "--quiet");
        Assert.True(first.ExitCode == 0, first.Output);
        var second = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--out", "b", "--quiet");
        Assert.True(second.ExitCode == 0, second.Output);
        foreach (var file in new[] { "ensemble.csv", "ensemble-runs.csv", "waves.csv", "emulators.csv", "targets-fit.csv", "central-values.yaml", "calibration.json", "datapackage.json" })
            Assert.True(File.Exists(Path.Combine(_dir.FullName, "a", file)), file);
        foreach (var file in new[] { "ensemble.csv", "ensemble-runs.csv", "waves.csv", "emulators.csv", "targets-fit.csv", "central-values.yaml" })
            Assert.Equal(File.ReadAllText(Path.Combine(_dir.FullName, "a", file)), File.ReadAllText(Path.Combine(_dir.FullName, "b", file)));

        var ensemble = File.ReadAllLines(Path.Combine(_dir.FullName, "a", "ensemble.csv"));
        Assert.Equal("member,outbound.hazard.champion,outbound.completion_lag_years", ensemble[0]);
        Assert.True(ensemble.Length >= 2, "at least one accepted member");
        foreach (var row in ensemble.Skip(1))
        {
            var v = row.Split(',').Skip(1).Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.InRange(v[0], 0.1, 0.6);
            Assert.InRange(v[1], 0.0, 1.5);
        }
        // The central values are the most plausible accepted member's point: the accepted final run with the smallest
        // implausibility (no confirmation runs here), written whole to central-values.yaml and named in calibration.json.
        var runs = File.ReadAllLines(Path.Combine(_dir.FullName, "a", "ensemble-runs.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[1] == "true").Select(f => double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(ensemble.Length - 1, runs.Length);
        int best = Array.IndexOf(runs, runs.Min());
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.FullName, "a", "calibration.json"))))
            Assert.Equal(best, json.RootElement.GetProperty("central_member").GetInt32());
        var central = File.ReadAllLines(Path.Combine(_dir.FullName, "a", "central-values.yaml")).Where(l => l.StartsWith("  ")).Select(l => l.Trim()).ToArray();
        var member = ensemble[best + 1].Split(',');
        Assert.Equal(new[] { "outbound.hazard.champion: " + member[1], "outbound.completion_lag_years: " + member[2] }, central);
        Assert.Contains($"member {best} of the {runs.Length} accepted", File.ReadAllText(Path.Combine(_dir.FullName, "a", "central-values.yaml")));

        var waves = File.ReadAllLines(Path.Combine(_dir.FullName, "a", "waves.csv"));
        Assert.StartsWith("wave,design_points,training_points,cutoff,non_implausible_fraction", waves[0]);
        Assert.StartsWith("1,8,8,3,", waves[1]);
        var fit = File.ReadAllLines(Path.Combine(_dir.FullName, "a", "targets-fit.csv"));
        Assert.Equal(3, fit.Length);
        Assert.All(fit.Skip(1), l => Assert.Contains(",fitted,", l));
        var emulators = File.ReadAllLines(Path.Combine(_dir.FullName, "a", "emulators.csv"));
        Assert.Contains(emulators, l => l.StartsWith("1,deals_2020,8,"));
    }

    [Fact]
    public async Task Matching_the_mean_is_stricter_than_matching_one_realisation_and_is_recorded()
    {
        // The model's mean number of deals (a loose first calibration), then targets 4 deals above it with sd 1: the
        // model's mean is 4 sd away, one replication's spread (several deals) covers it.
        var first = await Nordicsim.RunAsync(_dir.FullName, "calibrate", Spec(), "--out", "first", "--quiet");
        Assert.True(first.ExitCode == 0, first.Output);
        var fitted = File.ReadAllLines(Path.Combine(_dir.FullName, "first", "targets-fit.csv"));
        int meanColumn = Array.IndexOf(fitted[0].Split(','), "mean");
        double Model(string moment) => double.Parse(fitted.Single(l => l.StartsWith(moment + ",")).Split(',')[meanColumn], System.Globalization.CultureInfo.InvariantCulture);
        string targets = File.ReadAllText(Path.Combine(_dir.FullName, "targets.yaml"));
        string Tight(string name, string match)
        {
            string t = targets;
            foreach (var m in new[] { "deals_2020", "deals_2021" })
            {
                int at = t.IndexOf(m, StringComparison.Ordinal);
                int target = t.IndexOf("target: 8, sd: 6", at, StringComparison.Ordinal);
                t = t[..target] + FormattableString.Invariant($"target: {Model(m) + 4:R}, sd: 1") + t[(target + "target: 8, sd: 6".Length)..];
            }
            File.WriteAllText(Path.Combine(_dir.FullName, "targets.yaml"), t);
            string path = Path.Combine(_dir.FullName, name);
            File.WriteAllText(path, File.ReadAllText(Path.Combine(_dir.FullName, "spec.yaml")) + (match.Length > 0 ? $"match: {match}\n" : ""));
            return path;
        }
        // The mean match rules out the whole box here (the model's mean is 4 sd from the targets everywhere): no parameter
        // set is accepted, which calibrate reports with exit code 1 and an ensemble of none.
        var mean = await Nordicsim.RunAsync(_dir.FullName, "calibrate", Tight("mean.yaml", ""), "--out", "m", "--quiet");
        Assert.True(mean.ExitCode == 1, mean.Output);
        Assert.Contains("\"accepted\": 0,", File.ReadAllText(Path.Combine(_dir.FullName, "m", "calibration.json")));
        var realisation = await Nordicsim.RunAsync(_dir.FullName, "calibrate", Tight("real.yaml", "realisation"), "--out", "r", "--quiet");
        Assert.True(realisation.ExitCode == 0, realisation.Output);
        Assert.Contains("\"match\": \"mean\"", File.ReadAllText(Path.Combine(_dir.FullName, "m", "calibration.json")));
        Assert.Contains("\"match\": \"realisation\"", File.ReadAllText(Path.Combine(_dir.FullName, "r", "calibration.json")));
        double Fraction(string dir) => double.Parse(File.ReadAllLines(Path.Combine(_dir.FullName, dir, "waves.csv"))[1].Split(',')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Fraction("m") < Fraction("r"), $"non-implausible fraction after wave 1: mean {Fraction("m")}, realisation {Fraction("r")}");

        var bad = await Nordicsim.RunAsync(_dir.FullName, "calibrate", Tight("bad.yaml", "median"), "--out", "bad");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.yaml:", bad.Stderr);
        Assert.Contains("match: expected mean", bad.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad")));
    }

    [Fact]
    public async Task Confirmation_runs_the_accepted_final_runs_again_and_keeps_those_still_within_the_cutoff()
    {
        string spec = Spec();
        string confirmed = Path.Combine(_dir.FullName, "confirm.yaml");
        File.WriteAllText(confirmed, File.ReadAllText(spec) + "confirm: 3\n");
        var plain = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--out", "plain", "--quiet");
        Assert.True(plain.ExitCode == 0, plain.Output);
        var run = await Nordicsim.RunAsync(_dir.FullName, "calibrate", confirmed, "--out", "confirmed", "--quiet");
        Assert.True(run.ExitCode == 0, run.Output);

        static List<string[]> Rows(string path) => File.ReadAllLines(path).Select(l => l.Split(',')).ToList();
        static double D(string x) => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture);
        var without = Rows(Path.Combine(_dir.FullName, "plain", "ensemble-runs.csv"));
        var with = Rows(Path.Combine(_dir.FullName, "confirmed", "ensemble-runs.csv"));
        Assert.Equal(["run", "accepted", "implausibility", "confirmation_implausibility"], with[0][..4]);
        // The waves and the final runs are the same: confirmation only adds a second look at the runs that passed.
        Assert.Equal(without.Skip(1).Select(r => (r[0], r[2], string.Join(",", r[4..]))), with.Skip(1).Select(r => (r[0], r[2], string.Join(",", r[4..]))));
        Assert.All(without.Skip(1), r => Assert.Equal("", r[3]));
        var passed = with.Skip(1).Where(r => D(r[2]) <= 3).ToList();
        Assert.NotEmpty(passed);
        Assert.All(with.Skip(1), r => Assert.Equal(D(r[2]) <= 3, r[3] != ""));
        Assert.All(with.Skip(1), r => Assert.Equal(D(r[2]) <= 3 && r[3] != "" && D(r[3]) <= 3 ? "true" : "false", r[1]));
        // Another draw at other seeds and three times the replications: its implausibility is not the final run's.
        Assert.All(passed, r => Assert.NotEqual(r[2], r[3]));
        int accepted = with.Count(r => r[1] == "true");
        Assert.Equal(accepted, File.ReadAllLines(Path.Combine(_dir.FullName, "confirmed", "ensemble.csv")).Length - 1);
        // The fit table pools the confirmed members' runs only (2 replications each).
        var fit = Rows(Path.Combine(_dir.FullName, "confirmed", "targets-fit.csv"));
        int runsColumn = Array.IndexOf(fit[0], "runs");
        Assert.All(fit.Skip(1), r => Assert.Equal(2 * accepted, int.Parse(r[runsColumn], System.Globalization.CultureInfo.InvariantCulture)));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.FullName, "confirmed", "calibration.json")));
        Assert.Equal(3, json.RootElement.GetProperty("confirm").GetInt32());
        Assert.Equal(passed.Count, json.RootElement.GetProperty("confirmed_runs").GetInt32());
        Assert.Equal(accepted, json.RootElement.GetProperty("accepted").GetInt32());

        // prediction_factor: the same ensemble, its fit table from twice the replications per member.
        string predicted = Path.Combine(_dir.FullName, "predict.yaml");
        File.WriteAllText(predicted, File.ReadAllText(confirmed) + "prediction_factor: 2\n");
        var twice = await Nordicsim.RunAsync(_dir.FullName, "calibrate", predicted, "--out", "predicted", "--quiet");
        Assert.True(twice.ExitCode == 0, twice.Output);
        Assert.Equal(File.ReadAllText(Path.Combine(_dir.FullName, "confirmed", "ensemble.csv")), File.ReadAllText(Path.Combine(_dir.FullName, "predicted", "ensemble.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(_dir.FullName, "confirmed", "ensemble-runs.csv")), File.ReadAllText(Path.Combine(_dir.FullName, "predicted", "ensemble-runs.csv")));
        var fit2 = Rows(Path.Combine(_dir.FullName, "predicted", "targets-fit.csv"));
        Assert.All(fit2.Skip(1), r => Assert.Equal(4 * accepted, int.Parse(r[runsColumn], System.Globalization.CultureInfo.InvariantCulture)));
        int meanColumn = Array.IndexOf(fit[0], "mean");
        Assert.Contains(fit2.Skip(1).Zip(fit.Skip(1)), p => p.First[meanColumn] != p.Second[meanColumn]);
        using var json2 = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.FullName, "predicted", "calibration.json")));
        Assert.Equal(2, json2.RootElement.GetProperty("prediction_factor").GetInt32());
    }

    [Fact]
    public async Task An_implausibility_rank_above_the_fitted_moments_is_refused_before_any_run()
    {
        string spec = Spec();
        File.AppendAllText(spec, "implausibility_rank: 3\n");
        var result = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--out", "rank", "--quiet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("implausibility_rank 3 exceeds the 2 fitted moment(s)", result.Stderr);
        // Refused before the pilot (the check precedes every simulation): nothing run, no output folder written.
        Assert.Contains("nothing was run.", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "rank")));
    }

    [Fact]
    public async Task Fit_years_hold_the_later_moments_out_and_predict_them()
    {
        var r = await Nordicsim.RunAsync(_dir.FullName, "calibrate", Spec(), "--fit-years", "2020-2020", "--out", "v", "--quiet");
        Assert.True(r.ExitCode == 0, r.Output);
        var fit = File.ReadAllLines(Path.Combine(_dir.FullName, "v", "targets-fit.csv"));
        Assert.Contains(fit, l => l.StartsWith("deals_2020,t,fitted,"));
        Assert.Contains(fit, l => l.StartsWith("deals_2021,t,held_out,"));
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(_dir.FullName, "v", "emulators.csv")), l => l.Contains(",deals_2021,"));
    }

    [Fact]
    public async Task With_twins_the_calibration_is_written_before_them_and_an_interruption_loses_only_the_twins()
    {
        string spec = Spec();
        var plain = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--out", "plain", "--quiet");
        Assert.True(plain.ExitCode == 0, plain.Output);

        // Whole: the twins are added to the same results, which the twins do not change.
        var whole = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--twins", "2", "--out", "whole", "--quiet");
        Assert.True(whole.ExitCode == 0, whole.Output);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(_dir.FullName, "whole", "twins.csv")).Length);
        foreach (var file in new[] { "ensemble.csv", "ensemble-runs.csv", "targets-fit.csv", "central-values.yaml" })
            Assert.Equal(File.ReadAllText(Path.Combine(_dir.FullName, "plain", file)), File.ReadAllText(Path.Combine(_dir.FullName, "whole", file)));

        // The twins alone, on the ensemble that run wrote (--ensemble): the same experiments without calibrating again.
        var only = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--twins", "2", "--ensemble", Path.Combine("whole", "ensemble.csv"), "--out", "only", "--quiet");
        Assert.True(only.ExitCode == 0, only.Output);
        Assert.Equal(File.ReadAllText(Path.Combine(_dir.FullName, "whole", "twins.csv")), File.ReadAllText(Path.Combine(_dir.FullName, "only", "twins.csv")));
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "only", "ensemble.csv")));
        using (var twinsJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.FullName, "only", "twins.json"))))
        {
            Assert.Equal(2, twinsJson.RootElement.GetProperty("twins").GetInt32());
            Assert.Equal(64, twinsJson.RootElement.GetProperty("ensemble_sha256").GetString()!.Length);
        }
        // An ensemble of another spec (a value outside this spec's range): exit 2 with file:line:column, nothing written.
        var lines = File.ReadAllLines(Path.Combine(_dir.FullName, "whole", "ensemble.csv"));
        var f = lines[1].Split(',');
        f[1] = "0.9";
        File.WriteAllLines(Path.Combine(_dir.FullName, "other.csv"), [lines[0], string.Join(',', f)]);
        var other = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--twins", "2", "--ensemble", "other.csv", "--out", "bad");
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("other.csv:2:2: outbound.hazard.champion: 0.9 lies outside the spec's range 0.1..0.6", other.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad")));
        var alone = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--ensemble", "other.csv", "--out", "bad");
        Assert.Equal(2, alone.ExitCode);
        Assert.Contains("--ensemble runs only the twin experiments", alone.Output);

        // Interrupted during the twins (Ctrl+C once the calibration's results are there): exit 130, the calibration kept.
        using var p = Nordicsim.Start(_dir.FullName, "calibrate", spec, "--twins", "60", "--out", "cut", "--quiet");
        try
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
            while (!File.Exists(Path.Combine(_dir.FullName, "cut", "ensemble.csv")))
            {
                Assert.False(p.HasExited, "the command ended before its calibration was written");
                Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the calibration's results");
                await Task.Delay(50);
            }
            Assert.False(p.HasExited, "the twins ended before the interruption; give them more work");
            Assert.Equal(0, Kill(p.Id, 2));
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await p.WaitForExitAsync(timeout.Token);
            Assert.Equal(130, p.ExitCode);
        }
        finally { if (!p.HasExited) p.Kill(entireProcessTree: true); }
        foreach (var file in new[] { "ensemble.csv", "ensemble-runs.csv", "targets-fit.csv", "central-values.yaml" })
            Assert.Equal(File.ReadAllText(Path.Combine(_dir.FullName, "plain", file)), File.ReadAllText(Path.Combine(_dir.FullName, "cut", file)));
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "cut", "twins.csv")));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.FullName, "cut", "calibration.json")));
        Assert.Equal(0, json.RootElement.GetProperty("twins").GetInt32());
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [Fact]
    public async Task A_bad_spec_exits_2_naming_file_line_and_field_and_writes_nothing()
    {
        string spec = Spec("  - { name: outbound.hazard.champion, low: 0.1, high: 0.6 }\n  - { name: no.such.parameter }\n");
        var r = await Nordicsim.RunAsync(_dir.FullName, "calibrate", spec, "--out", "bad");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("spec.yaml:", r.Stderr);
        Assert.Contains("parameters[1].name: unknown parameter 'no.such.parameter'", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad")));

        var implicitRange = await Nordicsim.RunAsync(_dir.FullName, "calibrate", Spec("  - { name: outbound.hazard.champion }\n"), "--out", "bad");
        Assert.Equal(2, implicitRange.ExitCode);
        Assert.Contains("parameters[0]: give low and high", implicitRange.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "bad")));

        var years = await Nordicsim.RunAsync(_dir.FullName, "calibrate", Spec(), "--fit-years", "2021", "--out", "bad");
        Assert.Equal(2, years.ExitCode);
        Assert.Contains("--fit-years", years.Output);
    }
}
