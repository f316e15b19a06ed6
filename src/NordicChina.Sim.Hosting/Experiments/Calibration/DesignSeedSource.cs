using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>
/// The seed offsets of a history match's simulator runs, in the order the runs are asked for. With
/// <see cref="DesignSeeds.Independent"/> run n (counted over every batch: designs of every wave, then the final runs)
/// gets DeriveSeed(seed, 1 000 000 + n), so no two runs share seeds and the same spec gives the same offsets; with
/// <see cref="DesignSeeds.Common"/> every run gets 0, the scenario's own seeds. Offsets 1 000 000 and up stay clear of
/// the fit table's (5000 + member) and the twin worlds' (multiples of 7919).
/// </summary>
public sealed class DesignSeedSource(DesignSeeds kind, ulong seed)
{
    private const ulong First = 1_000_000;
    private ulong _next;

    /// <summary>Runs handed out so far.</summary>
    public ulong Count => _next;

    /// <summary>The offsets of the next <paramref name="count"/> runs.</summary>
    public ulong[] Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var offsets = new ulong[count];
        for (int i = 0; i < count; i++)
            offsets[i] = kind == DesignSeeds.Common ? 0 : SeededRandom.DeriveSeed(seed, First + _next + (ulong)i);
        _next += (ulong)count;
        return offsets;
    }
}
