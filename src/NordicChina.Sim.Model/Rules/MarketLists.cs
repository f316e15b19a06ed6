using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>The lists an <see cref="InboundMarket"/> draws from (acquisition targets by sector, equity-eligible
/// startups), kept by the region from tick to tick so that a large region does not allocate them anew every tick.
/// Their content never outlives the tick that filled them.</summary>
public sealed class MarketLists
{
    public List<Firm>[] TargetsBySector { get; } = Enumerable.Range(0, Sectors.Count).Select(_ => new List<Firm>()).ToArray();
    public List<Firm> Startups { get; } = new();
}
