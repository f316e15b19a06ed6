using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Schedule;

namespace NordicChina.Sim.Grains;

/// <summary>A replication's checkpoint built from, and read back into, the coordinator's state.</summary>
internal static class ReplicationCheckpoints
{
    public static ReplicationCheckpoint Of(ReplicationSpec spec, int nextTick, int initialAgents, long agentSteps, IReadOnlyList<TickMetrics> history,
        ReplicationCursor cursor, byte[][] regions, byte[][] funds, byte[][] countries) =>
        new(spec, nextTick, initialAgents, cursor.Agents, agentSteps, [.. history], [.. cursor.Signals], cursor.Flows,
            [.. cursor.ClosingYear.Select(y => y ?? -1)], [.. regions], [.. funds], [.. countries]);

    public static ReplicationCursor Cursor(ReplicationCheckpoint saved) => new()
    {
        Signals = [.. saved.Signals],
        Flows = saved.Flows,
        ClosingYear = [.. saved.ClosingYears.Select(y => y < 0 ? (int?)null : y)],
        Agents = saved.Agents,
    };

    /// <summary>A checkpoint belongs to this replication only if everything that shapes the model matches
    /// (the run key, which only names grains, may differ).</summary>
    public static bool SameModel(ReplicationSpec a, ReplicationSpec b) =>
        a.Seed == b.Seed && a.Replication == b.Replication && a.StartYear == b.StartYear && a.EndYear == b.EndYear
        && a.TicksPerYear == b.TicksPerYear && a.ParameterValues.SequenceEqual(b.ParameterValues)
        && a.Policies.Length == b.Policies.Length
        && a.Policies.Zip(b.Policies).All(p => p.First.Lever == p.Second.Lever && p.First.StartYear == p.Second.StartYear
            && p.First.EndYear == p.Second.EndYear && p.First.Intensity.Equals(p.Second.Intensity) && p.First.Regions.SequenceEqual(p.Second.Regions));
}
