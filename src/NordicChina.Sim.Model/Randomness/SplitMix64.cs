namespace NordicChina.Sim.Model.Randomness;

/// <summary>
/// The project's own generator: SplitMix64 (Steele, Lea &amp; Flood 2014), used both to mix stream keys
/// and to produce the numbers of one stream. It is tiny, fast, passes BigCrush when used as a stream and,
/// unlike <see cref="System.Random"/>, its output is fixed by this file forever, whatever the runtime.
/// </summary>
public struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SplitMix64(ulong state) => _state = state;

    /// <summary>The finaliser of SplitMix64: a bijective 64-bit mixing function.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
