namespace NordicChina.Sim.Cli.Tests;

/// <summary>validate (and every command that loads a scenario) warns, without failing, about a policy entry outside
/// the simulated years and a horizon past every policy entry; the shipped scenarios raise no warning.</summary>
public sealed class ScenarioWarningTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-warn-");
    public void Dispose() => _dir.Delete(true);

    [Fact]
    public async Task A_policy_entry_outside_the_years_and_a_horizon_past_the_policies_are_warnings_with_their_line()
    {
        string path = Path.Combine(_dir.FullName, "late.yaml");
        File.WriteAllText(path, "name: late\nseed: 1\nyears:\n  start: 2020\n  end: 2050\nreplications: 1\npolicies:\n" +
            "  - { lever: going_out, start: 2045, end: 2046, intensity: 1.0 }\n  - { lever: ai_plan, start: 2060, end: 2061, intensity: 1.0 }\n");
        var r = await Nordicsim.RunAsync(_dir.FullName, "validate", path);
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Contains($"warning: {path}:9:5: policies[1]: years 2060-2061 lie outside the simulated years 2020-2050: the entry has no effect", r.Stderr);
        Assert.DoesNotContain("policies[0]", r.Stderr);

        File.WriteAllText(path, "name: late\nseed: 1\nyears:\n  start: 2020\n  end: 2050\nreplications: 1\npolicies:\n" +
            "  - { lever: going_out, start: 2020, end: 2040, intensity: 1.0 }\n");
        r = await Nordicsim.RunAsync(_dir.FullName, "validate", path);
        Assert.True(r.ExitCode == 0, r.Output);
        Assert.Contains($"warning: {path}:5:8: years.end: the run goes on to 2050, past the last year of every policy entry (2040): from 2041 every lever is at its default", r.Stderr);
    }

    [Fact]
    public async Task The_shipped_scenarios_raise_no_warning()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Nordicsim.RepoRoot, "scenarios"), "*.yaml"))
        {
            var r = await Nordicsim.RunAsync(_dir.FullName, "validate", file);
            Assert.True(r.ExitCode == 0, r.Output);
            Assert.DoesNotContain("warning:", r.Stderr);
        }
    }
}
