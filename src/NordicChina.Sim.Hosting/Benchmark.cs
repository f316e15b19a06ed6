using System.Diagnostics;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting;

/// <summary>Measurements for <c>nordicsim bench</c>: a scenario's wall and CPU time on a driver, and raw grain calls.</summary>
public static class Benchmark
{
    /// <summary>What one measured run cost.</summary>
    public sealed record Measurement(int Agents, int Ticks, long AgentSteps, double WallSeconds, double CpuSeconds, double HeapMegabytes, double AllocatedMegabytes, int Collections)
    {
        public double StepsPerSecond => AgentSteps / WallSeconds;
        public double MicrosecondsPerStep => WallSeconds / AgentSteps * 1e6;
    }

    /// <summary>A runner (the Orleans engine or the direct driver) under a name.</summary>
    public sealed class Driver(string name, ScenarioRunner runner, int silos)
    {
        public string Name => name;

        /// <summary>Runs the scenario with no output and measures wall time, process CPU time and the managed heap.</summary>
        public async Task<Measurement> MeasureAsync(ScenarioDefinition scenario, CancellationToken cancel)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            int collections = GC.CollectionCount(0);
            var watch = Stopwatch.StartNew();
            var run = await runner.RunAsync(scenario, silos, null, cancel);
            watch.Stop();
            process.Refresh();
            double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            double heap = GC.GetGCMemoryInfo().HeapSizeBytes / 1e6;
            return new Measurement(run.Agents, run.Ticks, run.AgentSteps, watch.Elapsed.TotalSeconds, cpuSeconds, heap,
                (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6, GC.CollectionCount(0) - collections);
        }
    }

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

    /// <summary>The scenario with population.scale set so a replication starts with about <paramref name="agents"/>
    /// agents (and engine.max_agents raised to let it).</summary>
    public static ScenarioDefinition WithAgents(ScenarioDefinition scenario, long agents)
    {
        var p = new ModelParameters(scenario.Parameters.With([new("population.scale", 1.0)]));
        double scale = agents / (double)Population.InitialAgents(p);
        return scenario with
        {
            Parameters = scenario.Parameters.With([new("population.scale", scale), new("engine.max_agents", Math.Max(p.MaxAgents, agents * 2.0))]),
        };
    }
}
