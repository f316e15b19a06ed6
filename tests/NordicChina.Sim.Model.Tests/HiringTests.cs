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

    /// <summary>The sort-based rationing Hiring.Ration replaced (largest remainder by sorting every employer), kept
    /// here as the reference the linear selection must match bit for bit.</summary>
    private static long ReferenceRation(long supply, long[] demand, long[] granted)
    {
        long total = 0;
        foreach (var d in demand) total += Math.Max(0, d);
        if (total <= supply)
        {
            for (int i = 0; i < demand.Length; i++) granted[i] = Math.Max(0, demand[i]);
            return total;
        }
        if (supply <= 0) { Array.Clear(granted); return 0; }
        double share = (double)supply / total;
        long given = 0;
        var remainders = new (double Rem, int Index)[demand.Length];
        for (int i = 0; i < demand.Length; i++)
        {
            double exact = Math.Max(0, demand[i]) * share;
            granted[i] = (long)Math.Floor(exact);
            given += granted[i];
            remainders[i] = (exact - granted[i], i);
        }
        Array.Sort(remainders, (a, b) => a.Rem != b.Rem ? b.Rem.CompareTo(a.Rem) : a.Index.CompareTo(b.Index));
        for (int k = 0; given < supply && k < remainders.Length; k++)
        {
            int i = remainders[k].Index;
            if (granted[i] < demand[i]) { granted[i]++; given++; }
        }
        return given;
    }

    [Fact]
    public void LinearSelectionGivesExactlyWhatSortingEveryEmployerGives()
    {
        var rng = new RandomStream(new StreamKey(7, 0, 0, 0, RandomPurpose.Hiring));
        int tieHeavy = 0;
        for (int c = 0; c < 20_000; c++)
        {
            // Sizes on both sides of the stack/pool limit (256), mostly small; demands from tiny (many equal
            // remainders, so ties at the threshold) to huge; some zero or negative (never get a head).
            int n = c % 200 == 0 ? 257 + rng.Next(3000) : 1 + rng.Next(c % 2 == 0 ? 12 : 300);
            int style = rng.Next(4);
            var demand = new long[n];
            for (int i = 0; i < n; i++)
                demand[i] = rng.Next(6) == 0 ? -rng.Next(3) : style switch
                {
                    0 => 1 + rng.Next(3),
                    1 => 2 * (1 + rng.Next(2)),
                    2 => rng.Next(100_000),
                    _ => (long)rng.Next(1 << 30) << rng.Next(20),
                };
            long total = demand.Sum(d => Math.Max(0, d));
            long supply = total == 0 ? rng.Next(5) : (long)(total * rng.NextDouble());
            var expected = new long[n];
            long expectedHired = ReferenceRation(supply, demand, expected);
            var granted = Ration(supply, demand, out long hired);
            Assert.True(expected.AsSpan().SequenceEqual(granted), $"case {c}: n {n}, supply {supply} of {total}");
            Assert.Equal(expectedHired, hired);
            if (style < 2 && supply < total && supply > 0) tieHeavy++;
        }
        Assert.True(tieHeavy > 1000, $"{tieHeavy} cases with many equal remainders");
    }

    [Fact]
    public void EmployersAlreadyAtTheirDemandAreSkippedAndTheThresholdTieGoesToTheLowerIndex()
    {
        // Remainders 2/3, 2/3, 2/3 and 0 (the zero-demand employer is at its demand): two heads left, three-way tie.
        Assert.Equal([1L, 1, 0, 0], Ration(2, [1, 1, 1, 0], out _));
        // Share 3/7: exact 0.857, 0.429, 1.286, 0, 0.429; one head given by flooring, two left: employer 0, then the
        // tie between 1 and 4 at the threshold goes to 1; the negative demand gets nothing.
        Assert.Equal([1L, 1, 1, 0, 0], Ration(3, [2, 1, 3, -1, 1], out long hired));
        Assert.Equal(3, hired);
    }
}
