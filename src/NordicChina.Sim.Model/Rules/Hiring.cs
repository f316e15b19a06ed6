using System.Buffers;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// The hiring market of a region: employers' demands are met from the available pool. When demand exceeds
/// supply every employer gets the same share, rounded down, and the remaining heads go by largest remainder,
/// ties to the lower index (employers are listed in id order), one head each to employers not already at their
/// demand. The result does not depend on message order.
/// </summary>
/// <remarks>
/// The k heads left after rounding down (k is less than the number of employers) go to the first k employers in
/// (remainder descending, index ascending) order among those below their demand. That order is total, so its first
/// k are found by a linear selection (quickselect, expected O(n), no sort and, up to 256 employers, no heap
/// allocation), with exactly the result of sorting everyone.
/// </remarks>
public static class Hiring
{
    private const int StackLimit = 256;

    public static long Ration(long supply, ReadOnlySpan<long> demand, Span<long> granted)
    {
        long total = 0;
        foreach (var d in demand) total += Math.Max(0, d);
        if (total <= supply)
        {
            for (int i = 0; i < demand.Length; i++) granted[i] = Math.Max(0, demand[i]);
            return total;
        }
        if (supply <= 0) { granted.Clear(); return 0; }

        int n = demand.Length;
        double[]? remRent = null;
        int[]? candRent = null;
        Span<double> remainder = n <= StackLimit ? stackalloc double[n] : (remRent = ArrayPool<double>.Shared.Rent(n)).AsSpan(0, n);
        Span<int> candidates = n <= StackLimit ? stackalloc int[n] : (candRent = ArrayPool<int>.Shared.Rent(n)).AsSpan(0, n);
        try
        {
            double share = (double)supply / total;
            long given = 0;
            for (int i = 0; i < n; i++)
            {
                double exact = Math.Max(0, demand[i]) * share;
                granted[i] = (long)Math.Floor(exact);
                given += granted[i];
                remainder[i] = exact - granted[i];
            }
            long left = supply - given;
            if (left <= 0) return given;

            int m = 0;
            for (int i = 0; i < n; i++)
                if (granted[i] < demand[i]) candidates[m++] = i;
            var eligible = candidates[..m];
            if (left < m)
            {
                SelectFirst(eligible, remainder, (int)left);
                eligible = eligible[..(int)left];
            }
            foreach (int i in eligible) granted[i]++;
            return given + eligible.Length;
        }
        finally
        {
            if (remRent is not null) ArrayPool<double>.Shared.Return(remRent);
            if (candRent is not null) ArrayPool<int>.Shared.Return(candRent);
        }
    }

    /// <summary>Whether employer <paramref name="a"/> comes before <paramref name="b"/>: larger remainder, then lower index.</summary>
    private static bool Before(int a, int b, ReadOnlySpan<double> remainder) =>
        remainder[a] > remainder[b] || (remainder[a] == remainder[b] && a < b);

    /// <summary>Rearranges <paramref name="items"/> so that its first <paramref name="k"/> (0 &lt; k &lt; length) are the
    /// k first in <see cref="Before"/> order (in no particular order among themselves).</summary>
    private static void SelectFirst(Span<int> items, ReadOnlySpan<double> remainder, int k)
    {
        int target = k - 1;
        int lo = 0, hi = items.Length - 1;
        while (lo < hi)
        {
            // Median of three as the pivot, moved to hi.
            int mid = lo + (hi - lo) / 2;
            if (Before(items[mid], items[lo], remainder)) Swap(items, mid, lo);
            if (Before(items[hi], items[lo], remainder)) Swap(items, hi, lo);
            if (Before(items[mid], items[hi], remainder)) Swap(items, mid, hi);
            int pivot = items[hi];
            int store = lo;
            for (int j = lo; j < hi; j++)
                if (Before(items[j], pivot, remainder)) Swap(items, store++, j);
            Swap(items, store, hi);
            if (store == target) return;
            if (store > target) hi = store - 1;
            else lo = store + 1;
        }
    }

    private static void Swap(Span<int> items, int a, int b) => (items[a], items[b]) = (items[b], items[a]);
}
