using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Scenarios;

/// <summary>How many agents a replication starts with, from the population parameters and population.scale.</summary>
public static class Population
{
    public static long Scaled(double count, double scale) => (long)Math.Round(count * scale);

    public static long FirmsIn(ModelParameters p, Region r) =>
        Scaled(p.Incumbents[r.Index], p.PopulationScale) + Scaled(p.Startups[r.Index], p.PopulationScale)
        + Scaled(p.Champions[r.Index], p.PopulationScale) + Scaled(p.Manufacturers[r.Index], p.PopulationScale);

    public static long Funds(ModelParameters p) => Scaled(p.ChineseFunds, p.PopulationScale) + Scaled(p.NordicFunds, p.PopulationScale);

    /// <summary>Initial agents: firms, funds, one talent pool per region, and the four governments.</summary>
    public static long InitialAgents(ModelParameters p) =>
        Regions.All.Sum(r => FirmsIn(p, r)) + Funds(p) + Regions.Count + Countries.All.Count;

    /// <summary>Rough memory a replication needs (bytes), for the "too large for this machine" check.</summary>
    public static long EstimatedBytes(ModelParameters p) => InitialAgents(p) * BytesPerAgent;

    /// <summary>Measured order of magnitude of one firm's state with its list slots (assumption for the check only).</summary>
    public const long BytesPerAgent = 400;
}
