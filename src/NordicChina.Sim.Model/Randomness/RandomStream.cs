namespace NordicChina.Sim.Model.Randomness;

/// <summary>
/// One deterministic random stream, usable wherever a <see cref="System.Random"/> is expected
/// (MathNet.Numerics distributions take one). Re-keyable so that hot loops reuse one instance.
/// </summary>
public sealed class RandomStream : Random
{
    private SplitMix64 _gen;

    public RandomStream(StreamKey key) : base(0) => _gen = new SplitMix64(key.Derive());

    public RandomStream(ulong seed, int replication, long entity, int tick, RandomPurpose purpose)
        : this(new StreamKey(seed, replication, entity, tick, purpose)) { }

    /// <summary>Re-positions this instance at the start of another stream.</summary>
    public RandomStream Reset(StreamKey key)
    {
        _gen = new SplitMix64(key.Derive());
        return this;
    }

    protected override double Sample() => _gen.NextDouble();
    public override double NextDouble() => _gen.NextDouble();
    public override int Next() => (int)(_gen.NextUInt64() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)(_gen.NextDouble() * maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (int)(_gen.NextDouble() * ((long)maxValue - minValue));
    }

    public override long NextInt64() => (long)(_gen.NextUInt64() >> 1);

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(_gen.NextUInt64() >> 56);
    }

    /// <summary>True with probability p.</summary>
    public bool Bernoulli(double p) => p > 0 && _gen.NextDouble() < p;

    /// <summary>Rounds x up or down at random so that the expectation is x (keeps small flows unbiased).</summary>
    public long StochasticRound(double x)
    {
        if (x <= 0) return 0;
        double floor = Math.Floor(x);
        return (long)floor + (_gen.NextDouble() < x - floor ? 1 : 0);
    }
}
