namespace NordicChina.Sim.Model.Agents;

/// <summary>Finding a firm in a region's firms, which are kept in id order (new firms get the next serial).</summary>
public static class FirmSearch
{
    /// <summary>The firm with this id, by binary search over firms in id order; null when it is not there.</summary>
    public static Firm? FindById(this IReadOnlyList<Firm> firmsInIdOrder, long id)
    {
        int lo = 0, hi = firmsInIdOrder.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            long at = firmsInIdOrder[mid].Id;
            if (at == id) return firmsInIdOrder[mid];
            if (at < id) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }
}
