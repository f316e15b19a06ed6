using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Contracts.Messages;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>A finished replication's ticks in a binary file, while it waits for the replications before it to be
/// written: per tick its number, year, period and points (metric, region, sector, value), exactly as received.</summary>
public static class TickSpool
{
    public static void Write(string path, IReadOnlyList<TickMetrics> ticks)
    {
        using var w = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
        w.Write(ticks.Count);
        foreach (var t in ticks)
        {
            w.Write(t.Tick); w.Write(t.Year); w.Write(t.Period);
            var b = t.Metrics;
            w.Write(b.Count);
            for (int i = 0; i < b.Count; i++)
            {
                w.Write(b.Metric[i]); w.Write(b.Region[i]); w.Write(b.Sector[i]); w.Write(b.Value[i]);
            }
        }
    }

    public static TickMetrics[] Read(string path)
    {
        using var r = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
        var ticks = new TickMetrics[r.ReadInt32()];
        for (int k = 0; k < ticks.Length; k++)
        {
            int tick = r.ReadInt32(), year = r.ReadInt32(), period = r.ReadInt32(), n = r.ReadInt32();
            var metric = new int[n]; var region = new int[n]; var sector = new int[n]; var value = new double[n];
            for (int i = 0; i < n; i++)
            {
                metric[i] = r.ReadInt32(); region[i] = r.ReadInt32(); sector[i] = r.ReadInt32(); value[i] = r.ReadDouble();
            }
            ticks[k] = new TickMetrics(tick, year, period, new MetricBatch([.. metric], [.. region], [.. sector], [.. value]));
        }
        return ticks;
    }
}
