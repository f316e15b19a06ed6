namespace NordicChina.Sim.Analysis.Randomness;

/// <summary>
/// A deterministic <see cref="Random"/> driven by SplitMix64 (Steele, Lea &amp; Flood 2014, "Fast splittable
/// pseudorandom number generators", OOPSLA '14). Unlike <see cref="Random"/>, whose algorithm may change between
/// runtimes, every value drawn here is fixed by this file, so designs and bootstrap intervals are reproducible on
/// any runtime and platform.
/// </summary>
/// <remarks>
/// State update <c>s ← s + 0x9E3779B97F4A7C15</c>; output <c>z = mix(s)</c> with the variant-13 finaliser
/// <c>z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9; z ← (z ⊕ z≫27)·0x94D049BB133111EB; z ← z ⊕ z≫31</c>.
/// Doubles take the top 53 bits: <c>(z ≫ 11)·2⁻⁵³ ∈ [0, 1)</c>. Bounded integers use the high word of the
/// 128-bit product <c>z·n</c> (Lemire 2019), whose bias is below n/2⁶⁴.
/// Every virtual member of <see cref="Random"/> is overridden, so nothing falls back to the runtime's generator.
/// </remarks>
public sealed class SeededRandom : Random
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    /// <summary>Creates a generator whose whole sequence is determined by <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed) : base(0) => _state = seed;

    /// <summary>
    /// Derives a well-mixed seed for an independent sub-stream, e.g. one per bootstrap or per design,
    /// as <c>mix(mix(seed) ⊕ (stream + 1)·γ)</c>.
    /// </summary>
    public static ulong DeriveSeed(ulong seed, ulong stream) => Mix(Mix(seed) ^ unchecked((stream + 1) * Gamma));

    /// <summary>The SplitMix64 finaliser, a bijective 64-bit mixing function.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked { _state += Gamma; }
        return Mix(_state);
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <inheritdoc cref="NextDouble"/>
    protected override double Sample() => NextDouble();

    /// <summary>A float in [0, 1) with 24 random bits.</summary>
    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    /// <summary>A non-negative integer in [0, <see cref="int.MaxValue"/>).</summary>
    public override int Next() => (int)Bounded(int.MaxValue);

    /// <summary>An integer in [0, <paramref name="maxValue"/>); 0 when <paramref name="maxValue"/> is 0.</summary>
    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)Bounded((ulong)maxValue);
    }

    /// <summary>An integer in [<paramref name="minValue"/>, <paramref name="maxValue"/>).</summary>
    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(minValue + (long)Bounded((ulong)((long)maxValue - minValue)));
    }

    /// <summary>A non-negative integer in [0, <see cref="long.MaxValue"/>).</summary>
    public override long NextInt64() => (long)Bounded(long.MaxValue);

    /// <summary>An integer in [0, <paramref name="maxValue"/>).</summary>
    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)Bounded((ulong)maxValue);
    }

    /// <summary>An integer in [<paramref name="minValue"/>, <paramref name="maxValue"/>).</summary>
    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return unchecked(minValue + (long)Bounded((ulong)(maxValue - minValue)));
    }

    /// <summary>Fills <paramref name="buffer"/> with random bytes (the top byte of successive outputs).</summary>
    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    /// <summary>Fills <paramref name="buffer"/> with random bytes (the top byte of successive outputs).</summary>
    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(NextUInt64() >> 56);
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates, Durstenfeld 1964).</summary>
    public void ShuffleInPlace<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private ulong Bounded(ulong n) => Math.BigMul(NextUInt64(), n, out _);
}
