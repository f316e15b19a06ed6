namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// The hiring market of a region: employers' demands are met from the available pool. When demand exceeds
/// supply every employer gets the same share, rounded down, and the remaining heads go by largest remainder,
/// ties to the lower index (employers are listed in id order). The result does not depend on message order.
/// </summary>
public static class Hiring
{
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
}
