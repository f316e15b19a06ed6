using NordicChina.Sim.Analysis.Randomness;

namespace NordicChina.Sim.Analysis.Tests.Randomness;

public class SeededRandomTests
{
    [Fact]
    public void MatchesTheSplitMix64ReferenceSequence()
    {
        // Reference output of splitmix64.c (Vigna) from state 0.
        var rng = new SeededRandom(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, rng.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, rng.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, rng.NextUInt64());
    }

    [Fact]
    public void SameSeedSameSequenceDifferentSeedDifferentSequence()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);
        var c = new SeededRandom(43);
        var xa = Enumerable.Range(0, 100).Select(_ => a.NextDouble()).ToArray();
        var xb = Enumerable.Range(0, 100).Select(_ => b.NextDouble()).ToArray();
        var xc = Enumerable.Range(0, 100).Select(_ => c.NextDouble()).ToArray();
        Assert.Equal(xa, xb);
        Assert.NotEqual(xa, xc);
    }

    [Fact]
    public void BoundedDrawsStayInRangeAndCoverIt()
    {
        var rng = new SeededRandom(1);
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++) counts[rng.Next(7)]++;
        Assert.All(counts, n => Assert.InRange(n, 9_500, 10_500));
        for (int i = 0; i < 1000; i++)
        {
            Assert.InRange(rng.Next(-3, 4), -3, 3);
            Assert.InRange(rng.NextDouble(), 0, 1 - 1e-17);
            Assert.InRange(rng.NextInt64(5, 9), 5, 8);
        }
        Assert.Equal(0, rng.Next(0));
    }

    [Fact]
    public void DerivedSeedsDiffer()
    {
        Assert.NotEqual(SeededRandom.DeriveSeed(1, 1), SeededRandom.DeriveSeed(1, 2));
        Assert.NotEqual(SeededRandom.DeriveSeed(1, 1), SeededRandom.DeriveSeed(2, 1));
        Assert.Equal(SeededRandom.DeriveSeed(5, 3), SeededRandom.DeriveSeed(5, 3));
    }
}
