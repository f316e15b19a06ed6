using System.Globalization;
using System.Text;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Scenarios;
using Parquet;
using Parquet.Schema;

namespace NordicChina.Sim.Hosting.Output;

/// <summary>
/// A run's sink for metrics.csv (tidy long format) and metrics.parquet (the same rows, stamped with seed, version and
/// parameters, one row group per replication), written while the run goes on. Rows go out in replication, tick and
/// point order, so the files do not depend on the order in which replications finish: the next replication in
/// order is written as soon as it finishes, and one that finishes early is spooled to a binary file under the
/// output folder (<see cref="TickSpool"/>) until the replications before it are written. Memory holds at most the
/// replication being written. Call <see cref="CompleteAsync"/> after the run; the spool is gone afterwards.
/// </summary>
public sealed class MetricsFiles : IRunSink, IAsyncDisposable
{
    public const string SpoolFolder = ".spool";

    private static readonly DataField<int> ReplicationField = new("replication"), YearField = new("year"), PeriodField = new("period"), TickField = new("tick");
    private static readonly DataField<string> RegionField = new("region"), SectorField = new("sector"), MetricField = new("metric");
    private static readonly DataField<double> ValueField = new("value");

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<int> _spooled = new();
    private readonly string _spool;
    private readonly StreamWriter _csv;
    private readonly FileStream _parquetStream;
    private readonly ParquetWriter _parquet;
    private int _next;
    private bool _disposed;

    private MetricsFiles(string spool, StreamWriter csv, FileStream parquetStream, ParquetWriter parquet)
    {
        _spool = spool; _csv = csv; _parquetStream = parquetStream; _parquet = parquet;
    }

    /// <summary>Creates metrics.csv (with its header) and metrics.parquet in <paramref name="folder"/>.</summary>
    public static async Task<MetricsFiles> CreateAsync(string folder, ScenarioDefinition scenario)
    {
        string spool = Path.Combine(folder, SpoolFolder);
        Directory.CreateDirectory(spool);
        var csv = new StreamWriter(Path.Combine(folder, ResultWriter.MetricsFile), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        await csv.WriteLineAsync("replication,year,period,tick,region,sector,metric,value");
        var stream = File.Create(Path.Combine(folder, ResultWriter.MetricsParquetFile));
        var schema = new ParquetSchema(ReplicationField, YearField, PeriodField, TickField, RegionField, SectorField, MetricField, ValueField);
        var parquet = await ParquetWriter.CreateAsync(schema, stream);
        parquet.CustomMetadata = Stamp.For(scenario).ToDictionary();
        return new MetricsFiles(spool, csv, stream, parquet);
    }

    public async ValueTask ReplicationFinishedAsync(int replication, IReadOnlyList<TickMetrics> ticks, CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel);
        try
        {
            if (replication != _next)
            {
                TickSpool.Write(SpoolPath(replication), ticks);
                _spooled.Add(replication);
                return;
            }
            await WriteAsync(replication, ticks);
            while (_spooled.Remove(_next))
            {
                string path = SpoolPath(_next);
                var spooled = TickSpool.Read(path);
                File.Delete(path);
                await WriteAsync(_next, spooled);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ends both files after the run; every replication from 0 to <paramref name="replications"/> - 1 must have been received.</summary>
    public async Task CompleteAsync(int replications)
    {
        if (_next != replications || _spooled.Count > 0)
            throw new InvalidOperationException($"metrics: {_next} of {replications} replication(s) written, {_spooled.Count} waiting");
        await DisposeAsync();
        Directory.Delete(_spool, recursive: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await _csv.DisposeAsync();
        await _parquet.DisposeAsync();
        await _parquetStream.DisposeAsync();
        _gate.Dispose();
    }

    private string SpoolPath(int replication) => Path.Combine(_spool, replication.ToString(CultureInfo.InvariantCulture) + ".ticks");

    private async Task WriteAsync(int replication, IReadOnlyList<TickMetrics> ticks)
    {
        int n = 0;
        foreach (var t in ticks) n += t.Metrics.Count;
        var year = new int[n]; var period = new int[n]; var tick = new int[n];
        var region = new string[n]; var sector = new string[n]; var metric = new string[n]; var value = new double[n];
        var sb = new StringBuilder(256);
        int k = 0;
        foreach (var t in ticks)
        {
            var b = t.Metrics;
            for (int i = 0; i < b.Count; i++, k++)
            {
                year[k] = t.Year; period[k] = t.Period; tick[k] = t.Tick;
                region[k] = MetricCatalogue.RegionLabel(b.Region[i]); sector[k] = MetricCatalogue.SectorLabel(b.Sector[i]);
                metric[k] = MetricCatalogue.Get(b.Metric[i]).Name; value[k] = b.Value[i];
                sb.Append(replication).Append(',').Append(t.Year).Append(',').Append(t.Period).Append(',').Append(t.Tick).Append(',')
                  .Append(region[k]).Append(',').Append(sector[k]).Append(',').Append(metric[k]).Append(',').Append(ResultWriter.Number(value[k])).Append('\n');
                if (sb.Length >= 1 << 15) { await _csv.WriteAsync(sb); sb.Clear(); }
            }
        }
        await _csv.WriteAsync(sb);

        using var group = _parquet.CreateRowGroup();
        await group.WriteAsync(ReplicationField, new ReadOnlyMemory<int>(Enumerable.Repeat(replication, n).ToArray()));
        await group.WriteAsync(YearField, new ReadOnlyMemory<int>(year));
        await group.WriteAsync(PeriodField, new ReadOnlyMemory<int>(period));
        await group.WriteAsync(TickField, new ReadOnlyMemory<int>(tick));
        await group.WriteAsync(RegionField, region);
        await group.WriteAsync(SectorField, sector);
        await group.WriteAsync(MetricField, metric);
        await group.WriteAsync(ValueField, new ReadOnlyMemory<double>(value));
        _next = replication + 1;
    }
}
