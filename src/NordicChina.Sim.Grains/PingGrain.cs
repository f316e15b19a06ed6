using NordicChina.Sim.Contracts.Grains;

namespace NordicChina.Sim.Grains;

/// <summary>An empty grain call, the benchmark's reference throughput.</summary>
public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);
}
