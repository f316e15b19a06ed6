using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

/// <summary>Shared fixtures: default parameters, policy states and a plausible world view.</summary>
internal static class TestWorld
{
    public static ModelParameters Defaults { get; } = new(ParameterSet.Defaults);

    public static ModelParameters With(params (string Name, double Value)[] overrides) =>
        new(ParameterSet.Defaults.With(overrides.Select(o => new KeyValuePair<string, double>(o.Name, o.Value))));

    /// <summary>The policy state in 2020 with the given entries (defaults elsewhere: going_out = 1, the rest 0).</summary>
    public static PolicyState Policy(params PolicySetting[] settings) =>
        PolicySchedule.Evaluate(settings, ParameterSet.Defaults, 2020);

    public static PolicySetting Lever(PolicyLever lever, double intensity, params string[] regions) =>
        new(lever.Name, 2020, 2020, intensity, regions);

    /// <summary>A world view built from the parameters' start values: 10 targets per host and sector, 10 eligible
    /// startups per host and hub, no Chinese presence yet.</summary>
    public static WorldView View(ModelParameters p, PolicyState? policy = null)
    {
        int r = Regions.Count, s = Sectors.Count;
        var acquirable = new int[r * s];
        var eligible = new int[r];
        foreach (var region in Regions.All)
        {
            if (region.IsHost)
                for (int k = 0; k < s; k++) acquirable[region.Index * s + k] = 10;
            eligible[region.Index] = region.IsHost || region.IsChinese ? 10 : 0;
        }
        return new WorldView(
            Tick: 0,
            Year: 2020,
            RdQuality: (double[])p.RdQuality.Clone(),
            TalentAvailable: p.TalentPool.Select(x => (long)(x * 0.05)).ToArray(),
            WageHigh: (double[])p.WageHigh.Clone(),
            WageLow: (double[])p.WageLow.Clone(),
            ChinesePresence: new int[r],
            Acquirable: acquirable,
            EquityEligible: eligible,
            CapabilitySweden: (double[])p.InitialCapabilitySe.Clone(),
            CapabilityChina: (double[])p.InitialCapabilityCn.Clone(),
            Policy: policy ?? Policy());
    }

    public static Sector SectorByCode(string code) => Sectors.ByCode(code);
}

internal static class RepoRoot
{
    /// <summary>The repository root: the first ancestor of the test binaries holding NordicChina.Sim.sln.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "NordicChina.Sim.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NordicChina.Sim.sln not found above " + AppContext.BaseDirectory);
    }
}

internal static class Stats
{
    public static (double Mean, double Variance) MeanVariance(IReadOnlyList<double> xs)
    {
        double mean = xs.Average();
        double ss = 0;
        foreach (var x in xs) ss += (x - mean) * (x - mean);
        return (mean, ss / (xs.Count - 1));
    }
}
