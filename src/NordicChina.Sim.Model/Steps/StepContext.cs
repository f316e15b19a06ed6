using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Steps;

/// <summary>
/// What every step of one replication reads and never changes: its parameters, clock, policy schedule, and the
/// identity (seed, replication) that keys its random streams.
/// </summary>
public sealed class StepContext(ulong seed, int replication, SimClock clock, ModelParameters parameters, IReadOnlyList<PolicySetting> policies)
{
    public ulong Seed { get; } = seed;
    public int Replication { get; } = replication;
    public SimClock Clock { get; } = clock;
    public ModelParameters P { get; } = parameters;
    public IReadOnlyList<PolicySetting> Policies { get; } = policies;

    private double[]? _outboundClimate;

    /// <summary>The policy climate outbound deals respond to at <paramref name="tick"/> (<see cref="Rules.OutboundClimate"/>),
    /// computed once per replication from the schedule (threads racing here compute the same array).</summary>
    public double OutboundClimate(int tick) =>
        (_outboundClimate ??= Rules.OutboundClimate.Path(P, Policies, Clock))[Math.Clamp(tick, 0, Clock.TotalTicks - 1)];

    /// <summary>Whether large loops over agents may use several cores (<see cref="Chunks"/>). Results are the same
    /// either way; tests and the one-core benchmark turn it off.</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>Positions <paramref name="scratch"/> at the start of the stream (seed, replication, entity, tick, purpose).
    /// Hot loops keep one scratch instance per worker instead of allocating a stream per draw.</summary>
    public RandomStream Stream(RandomStream scratch, long entity, int tick, RandomPurpose purpose) =>
        scratch.Reset(new StreamKey(Seed, Replication, entity, tick, purpose));

    /// <summary>A new stream (seed, replication, entity, tick, purpose).</summary>
    public RandomStream Stream(long entity, int tick, RandomPurpose purpose) => new(Seed, Replication, entity, tick, purpose);

    /// <summary>A fresh scratch stream for <see cref="Stream(RandomStream, long, int, RandomPurpose)"/>.</summary>
    public static RandomStream Scratch() => new(0, 0, 0, 0, RandomPurpose.Initialisation);
}
