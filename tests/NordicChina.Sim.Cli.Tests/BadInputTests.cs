namespace NordicChina.Sim.Cli.Tests;

/// <summary>Bad input: one clear message naming file, line and field; exit code 2; no output folder; earlier
/// results untouched.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-bad-");

    public void Dispose() => _dir.Delete(true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Valid = "name: t\nyears:\n  start: 2020\n  end: 2021\nseed: 1\nreplications: 1\n";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // file name, content, expected field, expected line
        { "malformed.yaml", "name: t\nyears: [2020,\nseed: 1\n", "yaml", ":3:" },
        { "unknown-key.yaml", Valid + "colour: red\n", "colour", ":7:" },
        { "wrong-type.yaml", Valid.Replace("seed: 1", "seed: abc"), "seed", ":5:" },
        { "negative.yaml", Valid + "population:\n  GSR: { incumbents: -5 }\n", "population.GSR.incumbents", ":8:" },
        { "end-before-start.yaml", Valid.Replace("end: 2021", "end: 2010"), "years.end", ":4:" },
        { "unknown-parameter.yaml", Valid + "parameters:\n  catchup.rate.CN.heavvy: 0.1\n", "parameters.catchup.rate.CN.heavvy", ":8:" },
        { "too-large.yaml", Valid + "population:\n  scale: 900\n", "population", ":8:" },
        { "unsafe-name.yaml", Valid.Replace("name: t", "name: .."), "name", ":1:" },
        { "too-many-results.yaml", Valid.Replace("end: 2021", "end: 2100").Replace("replications: 1", "replications: 90000"), "replications", ":6:" },
        { "bad-lever.yaml", Valid + "policies:\n  - { lever: moon_landing, start: 2020, end: 2021, intensity: 1 }\n", "policies[0].lever", ":8:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_scenario_exits_2_naming_file_line_and_field_and_writes_nothing(string file, string content, string field, string line)
    {
        string path = Write(file, content);
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", path, "--out", "out");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(file + line, r.Stderr);
        Assert.Contains(field + ":", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "out")), "no output folder");
        Assert.Empty(Directory.GetDirectories(_dir.FullName));

        var v = await Nordicsim.RunAsync(_dir.FullName, "validate", path);
        Assert.Equal(2, v.ExitCode);
        Assert.Contains(field + ":", v.Stderr);
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", "nowhere.yaml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nowhere.yaml", r.Stderr);
        Assert.Contains("file not found", r.Stderr);
    }

    [Fact]
    public async Task A_failed_run_leaves_earlier_results_untouched()
    {
        string results = Path.Combine(_dir.FullName, "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "metrics.csv"), "earlier results\n");
        string bad = Write("bad.yaml", Valid + "replications: 0\n");
        var r = await Nordicsim.RunAsync(_dir.FullName, "run", bad, "--out", results);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("earlier results\n", File.ReadAllText(Path.Combine(results, "metrics.csv")));

        var option = await Nordicsim.RunAsync(_dir.FullName, "run", Write("ok.yaml", Valid), "--out", results, "--replications", "-3");
        Assert.Equal(2, option.ExitCode);
        Assert.Equal("earlier results\n", File.ReadAllText(Path.Combine(results, "metrics.csv")));
        Assert.Single(Directory.GetDirectories(_dir.FullName));
    }

    [Fact]
    public async Task Validate_accepts_every_scenario_in_the_library()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Nordicsim.RepoRoot, "scenarios"), "*.yaml"))
        {
            var r = await Nordicsim.RunAsync(_dir.FullName, "validate", file);
            Assert.True(r.ExitCode == 0, file + ": " + r.Output);
        }
    }
}
