using System.Diagnostics;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting;

/// <summary>Throughput measurements on one cluster: raw grain calls, and agent-steps of a scenario.</summary>
public static class Benchmark
{
    /// <summary>Empty grain calls per second with <paramref name="concurrency"/> calls in flight.</summary>
    public static async Task<double> PingThroughputAsync(IGrainFactory grains, TimeSpan duration, int concurrency = 256)
    {
        var pingers = Enumerable.Range(0, concurrency).Select(i => grains.GetGrain<IPingGrain>(i)).ToArray();
        await Task.WhenAll(pingers.Select(p => p.Ping(0)));     // activate
        long calls = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(pingers.Select(async p =>
        {
            long n = 0;
            while (watch.Elapsed < duration) { await p.Ping(1); n++; }
            Interlocked.Add(ref calls, n);
        }));
        return calls / watch.Elapsed.TotalSeconds;
    }

    /// <summary>The scenario with population.scale set so a replication starts with about <paramref name="agents"/> agents.</summary>
    public static ScenarioDefinition WithAgents(ScenarioDefinition scenario, long agents)
    {
        var p = new ModelParameters(scenario.Parameters.With([new("population.scale", 1.0)]));
        double scale = agents / (double)Population.InitialAgents(p);
        return scenario with { Parameters = scenario.Parameters.With([new("population.scale", scale)]) };
    }
}
