using System.Collections.Immutable;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Contracts.Grains;

/// <summary>A family of venture capital funds, Chinese or Nordic (key: "&lt;run&gt;/&lt;replication&gt;/funds/&lt;family&gt;").
/// Funds are batched by family so that the calls per tick do not grow with the population.</summary>
[Alias("ncs.IFundFamilyGrain")]
public interface IFundFamilyGrain : IGrainWithStringKey
{
    [Alias("Initialize")]
    Task<FundFamilyReport> Initialize(ReplicationSpec spec, int family);

    /// <summary>Decide phase: every fund's deals on the frozen snapshot, in fund order; changes no state.</summary>
    [Alias("Decide")]
    Task<FundDecision> Decide(WorldSnapshot snapshot);

    /// <summary>Commit phase: the family's deal outcomes in canonical order, then each fund's own cycle.</summary>
    [Alias("Commit")]
    Task<FundFamilyReport> Commit(int tick, ImmutableArray<DealOutcome> outcomes, ImmutableArray<double> policy);

    /// <summary>The family's whole state between ticks, for a checkpoint.</summary>
    [Alias("Snapshot")]
    Task<byte[]> Snapshot();

    /// <summary>Replaces the family's state with a checkpointed one (instead of Initialize).</summary>
    [Alias("Restore")]
    Task Restore(ReplicationSpec spec, int family, byte[] state);

    [Alias("Release")]
    Task Release();
}
