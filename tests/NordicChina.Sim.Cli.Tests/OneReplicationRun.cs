namespace NordicChina.Sim.Cli.Tests;

/// <summary>A one-replication, two-year run written to results/baseline/ under a temporary folder, the layout the
/// README's loading snippets read (one replication: sd and the intervals are empty in every summary row, and the
/// window's closing year is missing).</summary>
public sealed class OneReplicationRun : IAsyncLifetime
{
    public DirectoryInfo Dir { get; } = Directory.CreateTempSubdirectory("ncs-snippets-");

    public async Task InitializeAsync()
    {
        string scenario = Nordicsim.SmallScenario(Dir.FullName, name: "one", years: 2, replications: 1);
        var r = await Nordicsim.RunAsync(Dir.FullName, "run", scenario, "--out", Path.Combine("results", "baseline"), "--quiet");
        if (r.ExitCode != 0) throw new InvalidOperationException($"nordicsim run failed: {r.Output}");
    }

    public Task DisposeAsync()
    {
        Dir.Delete(true);
        return Task.CompletedTask;
    }
}
