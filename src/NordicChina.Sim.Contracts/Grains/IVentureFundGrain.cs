using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Contracts.Grains;

/// <summary>A venture capital fund (key: "&lt;run&gt;/&lt;replication&gt;/fund/&lt;index&gt;").</summary>
[Alias("ncs.IVentureFundGrain")]
public interface IVentureFundGrain : IGrainWithStringKey
{
    [Alias("Initialize")]
    Task<FundReport> Initialize(ReplicationSpec spec, int index);

    [Alias("Decide")]
    Task<FundDecision> Decide(WorldSnapshot snapshot);

    [Alias("Commit")]
    Task<FundReport> Commit(int tick, IReadOnlyList<DealOutcome> outcomes, IReadOnlyList<double> policy);

    /// <summary>The fund's whole state between ticks, for a checkpoint.</summary>
    [Alias("Snapshot")]
    Task<byte[]> Snapshot();

    /// <summary>Replaces the fund's state with a checkpointed one (instead of Initialize).</summary>
    [Alias("Restore")]
    Task Restore(ReplicationSpec spec, int index, byte[] state);

    [Alias("Release")]
    Task Release();
}
