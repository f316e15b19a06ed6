using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Schedule;
using NordicChina.Sim.Model.World;
using static NordicChina.Sim.Model.Tests.Steps.StepWorld;

namespace NordicChina.Sim.Model.Tests.Steps;

/// <summary>The tick schedule driven in this process by <see cref="DirectReplication"/>.</summary>
public sealed class DirectReplicationTests
{
    private static List<TickOutcome> Run(bool parallel, double scale = 0.3, int ticks = 8)
    {
        var r = new DirectReplication(Context(scale: scale, parallel: parallel), parallel);
        r.Initialize();
        var outcomes = new List<TickOutcome>();
        for (int t = 0; t < ticks; t++) outcomes.Add(r.RunTick());
        return outcomes;
    }

    [Fact]
    public void Every_tick_reports_its_metrics_once_in_canonical_order()
    {
        foreach (var tick in Run(parallel: false))
        {
            var keys = Enumerable.Range(0, tick.Metrics.Count)
                .Select(i => new MetricPoint(tick.Metrics.Metric[i], tick.Metrics.Region[i], tick.Metrics.Sector[i], 0)).ToArray();
            for (int i = 1; i < keys.Length; i++) Assert.True(keys[i - 1].CompareTo(keys[i]) < 0, $"point {i} out of order or repeated");
            Assert.Contains(keys, k => k.Metric == MetricCatalogue.WindowGap);
            Assert.Contains(keys, k => k.Metric == MetricCatalogue.VcFundsActive);
            Assert.Contains(keys, k => k.Metric == MetricCatalogue.FdiTotalValue && k.Region == MetricPoint.All);
            Assert.True(tick.AgentSteps > 0);
        }
    }

    [Fact]
    public void Parallel_regions_and_chunks_give_the_same_ticks_as_one_core()
    {
        var a = Run(parallel: true);
        var b = Run(parallel: false);
        for (int t = 0; t < a.Count; t++)
        {
            Assert.Equal(b[t].Metrics.Metric.ToArray(), a[t].Metrics.Metric.ToArray());
            Assert.Equal(b[t].Metrics.Value.ToArray(), a[t].Metrics.Value.ToArray());
            Assert.Equal(b[t].AgentSteps, a[t].AgentSteps);
        }
    }

    [Fact]
    public void Migration_between_regions_conserves_people_every_tick()
    {
        foreach (var tick in Run(parallel: false))
        {
            double inflow = 0, outflow = 0;
            for (int i = 0; i < tick.Metrics.Count; i++)
            {
                if (tick.Metrics.Metric[i] == MetricCatalogue.TalentInflow) inflow += tick.Metrics.Value[i];
                if (tick.Metrics.Metric[i] == MetricCatalogue.TalentOutflow) outflow += tick.Metrics.Value[i];
            }
            Assert.Equal(outflow, inflow);
        }
    }

    [Fact]
    public void A_finished_replication_refuses_another_tick()
    {
        var r = new DirectReplication(new(1, 0, new SimClock(2020, 2020, 4), TestWorld.With(("population.scale", 0.05)), []), false);
        r.Initialize();
        for (int t = 0; t < 4; t++) r.RunTick();
        Assert.True(r.Finished);
        Assert.Throws<InvalidOperationException>(() => r.RunTick());
    }
}
