using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;

namespace NordicChina.Sim.Model.Tests;

public class HiringTests
{
    private static long[] Ration(long supply, long[] demand, out long hired)
    {
        var granted = new long[demand.Length];
        Array.Fill(granted, -99);   // must all be overwritten
        hired = Hiring.Ration(supply, demand, granted);
        return granted;
    }

    [Fact]
    public void EnoughSupplyMeetsEveryDemand()
    {
        var granted = Ration(100, [10, 0, 25, 7], out long hired);
        Assert.Equal([10L, 0, 25, 7], granted);
        Assert.Equal(42, hired);
        granted = Ration(42, [10, 0, 25, 7], out hired);
        Assert.Equal([10L, 0, 25, 7], granted);
        Assert.Equal(42, hired);
    }

    [Fact]
    public void ScarceSupplyIsSharedProportionallyAndFully()
    {
        var granted = Ration(50, [100, 50, 50], out long hired);
        Assert.Equal([25L, 13, 12], granted);   // exact 25, 12.5, 12.5: the tie goes to the lower index
        Assert.Equal(50, hired);
    }

    [Fact]
    public void TiesGoToTheLowerIndex()
    {
        Assert.Equal([1L, 1, 0], Ration(2, [1, 1, 1], out _));
        Assert.Equal([1L, 0, 0, 0], Ration(1, [5, 5, 5, 5], out _));
        Assert.Equal([2L, 1, 1], Ration(4, [3, 3, 3], out _));
    }

    [Fact]
    public void NoSupplyOrNoDemandGivesNothing()
    {
        Assert.Equal([0L, 0, 0], Ration(0, [5, 3, 1], out long hired));
        Assert.Equal(0, hired);
        Assert.Equal([0L, 0], Ration(10, [0, 0], out hired));
        Assert.Equal(0, hired);
        Assert.Equal([0L, 0], Ration(-3, [2, 2], out hired));
        Assert.Equal(0, hired);
        Assert.Empty(Ration(10, [], out hired));
    }

    [Fact]
    public void NegativeDemandCountsAsZero()
    {
        Assert.Equal([0L, 4], Ration(10, [-5, 4], out long hired));
        Assert.Equal(4, hired);
        var scarce = Ration(3, [-5, 4, 2], out hired);
        Assert.Equal(0, scarce[0]);
        Assert.Equal(3, hired);
        Assert.Equal(3, scarce.Sum());
    }

    [Fact]
    public void RandomCasesNeverOverAllocateAndAreProportional()
    {
        var rng = new RandomStream(new StreamKey(3, 0, 0, 0, RandomPurpose.Hiring));
        for (int c = 0; c < 3000; c++)
        {
            int n = 1 + rng.Next(30);
            var demand = new long[n];
            for (int i = 0; i < n; i++) demand[i] = rng.Next(5) == 0 ? 0 : rng.Next(c % 3 == 0 ? 5 : 100_000);
            long total = demand.Sum();
            long supply = rng.Next((int)Math.Min(int.MaxValue, total * 2 + 2));
            var granted = Ration(supply, demand, out long hired);
            Assert.Equal(Math.Min(supply, total), hired);
            Assert.Equal(hired, granted.Sum());
            for (int i = 0; i < n; i++)
            {
                Assert.InRange(granted[i], 0, demand[i]);
                if (supply < total)
                    Assert.True(Math.Abs(granted[i] - demand[i] * (double)supply / total) < 1.0 + 1e-9,
                        $"case {c}: employer {i} got {granted[i]} of {demand[i]} with supply {supply}/{total}");
            }
            // same input, same output
            Assert.Equal(granted, Ration(supply, demand, out _));
        }
    }

    [Fact]
    public void HugeNumbersDoNotOverflowOrOverAllocate()
    {
        long[] demand = [4_000_000_000_000, 3_000_000_000_001, 7];
        var granted = Ration(1_000_000_000_003, demand, out long hired);
        Assert.Equal(1_000_000_000_003, hired);
        Assert.Equal(hired, granted.Sum());
        for (int i = 0; i < demand.Length; i++) Assert.InRange(granted[i], 0, demand[i]);
    }
}
