using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Output;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Metrics stream to disk as replications finish: the files do not depend on the order in which they finish,
/// metrics.parquet holds metrics.csv's rows, and a replication that fails part-way leaves nothing behind.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StreamedMetricsTests(ClusterFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-stream-");
    public void Dispose() => _dir.Delete(true);

    private async Task<RunResult> StreamAsync(ScenarioRunner runner, Model.Scenarios.ScenarioDefinition scenario, string folder)
    {
        Directory.CreateDirectory(folder);
        await using var sink = await MetricsFiles.CreateAsync(folder, scenario);
        var result = await runner.RunAsync(scenario, ClusterFixture.Silos, sink, null, CancellationToken.None);
        await sink.CompleteAsync(scenario.Replications);
        return result;
    }

    [Fact]
    public async Task Streamed_metrics_are_the_recorded_ticks_in_replication_order_and_the_parquet_file_holds_the_same_rows()
    {
        var scenario = TestScenarios.Small(years: 3, replications: 5, seed: 41);
        string folder = Path.Combine(_dir.FullName, "streamed");
        var streamed = await StreamAsync(new ScenarioRunner(fixture.Grains) { Concurrency = 5, TicksPerCall = 3 }, scenario, folder);
        var recorded = await new ScenarioRunner(fixture.Grains) { Concurrency = 1 }.RecordAsync(scenario, ClusterFixture.Silos);

        string csv = await File.ReadAllTextAsync(Path.Combine(folder, ResultWriter.MetricsFile));
        Assert.Equal(await MetricsText.Of(recorded), csv);
        Assert.False(Directory.Exists(Path.Combine(folder, MetricsFiles.SpoolFolder)), "the spool is removed when the metrics are complete");

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var (rows, metadata) = await ParquetRows.ReadAsync(Path.Combine(folder, ResultWriter.MetricsParquetFile));
        Assert.Equal(lines.Skip(1), rows);
        Assert.Equal(scenario.Seed.ToString(), metadata["seed"]);

        Assert.Equal(Summary.Build(recorded.Result), Summary.Build(streamed));
        Assert.Equal(HeadlineTable.Of(scenario, recorded.Result.Yearly, scenario.StartYear, scenario.EndYear, []), HeadlineTable.Of(scenario, streamed.Yearly, scenario.StartYear, scenario.EndYear, []));
        Assert.Equal(recorded.Result.AgentSteps, streamed.AgentSteps);
    }

    [Fact]
    public async Task A_replication_that_fails_part_way_is_run_again_and_its_first_attempt_leaves_nothing_behind()
    {
        var scenario = TestScenarios.Small(years: 3, replications: 3, seed: 42);
        var engine = new FailingOnceEngine(new OrleansReplicationEngine(fixture.Grains), batchesBeforeFailure: 2);
        var retried = await StreamAsync(new ScenarioRunner(engine) { MaxAttempts = 2 }, scenario, Path.Combine(_dir.FullName, "retried"));
        var plain = await StreamAsync(new ScenarioRunner(fixture.Grains), scenario, Path.Combine(_dir.FullName, "plain"));

        Assert.Equal(3, engine.Failures);
        foreach (var file in new[] { ResultWriter.MetricsFile, ResultWriter.MetricsParquetFile })
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_dir.FullName, "plain", file)), await File.ReadAllBytesAsync(Path.Combine(_dir.FullName, "retried", file)));
        Assert.Equal(plain.AgentSteps, retried.AgentSteps);
        Assert.Equal(Summary.Build(plain), Summary.Build(retried));
    }
}
