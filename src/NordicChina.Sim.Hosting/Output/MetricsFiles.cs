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

    /// <summary>The columns of metrics.csv and metrics.parquet, in order.</summary>
    public static readonly string[] Columns = ["scenario", "replication", "year", "period", "tick", "region", "destination", "sector", "metric", "aggregate", "value"];

    private static readonly DataField<string> ScenarioField = new("scenario");
    private static readonly DataField<int> ReplicationField = new("replication"), YearField = new("year"), PeriodField = new("period"), TickField = new("tick");
    private static readonly DataField<string> RegionField = new("region"), SectorField = new("sector"), MetricField = new("metric");
    private static readonly DataField<string> DestinationField = new("destination"); // NULL for metrics without a destination
    private static readonly DataField<bool> AggregateField = new("aggregate");
    private static readonly DataField<double?> ValueField = new("value"); // nullable: NULL where undefined, never NaN

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<int> _spooled = new();
    private readonly string _spool;
    private readonly CsvOut _csv;
    private readonly FileStream _parquetStream;
    private readonly ParquetWriter _parquet;
    private int _next;
    private bool _disposed;

    private readonly string _scenario;

    private MetricsFiles(string spool, CsvOut csv, FileStream parquetStream, ParquetWriter parquet, string scenario)
    {
        _spool = spool; _csv = csv; _parquetStream = parquetStream; _parquet = parquet; _scenario = scenario;
    }

    /// <summary>Creates metrics.csv (with its header) and metrics.parquet in <paramref name="folder"/>; the scenario
    /// column holds <paramref name="scenarioName"/> (by default the scenario's name; compare passes its unique run name).</summary>
    public static async Task<MetricsFiles> CreateAsync(string folder, ScenarioDefinition scenario, string? scenarioName = null)
    {
        string spool = Path.Combine(folder, SpoolFolder);
        Directory.CreateDirectory(spool);
        var csv = CsvOut.Create(Path.Combine(folder, ResultWriter.MetricsFile));
        csv.Row(Columns);
        var stream = File.Create(Path.Combine(folder, ResultWriter.MetricsParquetFile));
        var schema = new ParquetSchema(ScenarioField, ReplicationField, YearField, PeriodField, TickField, RegionField, DestinationField, SectorField, MetricField, AggregateField, ValueField);
        // Zstandard (read by DuckDB, Arrow/pandas, R arrow and Spark) instead of the default Snappy.
        var parquet = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.SmallestSize,
        });
        parquet.CustomMetadata = Stamp.For(scenario).ToDictionary();
        return new MetricsFiles(spool, csv, stream, parquet, scenarioName ?? scenario.Name);
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
        var region = new string[n]; var destination = new string?[n]; var sector = new string[n]; var metric = new string[n];
        var aggregate = new bool[n]; var value = new double?[n];
        int k = 0;
        foreach (var t in ticks)
        {
            var b = t.Metrics;
            for (int i = 0; i < b.Count; i++, k++)
            {
                var def = MetricCatalogue.Get(b.Metric[i]);
                year[k] = t.Year; period[k] = t.Period; tick[k] = t.Tick;
                region[k] = MetricCatalogue.RegionLabel(b.Region[i]); sector[k] = MetricCatalogue.SectorLabel(b.Sector[i]);
                metric[k] = def.Name;
                string dest = def.DestinationLabel;
                destination[k] = dest.Length == 0 ? null : dest;
                aggregate[k] = def.IsAggregate(b.Region[i], b.Sector[i]);
                double v = b.Value[i];
                value[k] = double.IsNaN(v) ? null : v;
                using var row = _csv.NewRow();
                CsvOut.Set(row, 0, _scenario);
                CsvOut.Set(row, 1, replication); CsvOut.Set(row, 2, t.Year); CsvOut.Set(row, 3, t.Period); CsvOut.Set(row, 4, t.Tick);
                CsvOut.Set(row, 5, region[k]); CsvOut.Set(row, 6, dest); CsvOut.Set(row, 7, sector[k]); CsvOut.Set(row, 8, metric[k]);
                CsvOut.Set(row, 9, CsvOut.Bool(aggregate[k])); CsvOut.Set(row, 10, v);
            }
        }

        using var group = _parquet.CreateRowGroup();
        await group.WriteAsync(ScenarioField, Enumerable.Repeat(_scenario, n).ToArray());
        await group.WriteAsync(ReplicationField, new ReadOnlyMemory<int>(Enumerable.Repeat(replication, n).ToArray()));
        await group.WriteAsync(YearField, new ReadOnlyMemory<int>(year));
        await group.WriteAsync(PeriodField, new ReadOnlyMemory<int>(period));
        await group.WriteAsync(TickField, new ReadOnlyMemory<int>(tick));
        await group.WriteAsync(RegionField, region);
        await group.WriteAsync(DestinationField, destination!);
        await group.WriteAsync(SectorField, sector);
        await group.WriteAsync(MetricField, metric);
        await group.WriteAsync(AggregateField, new ReadOnlyMemory<bool>(aggregate));
        await group.WriteAsync<double>(ValueField, new ReadOnlyMemory<double?>(value));
        _next = replication + 1;
    }
}
