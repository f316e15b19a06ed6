using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Output;
using Parquet;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Every output is written by one CSV writer (RFC 4180 quoting) and one missing-value policy: an empty field
/// in CSV, NULL in Parquet, never NA or NaN.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OutputFormatTests(ClusterFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ncs-format-");
    public void Dispose() => _dir.Delete(true);

    [Fact]
    public void A_calibration_moment_name_with_a_comma_a_quote_and_a_line_break_reads_back_identical()
    {
        const string name = "fdi, \"total\"\nper year";
        string path = Path.Combine(_dir.FullName, "calibration.csv");
        var result = new MomentFitResult(0.5, [
            new MomentError(name, 2.5, 2, 1, 2, 0.25, 0.0625),
            new MomentError("plain", double.NaN, 3, 1, 3, double.NaN, double.NaN),
        ]);
        Calibrator.WriteCalibrationCsv(path, result, 7);

        var rows = CsvOut.ReadFile(path);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["moment", "target", "simulated", "weight", "relative_error", "seed", "program_version"], rows[0]);
        Assert.Equal(name, rows[1][0]);
        Assert.Equal(7, rows[1].Length);
        Assert.Equal(2.5, CsvOut.ParseNumber(rows[1][2]));
        Assert.Equal("plain", rows[2][0]);
        Assert.Equal("", rows[2][2]);
        Assert.True(double.IsNaN(CsvOut.ParseNumber(rows[2][2])));
        Assert.Contains("\n\"fdi, \"\"total\"\"\nper year\",2,2.5,1,0.25,7,", File.ReadAllText(path));
        Assert.Contains("\nplain,3,,1,,7,", File.ReadAllText(path));
        Assert.Equal("\"a,b\",c,\"d\"\"e\",,1", CsvOut.Line("a,b", "c", "d\"e", "", "1"));
    }

    [Fact]
    public async Task A_run_writes_empty_fields_in_csv_and_nulls_in_parquet_where_a_value_is_undefined()
    {
        var scenario = TestScenarios.Small(years: 3, replications: 1, seed: 43);
        string folder = Path.Combine(_dir.FullName, "run");
        Directory.CreateDirectory(folder);
        RunResult run;
        await using (var sink = await MetricsFiles.CreateAsync(folder, scenario))
        {
            run = await new ScenarioRunner(fixture.Grains).RunAsync(scenario, ClusterFixture.Silos, sink, null, CancellationToken.None);
            await sink.CompleteAsync(scenario.Replications);
        }
        await ResultWriter.WriteAsync(run, folder);

        foreach (var file in Directory.GetFiles(folder, "*.csv"))
            Assert.All(CsvOut.ReadFile(file).SelectMany(f => f), v => Assert.True(v != "NA" && v != "NaN", $"{Path.GetFileName(file)}: '{v}'"));

        // One replication: no spread and no interval, so sd and the CI bounds are empty (missing), the mean is not.
        var summary = CsvOut.ReadFile(Path.Combine(folder, ResultWriter.SummaryFile));
        int sd = Array.IndexOf(summary[0], "sd"), low = Array.IndexOf(summary[0], "ci95_low"), mean = Array.IndexOf(summary[0], "mean");
        Assert.True(summary.Count > 1);
        Assert.All(summary.Skip(1), f => { Assert.Equal("", f[sd]); Assert.Equal("", f[low]); });
        Assert.Contains(summary.Skip(1), f => f[mean].Length > 0);

        // metrics.parquet: value is a nullable double column, NULL exactly where metrics.csv's value is empty, never NaN.
        var csvValues = CsvOut.ReadFile(Path.Combine(folder, ResultWriter.MetricsFile)).Skip(1).Select(f => f[Array.IndexOf(MetricsFiles.Columns, "value")]).ToList();
        await using var stream = File.OpenRead(Path.Combine(folder, ResultWriter.MetricsParquetFile));
        await using var reader = await ParquetReader.CreateAsync(stream);
        var valueField = reader.Schema.GetDataFields().Single(f => f.Name == "value");
        Assert.True(valueField.IsNullable);
        Assert.Equal(typeof(double), valueField.ClrType);
        var values = new List<double?>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var a = new double?[checked((int)group.RowCount)];
            await group.ReadAsync<double>(valueField, a);
            values.AddRange(a);
        }
        Assert.Equal(csvValues.Count, values.Count);
        Assert.DoesNotContain(values, v => v is { } d && double.IsNaN(d));
        for (int i = 0; i < values.Count; i++)
            Assert.Equal(csvValues[i].Length == 0, values[i] is null);
        // A 3-year run: the heavy-industry window stays open, so window.closing_year is undefined (empty / NULL).
        Assert.Contains(values, v => v is null);
    }
}
