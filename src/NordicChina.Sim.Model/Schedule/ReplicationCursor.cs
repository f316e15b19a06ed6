using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Schedule;

/// <summary>What the coordinator of a replication carries from one tick to the next: the regions' public signals,
/// the knowledge flows to the governments, each sector's window closing year (index Sectors.Count = heavy
/// industry) and the number of agents.</summary>
public sealed class ReplicationCursor
{
    public RegionSignal[] Signals { get; set; } = [];
    public KnowledgeFlows Flows { get; set; } = KnowledgeFlows.None(Sectors.Count);
    public int?[] ClosingYear { get; set; } = new int?[Sectors.Count + 1];
    public int Agents { get; set; }

    /// <summary>The cursor before tick 0, from the agents' initial reports.</summary>
    public static ReplicationCursor Start(RegionReport[] regions, FundFamilyReport[] funds, int governments) => new()
    {
        Signals = [.. regions.Select(r => r.Signal)],
        Agents = regions.Sum(r => r.Agents) + funds.Sum(f => f.Funds) + governments,
    };
}
