using System.Collections.Immutable;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>The frozen snapshot of the previous tick that agents decide on (the wire form of <see cref="WorldView"/>).</summary>
[GenerateSerializer, Immutable, Alias("ncs.WorldSnapshot")]
public sealed record WorldSnapshot(
    [property: Id(0)] int Tick,
    [property: Id(1)] int Year,
    [property: Id(2)] ImmutableArray<double> RdQuality,
    [property: Id(3)] ImmutableArray<long> TalentAvailable,
    [property: Id(4)] ImmutableArray<double> WageHigh,
    [property: Id(5)] ImmutableArray<double> WageLow,
    [property: Id(6)] ImmutableArray<int> ChinesePresence,
    [property: Id(7)] ImmutableArray<int> Acquirable,
    [property: Id(8)] ImmutableArray<int> EquityEligible,
    [property: Id(9)] ImmutableArray<double> CapabilitySweden,
    [property: Id(10)] ImmutableArray<double> CapabilityChina,
    [property: Id(11)] ImmutableArray<double> Policy)
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WorldSnapshot, WorldView> Views = new();

    /// <summary>The snapshot as the rules read it, made once per snapshot instance: every agent that receives the same
    /// instance (all agents of a replication on one silo, or in the direct driver) shares it. Kept beside the instance
    /// (by reference, for the instance's lifetime), so it is neither serialised nor part of the record's equality.</summary>
    public WorldView View => Views.GetValue(this, s => s.ToView());

    public WorldView ToView() => new(Tick, Year, [.. RdQuality], [.. TalentAvailable], [.. WageHigh], [.. WageLow],
        [.. ChinesePresence], [.. Acquirable], [.. EquityEligible], [.. CapabilitySweden], [.. CapabilityChina],
        new PolicyState([.. Policy]));

    /// <summary>Assembles a snapshot from region signals (in region order), capabilities and policy.</summary>
    public static WorldSnapshot Build(int tick, int year, IReadOnlyList<RegionSignal> signals,
        ImmutableArray<double> capabilitySweden, ImmutableArray<double> capabilityChina, PolicyState policy) =>
        new(tick, year,
            [.. signals.Select(s => s.RdQuality)],
            [.. signals.Select(s => s.TalentAvailable)],
            [.. signals.Select(s => s.WageHigh)],
            [.. signals.Select(s => s.WageLow)],
            [.. signals.Select(s => s.ChinesePresence)],
            [.. signals.SelectMany(s => s.AcquirableBySector)],
            [.. signals.Select(s => s.EquityEligible)],
            capabilitySweden, capabilityChina, [.. policy.Values]);
}
