using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Grains.Placement;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Steps;

namespace NordicChina.Sim.Grains;

/// <summary>A government: holds its <see cref="Government"/> state and runs <see cref="CountryStep"/> on it.</summary>
[ReplicationAgentPlacement]
public sealed class CountryGrain : Grain, ICountryGrain
{
    private StepContext _ctx = null!;
    private Government _state = null!;

    public Task<CountryState> Initialize(ReplicationSpec spec, string country)
    {
        _ctx = spec.Context();
        _state = CountryStep.Initialize(_ctx, country);
        return Task.FromResult(CountryStep.Report(_ctx, _state, 0));
    }

    public Task<CountryState> Advance(int tick, KnowledgeFlows flows)
    {
        LostState.Require(_state, this, "country grain");
        return Task.FromResult(CountryStep.Advance(_ctx, _state, tick, flows));
    }

    public Task<byte[]> Snapshot()
    {
        LostState.Require(_state, this, "country grain");
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer)) _state.Write(w);
        return Task.FromResult(buffer.ToArray());
    }

    public Task Restore(ReplicationSpec spec, string country, byte[] state)
    {
        _ctx = spec.Context();
        using var r = new BinaryReader(new MemoryStream(state));
        _state = Government.Read(r, country);
        return Task.CompletedTask;
    }

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
