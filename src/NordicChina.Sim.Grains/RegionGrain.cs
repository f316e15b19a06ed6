using System.Collections.Immutable;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Grains.Placement;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Grains;

/// <summary>A region: holds its <see cref="RegionState"/> (firms, hosted R&amp;D centres, talent pool) and runs each
/// phase's <see cref="RegionStep"/> on it.</summary>
[ReplicationAgentPlacement]
public sealed class RegionGrain : Grain, IRegionGrain
{
    private StepContext _ctx = null!;
    private RegionState _state = null!;

    public Task<RegionReport> Initialize(ReplicationSpec spec, int region)
    {
        _ctx = spec.Context();
        _state = RegionStep.Initialize(_ctx, region);
        return Task.FromResult(RegionStep.InitialReport(_ctx, _state));
    }

    public Task<RegionDecision> Decide(WorldSnapshot snapshot)
    {
        RequireState();
        return Task.FromResult(RegionStep.Decide(_ctx, _state, snapshot.View));
    }

    public Task<HostResolution> Resolve(WorldSnapshot snapshot, ImmutableArray<InvestmentIntent> inbound, ImmutableArray<MigrationFlow> arrivals)
    {
        RequireState();
        return Task.FromResult(RegionStep.Resolve(_ctx, _state, snapshot.Tick, snapshot.View.Policy, inbound, arrivals));
    }

    public Task<RegionReport> Commit(WorldSnapshot snapshot, RegionCommit commit)
    {
        RequireState();
        return Task.FromResult(RegionStep.Commit(_ctx, _state, snapshot.View, commit));
    }

    public Task<byte[]> Snapshot()
    {
        RequireState();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer)) _state.Write(w);
        return Task.FromResult(buffer.ToArray());
    }

    public Task Restore(ReplicationSpec spec, int region, byte[] state)
    {
        _ctx = spec.Context();
        using var r = new BinaryReader(new MemoryStream(state));
        _state = RegionState.Read(r, Regions.All[region]);
        return Task.CompletedTask;
    }

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private void RequireState() => LostState.Require(_state, this, "region grain");
}
