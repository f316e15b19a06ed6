using System.Collections.Immutable;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Grains.Placement;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Steps;

namespace NordicChina.Sim.Grains;

/// <summary>A family of venture funds (Chinese or Nordic): holds their state and runs <see cref="FundStep"/> on it.</summary>
[ReplicationAgentPlacement]
public sealed class FundFamilyGrain : Grain, IFundFamilyGrain
{
    private StepContext _ctx = null!;
    private FundFamily _family = null!;

    public Task<FundFamilyReport> Initialize(ReplicationSpec spec, int family)
    {
        _ctx = spec.Context();
        _family = FundStep.InitializeFamily(_ctx, family);
        return Task.FromResult(FundStep.InitialReport(_family));
    }

    public Task<FundDecision> Decide(WorldSnapshot snapshot)
    {
        RequireState();
        return Task.FromResult(FundStep.Decide(_ctx, _family, snapshot.View));
    }

    public Task<FundFamilyReport> Commit(int tick, ImmutableArray<DealOutcome> outcomes, ImmutableArray<double> policy)
    {
        RequireState();
        return Task.FromResult(FundStep.Commit(_ctx, _family, tick, outcomes, new PolicyState([.. policy])));
    }

    public Task<byte[]> Snapshot()
    {
        RequireState();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer)) _family.Write(w);
        return Task.FromResult(buffer.ToArray());
    }

    public Task Restore(ReplicationSpec spec, int family, byte[] state)
    {
        _ctx = spec.Context();
        using var r = new BinaryReader(new MemoryStream(state));
        _family = FundFamily.Read(r);
        if (_family.Family != family) throw new InvalidDataException($"checkpoint of fund family {_family.Family} restored into family {family}");
        return Task.CompletedTask;
    }

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private void RequireState() => LostState.Require(_family, this, "fund family grain");
}
