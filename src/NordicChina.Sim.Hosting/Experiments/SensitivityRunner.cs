using System.Globalization;
using System.Text;
using System.Text.Json;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Global sensitivity analysis of a scenario over its parameters' plausible ranges (docs/parameters.md) and, as factors
/// beside them, policy levers' intensities (<see cref="LeverAxis"/>, applied to each point as a sweep does): Morris
/// screening (r trajectories, mu*, sigma) or Sobol indices from a Saltelli design (first-order and total, with
/// bootstrap 95% intervals). Every design point is a scenario run with the scenario's seed (common random numbers),
/// evaluated concurrently and streamed to a resumable work folder like a sweep. Writes sensitivity.csv (the indices),
/// points.csv (the design: point, parameter (a parameter or lever factor), value) and point-outputs.csv (each point's outputs: point, output, metric,
/// region, destination, sector, value), all long (tidy), sensitivity.json and datapackage.json.
/// </summary>
public sealed class SensitivityRunner(IGrainFactory grains, int silos)
{
    public const string PointsFile = "points.csv", PointOutputsFile = "point-outputs.csv";

    /// <summary>Attempts per replication when a silo fails under it (real clusters; 1 in the embedded one).</summary>
    public int MaxAttempts { get; init; } = 1;

    /// <summary>Receives a line for each replication restarted after a failure.</summary>
    public Action<string>? Log { get; init; }

    public int PointConcurrency { get; init; } = Math.Max(2, silos * 2);
    public int BootstrapSamples { get; init; } = 1000;

    /// <summary>The most design points (scenario runs) an analysis may have, as a sweep's grid.</summary>
    public const int MaxPoints = ParameterGrid.MaxPoints;

    /// <summary>The design's points, r(k+1) for Morris and N(k+2) for Sobol, computed without overflow; refused with
    /// <see cref="ExperimentInputException"/> above <see cref="MaxPoints"/>, before anything is allocated.</summary>
    public static int CheckDesignSize(SensitivityMethod method, long samples, int parameters)
    {
        double points = (double)samples * (parameters + (method == SensitivityMethod.Morris ? 1 : 2));
        if (points > MaxPoints)
            throw new ExperimentInputException($"--samples {samples} with {parameters} parameter(s) makes {points:N0} {(method == SensitivityMethod.Morris ? "points, r(k+1)" : "points, N(k+2)")}; an analysis has at most {MaxPoints:N0} points (use fewer samples or parameters)");
        return (int)points;
    }

    /// <summary>The design's factors from --params entries <c>name[=low:high]</c> (null: every parameter with a plausible
    /// range, --all). A name is a catalogue parameter, varied over its plausible range unless a range inside its valid
    /// bounds is given, or a policy lever's intensity, <c>lever.&lt;name&gt;.intensity</c> or
    /// <c>lever.&lt;name&gt;.&lt;from&gt;-&lt;to&gt;.intensity</c> (<see cref="LeverAxis"/>, as sweep --vary), varied over the
    /// lever's intensities (0 to its maximum) unless a range inside them is given.</summary>
    /// <exception cref="ExperimentInputException">An unknown name (with suggestions), a bad range, a factor listed twice, none.</exception>
    public static IReadOnlyList<ParameterRange> Ranges(IReadOnlyList<string>? names)
    {
        if (names is not { Count: > 0 })
        {
            var all = ParameterCatalogue.All.Where(p => !p.Name.StartsWith("engine.", StringComparison.Ordinal) && !p.IsInteger && p.PlausibleHigh > p.PlausibleLow).ToArray();
            if (all.Length == 0) throw new ExperimentInputException("no parameters to analyse");
            return all.Select(d => new ParameterRange(d.Name, d.PlausibleLow, d.PlausibleHigh)).ToArray();
        }
        var ranges = new List<ParameterRange>();
        foreach (var spec in names)
        {
            int eq = spec.IndexOf('=');
            string name = eq >= 0 ? spec[..eq] : spec;
            (double Low, double High)? given = eq < 0 ? null : GivenRange(spec, name, spec[(eq + 1)..]);
            ParameterRange range;
            if (LeverAxis.IsLever(name))
            {
                double max = LeverAxis.Parse(name, spec, "--params", "=0:2").MaxIntensity;
                if (given is { } g && (g.Low < 0 || g.High > max))
                    throw new ExperimentInputException($"--params {spec}: {g.Low:G}..{g.High:G} is outside the lever's intensities, 0 to {max:G}");
                range = new ParameterRange(name, given?.Low ?? 0, given?.High ?? max);
            }
            else
            {
                var d = ParameterCatalogue.Find(name) ?? throw new ExperimentInputException(
                    $"--params: unknown parameter '{name}'" + ParameterGrid.Hint(name, "=0:2"));
                if (d.IsInteger) throw new ExperimentInputException($"--params: {d.Name} is a whole-number count and cannot take the design's fractional values; vary population.scale instead");
                if (given is { } g)
                {
                    if (g.Low < d.Min || g.High > d.Max)
                        throw new ExperimentInputException($"--params {spec}: {g.Low:G}..{g.High:G} is outside the catalogued bounds of {name}, {d.Min:G} to {d.Max:G} ({d.Unit})");
                    foreach (var v in new[] { g.Low, g.High })
                        if (d.Check(v) is { } problem) throw new ExperimentInputException($"--params {spec}: value {v:G} of {name} {problem}");
                }
                else if (!(d.PlausibleHigh > d.PlausibleLow)) throw new ExperimentInputException($"--params: {d.Name} has an empty plausible range; give one, {d.Name}=<low>:<high>");
                range = new ParameterRange(d.Name, given?.Low ?? d.PlausibleLow, given?.High ?? d.PlausibleHigh);
            }
            if (ranges.Any(r => r.Name == range.Name)) throw new ExperimentInputException($"--params: {range.Name} is listed twice");
            ranges.Add(range);
        }
        return ranges;
    }

    /// <summary>Refuses a lever factor whose years lie wholly outside the scenario's (it would change nothing).</summary>
    /// <exception cref="ExperimentInputException">Such a factor.</exception>
    public static void CheckYears(ScenarioDefinition scenario, IReadOnlyList<ParameterRange> ranges)
    {
        foreach (var r in ranges)
            if (LeverAxis.IsLever(r.Name) && LeverAxis.Parse(r.Name, r.Name).Axis is { From: { } from, To: { } to } && (to < scenario.StartYear || from > scenario.EndYear))
                throw new ExperimentInputException($"--params {r.Name}: {from}-{to} lies outside {scenario.Name}'s years, {scenario.StartYear}-{scenario.EndYear}; the lever would change nothing");
    }

    /// <summary>A range given as <c>low:high</c> after a --params name.</summary>
    private static (double Low, double High) GivenRange(string spec, string name, string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high)
            || !double.IsFinite(low) || !double.IsFinite(high))
            throw new ExperimentInputException($"--params {spec}: expected {name}=<low>:<high>, e.g. {name}=0:2");
        if (!(low < high)) throw new ExperimentInputException($"--params {spec}: empty range (need low < high)");
        return (low, high);
    }

    public async Task RunAsync(ScenarioDefinition scenario, SensitivityMethod method, int samples, IReadOnlyList<ParameterRange> ranges,
        IReadOnlyList<OutputSpec> outputs, string outDir, bool resume, IProgress<ExperimentProgress>? progress = null, CancellationToken cancel = default)
    {
        var started = DateTimeOffset.UtcNow;
        if (samples < 2) throw new ExperimentInputException("--samples must be 2 or more");
        CheckDesignSize(method, samples, ranges.Count);
        var morris = method == SensitivityMethod.Morris ? MorrisDesign.Create(ranges, samples, scenario.Seed) : null;
        var saltelli = method == SensitivityMethod.Sobol ? SaltelliDesign.Create(ranges, samples, scenario.Seed) : null;
        IReadOnlyList<double[]> points = morris?.Points ?? saltelli!.Points;
        var manifest = new
        {
            kind = "sensitivity",
            method = method.ToString().ToLowerInvariant(),
            samples,
            scenario = scenario.Name,
            content_hash = scenario.ContentHash,
            seed = scenario.Seed,
            replications = scenario.Replications,
            parameters = ranges.Select(r => new { name = r.Name, low = r.Low, high = r.High }).ToArray(),
            outputs = outputs.Select(o => o.Text).ToArray(),
            program_version = ProgramInfo.Version,
        };
        CheckYears(scenario, ranges);
        var factors = ranges.Select(r => r.Name).ToArray();
        ScenarioDefinition PointScenario(int i) => LeverAxis.At(scenario, factors, points[i]);
        for (int i = 0; i < points.Count; i++)
            if (Scenarios.ScenarioLoader.CheckSize(PointScenario(i)) is { } problem)
                throw new ExperimentInputException($"design point {i} exceeds this machine: {problem}");
        var store = PointStore.Open(SweepRunner.WorkFolder(outDir), manifest, resume);
        await store.RunMissingAsync(points.Count, PointConcurrency, async (i, ct) =>
        {
            var s = PointScenario(i);
            var values = (await new ScenarioRunner(grains) { MaxAttempts = MaxAttempts, Log = Log, Concurrency = s.Replications }.RunAsync(s, silos, null, ct)).Yearly;
            var outs = outputs.Select(o => o.Of(values, scenario.EndYear)).ToArray();
            int missing = Array.FindIndex(outs, double.IsNaN);
            if (i == 0 && missing >= 0)
                throw new ExperimentInputException($"--outputs: '{outputs[missing].Text}' is not written by this scenario (see docs/metrics.md for each metric's regions and sectors)");
            return [outs.Select(ResultWriter.Number).ToArray()];
        }, progress, cancel, f =>
        {
            if (f.Length != outputs.Count) return $"{f.Length} field(s) where a point has {outputs.Count} (one per output)";
            foreach (var v in f)
                if (!CsvOut.IsNumberOrMissing(v)) return $"'{v}' is not a number";
            return null;
        }, Log);

        var results = new double[outputs.Count][];
        for (int o = 0; o < outputs.Count; o++) results[o] = new double[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            var fields = store.Read(i)[0];
            for (int o = 0; o < outputs.Count; o++) results[o][i] = CsvOut.ParseNumber(fields[o]);
        }

        await OutputFolder.WriteAsync(outDir, async folder =>
        {
            await using var csv = CsvOut.Create(Path.Combine(folder, "sensitivity.csv"));
            csv.Row("method", "output", "metric", "region", "destination", "sector", "parameter", "index", "value", "ci95_low", "ci95_high", "seed", "program_version");
            string seed = scenario.Seed.ToString(CultureInfo.InvariantCulture);
            string m = method.ToString().ToLowerInvariant();
            void Row(OutputSpec output, string parameter, string index, double value, double lo, double hi) =>
                csv.Row([m, output.Text, .. output.Columns, parameter, index, ResultWriter.Number(value), ResultWriter.Number(lo), ResultWriter.Number(hi), seed, ProgramInfo.Version]);
            for (int o = 0; o < outputs.Count; o++)
            {
                if (method == SensitivityMethod.Morris)
                {
                    var r = MorrisAnalysis.Analyze(morris!, results[o], BootstrapSamples);
                    foreach (var p in r.Parameters)
                    {
                        Row(outputs[o], p.Name, "mu", p.Mu, double.NaN, double.NaN);
                        Row(outputs[o], p.Name, "mu_star", p.MuStar, p.MuStarInterval.Lower, p.MuStarInterval.Upper);
                        Row(outputs[o], p.Name, "sigma", p.Sigma, double.NaN, double.NaN);
                    }
                }
                else
                {
                    var r = SobolAnalysis.Analyze(saltelli!, results[o], BootstrapSamples);
                    foreach (var p in r.Parameters)
                    {
                        Row(outputs[o], p.Name, "S1", p.FirstOrder, p.FirstOrderInterval.Lower, p.FirstOrderInterval.Upper);
                        Row(outputs[o], p.Name, "ST", p.Total, p.TotalInterval.Lower, p.TotalInterval.Upper);
                    }
                }
            }
            await csv.DisposeAsync();
            // Tidy (long) files: one row per design point and parameter, one per design point and output.
            await using (var pointsCsv = CsvOut.Create(Path.Combine(folder, PointsFile)))
            {
                pointsCsv.Row("point", "parameter", "value");
                for (int i = 0; i < points.Count; i++)
                    for (int k = 0; k < ranges.Count; k++)
                        pointsCsv.Row(i.ToString(CultureInfo.InvariantCulture), ranges[k].Name, ResultWriter.Number(points[i][k]));
            }
            await using (var outputsCsv = CsvOut.Create(Path.Combine(folder, PointOutputsFile)))
            {
                outputsCsv.Row("point", "output", "metric", "region", "destination", "sector", "value");
                for (int i = 0; i < points.Count; i++)
                    for (int o = 0; o < outputs.Count; o++)
                        outputsCsv.Row([i.ToString(CultureInfo.InvariantCulture), outputs[o].Text, .. outputs[o].Columns, ResultWriter.Number(results[o][i])]);
            }
            await File.WriteAllTextAsync(Path.Combine(folder, "sensitivity.json"), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }) + "\n");
            await DataPackage.WriteAsync(folder, new PackageProvenance("sensitivity", scenario, scenario.Replications, started,
                Experiment: new { method = m, samples, parameters = manifest.parameters, outputs = manifest.outputs }),
                outputs.Select(o => MetricCatalogue.Get(o.Metric).Name));
        }, cancel);
        store.Delete();
    }
}
