using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Exchange;
using System.Collections.Immutable;

namespace NordicChina.Sim.Contracts.Grains;

/// <summary>A government (key: "&lt;run&gt;/&lt;replication&gt;/country/&lt;code&gt;"): the policy levers it owns and, for
/// China and Sweden, the national AI capability by sector.</summary>
[Alias("ncs.ICountryGrain")]
public interface ICountryGrain : IGrainWithStringKey
{
    [Alias("Initialize")]
    Task<CountryState> Initialize(ReplicationSpec spec, string country);

    /// <summary>Moves to tick <paramref name="tick"/> using the knowledge flows of the previous tick.</summary>
    [Alias("Advance")]
    Task<CountryState> Advance(int tick, KnowledgeFlows flows);

    /// <summary>The government's whole state between ticks, for a checkpoint.</summary>
    [Alias("Snapshot")]
    Task<byte[]> Snapshot();

    /// <summary>Replaces the government's state with a checkpointed one (instead of Initialize).</summary>
    [Alias("Restore")]
    Task Restore(ReplicationSpec spec, string country, byte[] state);

    [Alias("Release")]
    Task Release();
}
