namespace NordicChina.Sim.Model.Randomness;

/// <summary>
/// Identifies one random stream: (seed, replication, entity, tick, purpose). The run is identified by its
/// seed, so two scenarios run with the same seed share streams (common random numbers).
/// Derivation mixes each component in turn with SplitMix64's finaliser; no hash codes, no clocks.
/// </summary>
public readonly record struct StreamKey(ulong Seed, int Replication, long Entity, int Tick, RandomPurpose Purpose)
{
    public ulong Derive()
    {
        ulong h = SplitMix64.Mix(Seed ^ 0x6A09E667F3BCC909UL);
        h = SplitMix64.Mix(h ^ (ulong)(uint)Replication);
        h = SplitMix64.Mix(h ^ (ulong)Entity);
        h = SplitMix64.Mix(h ^ (ulong)(uint)Tick);
        h = SplitMix64.Mix(h ^ (ulong)(uint)Purpose);
        return h;
    }
}
