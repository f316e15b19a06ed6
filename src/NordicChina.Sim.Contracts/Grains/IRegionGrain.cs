using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Exchange;
using System.Collections.Immutable;

namespace NordicChina.Sim.Contracts.Grains;

/// <summary>
/// A region (key: "&lt;run&gt;/&lt;replication&gt;/region/&lt;code&gt;"): its firms, the Chinese R&amp;D centres it hosts,
/// its university and talent pool. It owns the region's markets: inbound deals, hiring and migration arrivals.
/// </summary>
[Alias("ncs.IRegionGrain")]
public interface IRegionGrain : IGrainWithStringKey
{
    [Alias("Initialize")]
    Task<RegionReport> Initialize(ReplicationSpec spec, int region);

    /// <summary>Decide phase: intents from the frozen snapshot; changes no state.</summary>
    [Alias("Decide")]
    Task<RegionDecision> Decide(WorldSnapshot snapshot);

    /// <summary>Resolve phase: deals aimed at this region and arrivals, in canonical order; changes no state.</summary>
    [Alias("Resolve")]
    Task<HostResolution> Resolve(WorldSnapshot snapshot, ImmutableArray<InvestmentIntent> inbound, ImmutableArray<MigrationFlow> arrivals);

    /// <summary>Commit phase: applies outcomes, runs the region's own dynamics on the tick's snapshot, reports.</summary>
    [Alias("Commit")]
    Task<RegionReport> Commit(WorldSnapshot snapshot, RegionCommit commit);

    /// <summary>The region's whole state between ticks, for a checkpoint.</summary>
    [Alias("Snapshot")]
    Task<byte[]> Snapshot();

    /// <summary>Replaces the region's state with a checkpointed one (instead of Initialize).</summary>
    [Alias("Restore")]
    Task Restore(ReplicationSpec spec, int region, byte[] state);

    [Alias("Release")]
    Task Release();
}
