using System.Globalization;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;
using nietras.SeparatedValues;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>Reads a run's metrics.csv back into <see cref="YearlyValues"/> (flows summed per year, stocks at the
/// year's last tick), streaming, so that <c>report --from/--until</c> can total any window of a finished run.</summary>
public static class MetricsReader
{
    /// <summary>The run's values; <paramref name="replications"/> is the run's count (run.json).</summary>
    /// <exception cref="InvalidDataException">A row names an unknown metric, region or sector, or a replication out of range.</exception>
    public static YearlyValues Read(string metricsCsv, int replications)
    {
        var values = new YearlyValues(replications);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, CultureInfo = CultureInfo.InvariantCulture }).FromFile(metricsCsv);
        int rep = reader.Header.IndexOf("replication"), year = reader.Header.IndexOf("year"), region = reader.Header.IndexOf("region"),
            destination = reader.Header.IndexOf("destination"), sector = reader.Header.IndexOf("sector"),
            metric = reader.Header.IndexOf("metric"), value = reader.Header.IndexOf("value");
        var metrics = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        var sectors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            string m = row[metric].ToString(), d = row[destination].ToString(), key = d.Length == 0 ? m : $"{m}>{d}";
            if (!metrics.TryGetValue(key, out int id))
                metrics[key] = id = MetricCatalogue.TryGet(key, out var def) ? def.Id : throw Bad(metricsCsv, row.LineNumberFrom, $"unknown metric '{key}'");
            string rl = row[region].ToString();
            if (!regions.TryGetValue(rl, out int ri))
                regions[rl] = ri = rl == "all" ? MetricPoint.All : Regions.TryByCode(rl, out var rr) ? rr.Index : throw Bad(metricsCsv, row.LineNumberFrom, $"unknown region '{rl}'");
            string sl = row[sector].ToString();
            if (!sectors.TryGetValue(sl, out int si))
                sectors[sl] = si = sl == "all" ? MetricPoint.All : sl == "heavy" ? MetricCatalogue.HeavySector
                    : Sectors.TryByCode(sl, out var ss) ? ss.Index : throw Bad(metricsCsv, row.LineNumberFrom, $"unknown sector '{sl}'");
            int r = row[rep].Parse<int>();
            if (r < 0 || r >= replications) throw Bad(metricsCsv, row.LineNumberFrom, $"replication {r} outside 0..{replications - 1}");
            var text = row[value].Span;
            double v = text.Length == 0 ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            values.AddPoint(r, id, row[year].Parse<int>(), ri, si, v);
        }
        return values;
    }

    private static InvalidDataException Bad(string file, int line, string message) => new($"{file}:{line}: {message}");
}
