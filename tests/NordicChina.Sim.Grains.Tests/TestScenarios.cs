using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Small scenarios for grain tests: the baseline's policies on a tenth of its population over a few years.</summary>
public static class TestScenarios
{
    public static string RepoRoot { get; } = FindRoot();

    public static ScenarioDefinition Baseline => ScenarioLoader.Load(Path.Combine(RepoRoot, "scenarios", "baseline.yaml"));

    public static ScenarioDefinition Small(int years = 5, int replications = 2, double scale = 0.1, ulong seed = 7, params (string Name, double Value)[] overrides)
    {
        var b = Baseline;
        var parameters = b.Parameters.With(overrides.Select(o => new KeyValuePair<string, double>(o.Name, o.Value)).Append(new("population.scale", scale)));
        return b with { EndYear = b.StartYear + years - 1, Replications = replications, Seed = seed, Parameters = parameters };
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NordicChina.Sim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root (NordicChina.Sim.sln) not found.");
    }
}
