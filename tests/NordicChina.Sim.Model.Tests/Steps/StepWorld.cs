using System.Collections.Immutable;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests.Steps;

/// <summary>Step contexts and snapshots for driving whole ticks of agents without a cluster.</summary>
internal static class StepWorld
{
    public static StepContext Context(double scale = 0.2, ulong seed = 7, bool parallel = true, params PolicySetting[] policies) =>
        new(seed, 0, new SimClock(2020, 2030, 4), TestWorld.With(("population.scale", scale)), policies) { Parallel = parallel };

    public static StepContext Context(ModelParameters p, bool parallel = true) =>
        new(7, 0, new SimClock(2020, 2030, 4), p, []) { Parallel = parallel };

    /// <summary>The snapshot of <paramref name="tick"/> from the parameters' start values (see <see cref="TestWorld.View"/>).</summary>
    public static WorldSnapshot Snapshot(StepContext ctx, int tick = 1)
    {
        var v = TestWorld.View(ctx.P, PolicySchedule.Evaluate(ctx.Policies, ctx.P, ctx.Clock.YearOf(tick)));
        return new WorldSnapshot(tick, ctx.Clock.YearOf(tick), [.. v.RdQuality], [.. v.TalentAvailable], [.. v.WageHigh], [.. v.WageLow],
            [.. v.ChinesePresence], [.. v.Acquirable], [.. v.EquityEligible], [.. v.CapabilitySweden], [.. v.CapabilityChina], [.. v.Policy.Values]);
    }

    public static RegionCommit Commit(WorldSnapshot s, ImmutableArray<DealOutcome> deals, ImmutableArray<MigrationFlow> departures, ImmutableArray<MigrationFlow> arrivals) =>
        new(s.Tick, deals, departures, arrivals);

    /// <summary>The value of a metric (region-level, sector "all" unless given) in a batch.</summary>
    public static double Value(MetricBatch batch, int metric, int sector = Metrics.MetricPoint.All)
    {
        for (int i = 0; i < batch.Count; i++)
            if (batch.Metric[i] == metric && batch.Sector[i] == sector) return batch.Value[i];
        throw new KeyNotFoundException($"metric {Metrics.MetricCatalogue.All[metric].Name} not in the batch");
    }
}
