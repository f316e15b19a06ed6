using System.Diagnostics;
using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Global screening of every catalogue parameter in two stages of Morris elementary effects.
/// Stage 1 screens the parameter families (<see cref="ParameterFamilies"/>) as groups (Campolongo, Cariboni &amp;
/// Saltelli 2007; <see cref="GroupMorrisDesign"/>), stage 2 the parameters of every family of several parameters that
/// matters. Each factor moves over its plausible range around the value in force in the scenario (the catalogue's rule:
/// half to one and a half times the value). A seed factor, whose move only changes the random seed, measures the
/// Monte Carlo noise of the outputs: a factor matters when, on at least one output, its μ* reaches
/// <see cref="Threshold"/> of the largest family μ* and the lower end of its bootstrap 95% interval exceeds the seed
/// factor's μ*. Outputs are the scenario's
/// headlines (<see cref="ScreeningOutput.Headlines"/>) and, with a targets file, its moments simulated on the targets'
/// scenario. Each point runs its replications in this process on <see cref="Engine"/> (by default the direct engine,
/// without Orleans) with the scenario's seed (common random numbers); points stream to a resumable work folder.
/// </summary>
public sealed class ScreeningRunner
{
    /// <summary>Name of the factor that only changes the random seed (Monte Carlo noise).</summary>
    public const string SeedFactor = "(seed)";

    /// <summary>Grid levels p of both designs.</summary>
    public const int Levels = MorrisDesign.DefaultLevels;

    /// <summary>Morris trajectories r of each stage.</summary>
    public int Trajectories { get; init; } = 20;

    /// <summary>Share of the largest family μ* (per output) that a factor's μ* must reach to matter.</summary>
    public double Threshold { get; init; } = 0.1;

    /// <summary>Members of a family share one level and direction (default: each its own, as Campolongo et al. 2007).</summary>
    public bool CoupledFamilies { get; init; }

    /// <summary>Design points evaluated at once.</summary>
    public int PointConcurrency { get; init; } = Math.Max(1, Environment.ProcessorCount);

    public int BootstrapSamples { get; init; } = 1000;

    /// <summary>The engine replications run on (one thread each: points run in parallel instead).</summary>
    public IReplicationEngine Engine { get; init; } = new DirectReplicationEngine { Parallel = false };

    /// <summary>The command line that reproduces the screening, for the doc (optional).</summary>
    public string? Invocation { get; init; }

    /// <summary>Receives a line per stage.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>The screened families as groups on the unit range, followed by the seed factor.</summary>
    public static IReadOnlyList<FactorGroup> FamilyGroups() =>
        [.. ParameterFamilies.All().Select(f => new FactorGroup(f.Family, f.Members.Select(m => new ParameterRange(m.Name, 0, 1)).ToArray())),
            FactorGroup.Single(new ParameterRange(SeedFactor, 0, 1))];

    /// <summary>Points of stage 1, r(g + 1) for g groups (the families and the seed factor).</summary>
    public int Stage1Points() => Trajectories * (FamilyGroups().Count + 1);

    /// <summary>The plausible range of <paramref name="p"/> around its value in <paramref name="s"/> (the catalogue's
    /// range when the scenario keeps the default), by the catalogue's rule.</summary>
    public static ParameterRange RangeIn(ScenarioDefinition s, ParameterDefinition p)
    {
        var around = p with { Default = s.Parameters[p.Name] };
        return around.PlausibleHigh > around.PlausibleLow
            ? new ParameterRange(p.Name, around.PlausibleLow, around.PlausibleHigh)
            : new ParameterRange(p.Name, p.PlausibleLow, p.PlausibleHigh);
    }

    /// <summary>The scenario at a design point: every column set from its unit coordinate (whole-number parameters
    /// rounded half away from zero), and the seed factor's level choosing the seed (level 0: the scenario's own).</summary>
    public static ScenarioDefinition PointScenario(ScenarioDefinition s, GroupMorrisDesign d, int point)
    {
        var u = d.UnitPoints[point];
        var overrides = new List<KeyValuePair<string, double>>(u.Length);
        ulong seed = s.Seed;
        for (int j = 0; j < u.Length; j++)
        {
            string name = d.Parameters[j].Name;
            if (name == SeedFactor)
            {
                int level = (int)Math.Round(u[j] * (d.Levels - 1));
                seed = level == 0 ? s.Seed : SeededRandom.DeriveSeed(s.Seed, (ulong)level);
                continue;
            }
            var p = ParameterCatalogue.Find(name)!;
            double v = RangeIn(s, p).FromUnit(u[j]);
            if (p.IsInteger) v = Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), p.Min, p.Max);
            overrides.Add(new(name, v));
        }
        return s with { Seed = seed, Parameters = s.Parameters.With(overrides) };
    }

    public async Task<ScreeningReport> RunAsync(ScenarioDefinition scenario, CalibrationTargets? targets, ScenarioDefinition? targetScenario,
        string outDir, bool resume, IProgress<ExperimentProgress>? progress = null, CancellationToken cancel = default)
    {
        if (Trajectories < 2) throw new ExperimentInputException("--trajectories must be 2 or more");
        if (!(Threshold > 0 && Threshold <= 1)) throw new ExperimentInputException("--threshold must be above 0 and at most 1");
        if ((targets is null) != (targetScenario is null)) throw new ArgumentException("targets and their scenario go together");
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var outputs = ScreeningOutput.Headlines(scenario.EndYear).Concat(targets is null ? [] : ScreeningOutput.Moments(targets)).ToArray();
        var design1 = GroupMorrisDesign.Create(FamilyGroups(), Trajectories, SeededRandom.DeriveSeed(scenario.Seed, 0x5C1), Levels, CoupledFamilies);
        int n1 = design1.Points.Count;
        CheckSizes(scenario, targetScenario, design1);

        var manifest = new
        {
            kind = "screening",
            scenario = scenario.Name,
            content_hash = scenario.ContentHash,
            seed = scenario.Seed,
            replications = scenario.Replications,
            targets = targets?.Name,
            target_scenario = targetScenario?.Name,
            target_content_hash = targetScenario?.ContentHash,
            trajectories = Trajectories,
            levels = Levels,
            coupled = CoupledFamilies,
            threshold = Threshold,
            groups = design1.Groups.Select(g => g.Name).ToArray(),
            outputs = outputs.Select(o => o.Name).ToArray(),
            program_version = ProgramInfo.Version,
        };
        var store = PointStore.Open(SweepRunner.WorkFolder(outDir), manifest, resume);
        string? CheckLine(string[] f)
        {
            if (f.Length != outputs.Length) return $"{f.Length} field(s) where a point has {outputs.Length} (one per output)";
            foreach (var v in f)
                if (!CsvOut.IsNumberOrMissing(v)) return $"'{v}' is not a number";
            return null;
        }

        async Task<IEnumerable<string[]>> Evaluate(GroupMorrisDesign d, int point, CancellationToken ct)
        {
            var row = new double[outputs.Length];
            var main = await RunAsync(PointScenario(scenario, d, point), ct);
            var onTargets = targetScenario is null ? null : await RunAsync(PointScenario(targetScenario, d, point), ct);
            for (int o = 0; o < outputs.Length; o++) row[o] = outputs[o].Of(outputs[o].OnTargets ? onTargets! : main);
            return [row.Select(CsvOut.Number).ToArray()];
        }

        Log?.Invoke($"stage 1: {design1.Groups.Count - 1} families and the seed factor, {Trajectories} trajectories: {n1} points");
        var stageProgress = progress is null ? null : new Progress<ExperimentProgress>(p => progress.Report(p));
        await store.RunMissingAsync(n1, PointConcurrency, (i, ct) => Evaluate(design1, i, ct), stageProgress, cancel, CheckLine, Log);
        var y1 = Read(store, 0, n1, outputs.Length);
        var results1 = outputs.Select((_, o) => GroupMorrisAnalysis.Analyze(design1, y1[o], BootstrapSamples)).ToArray();
        int seedGroup1 = design1.Groups.Count - 1;
        var reference = ScreeningScores.LargestPerOutput(
            Enumerable.Range(0, seedGroup1).Select(g => (IReadOnlyList<double>)results1.Select(r => r.Parameters[g].MuStar).ToArray()).ToArray());
        var sd = y1.Select(StandardDeviation).ToArray();
        var families = Factors(design1, results1, stage: 1, reference, sd, g => design1.Groups[g].Name);

        var chosen = families.Where(f => f.Important && f.Members.Count > 1).SelectMany(f => f.Members)
            .OrderBy(ParameterCatalogue.IndexOf).ToArray();
        GroupMorrisDesign? design2 = null;
        List<ScreeningFactor> parameters = families.Where(f => f.Important && f.Members.Count == 1)
            .Select(f => f with { Name = f.Members[0] }).ToList();
        if (chosen.Length > 0)
        {
            design2 = GroupMorrisDesign.Create([.. chosen.Select(p => FactorGroup.Single(new ParameterRange(p, 0, 1))), FactorGroup.Single(new ParameterRange(SeedFactor, 0, 1))],
                Trajectories, SeededRandom.DeriveSeed(scenario.Seed, 0x5C2), Levels);
            int n2 = design2.Points.Count;
            Log?.Invoke($"stage 2: {chosen.Length} parameters of {families.Count(f => f.Important && f.Members.Count > 1)} families and the seed factor: {n2} points");
            await store.RunMissingAsync(n1 + n2, PointConcurrency, (i, ct) => Evaluate(design2, i - n1, ct), stageProgress, cancel, CheckLine, Log);
            var y2 = Read(store, n1, n2, outputs.Length);
            var results2 = outputs.Select((_, o) => GroupMorrisAnalysis.Analyze(design2, y2[o], BootstrapSamples)).ToArray();
            parameters.AddRange(Factors(design2, results2, stage: 2, reference, sd, g => ParameterFamilies.FamilyOf(design2.Groups[g].Name)).Where(f => !f.IsNoise));
        }
        parameters = [.. parameters.OrderByDescending(p => p.Score).ThenBy(p => ParameterCatalogue.IndexOf(p.Name))];
        double wall = watch.Elapsed.TotalSeconds;
        int stage2Points = design2?.Points.Count ?? 0;
        var report = new ScreeningReport(scenario, targets?.Name, targetScenario, scenario.Replications, Trajectories, Levels, CoupledFamilies, Threshold,
            outputs, reference, sd, families, parameters, n1, stage2Points,
            (long)(n1 + stage2Points) * scenario.Replications * (targetScenario is null ? 1 : 2), wall, Environment.ProcessorCount,
            ParameterFamilies.Excluded.Select(x => (x.Parameter.Name, x.Reason)).ToArray()) { Invocation = Invocation };

        await OutputFolder.WriteAsync(outDir, async folder =>
        {
            await ScreeningWriter.WriteAsync(folder, report, [(1, design1, y1), .. design2 is null ? Array.Empty<(int, GroupMorrisDesign, double[][])>() : [(2, design2, Read(store, n1, stage2Points, outputs.Length))]]);
            await DataPackage.WriteAsync(folder, new PackageProvenance("sensitivity", scenario, scenario.Replications, started,
                Scenarios: targetScenario is null ? null : [(scenario.Name, scenario), (targetScenario.Name, targetScenario)],
                Experiment: new { method = "morris-groups", trajectories = Trajectories, levels = Levels, coupled = CoupledFamilies, threshold = Threshold, targets = targets?.Name }),
                ScreeningWriter.Metrics(targets));
        }, cancel);
        store.Delete();
        return report;
    }

    private async Task<YearlyValues> RunAsync(ScenarioDefinition s, CancellationToken ct) =>
        (await new ScenarioRunner(Engine) { Concurrency = 1 }.RunAsync(s, 1, null, ct)).Yearly;

    /// <summary>Ranks a stage's factors; the seed factor's μ* is the noise floor of each output.</summary>
    private List<ScreeningFactor> Factors(GroupMorrisDesign d, MorrisResult[] results, int stage, double[] reference, double[] sd, Func<int, string> family)
    {
        int seedGroup = d.Groups.Count - 1;
        var noise = results.Select(r => r.Parameters[seedGroup].MuStar).ToArray();
        var factors = new List<ScreeningFactor>();
        for (int g = 0; g < d.Groups.Count; g++)
        {
            var indices = results.Select(r => r.Parameters[g]).ToArray();
            var muStar = indices.Select(i => i.MuStar).ToArray();
            var scaled = ScreeningScores.Scale(muStar, reference);
            var perSd = muStar.Select((m, o) => sd[o] > 0 && double.IsFinite(m) ? m / sd[o] : 0).ToArray();
            bool important = g != seedGroup && Enumerable.Range(0, muStar.Length).Any(o => scaled[o] >= Threshold && indices[o].MuStarInterval.Lower > noise[o]);
            var name = d.Groups[g].Name;
            factors.Add(new ScreeningFactor(name, g == seedGroup ? name : family(g), stage, g == seedGroup ? [] : d.Groups[g].Members.Select(m => m.Name).ToArray(),
                indices, scaled, perSd, ScreeningScores.Score(scaled), important));
        }
        var order = ScreeningScores.Rank(factors.Select(f => f.Score).ToArray());
        return order.Select(i => factors[i]).ToList();
    }

    private static double[][] Read(PointStore store, int first, int count, int outputs)
    {
        var y = new double[outputs][];
        for (int o = 0; o < outputs; o++) y[o] = new double[count];
        for (int i = 0; i < count; i++)
        {
            var fields = store.Read(first + i)[0];
            for (int o = 0; o < outputs; o++) y[o][i] = CsvOut.ParseNumber(fields[o]);
        }
        return y;
    }

    private static double StandardDeviation(double[] values)
    {
        var v = values.Where(double.IsFinite).ToArray();
        if (v.Length < 2) return double.NaN;
        double mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
    }

    /// <summary>Refuses a design whose largest point (every parameter at the top of its range) would not fit this machine.</summary>
    private static void CheckSizes(ScenarioDefinition scenario, ScenarioDefinition? targetScenario, GroupMorrisDesign design)
    {
        foreach (var s in targetScenario is null ? [scenario] : new[] { scenario, targetScenario })
        {
            var top = s with { Parameters = s.Parameters.With(design.Parameters.Where(p => p.Name != SeedFactor)
                .Select(p => ParameterCatalogue.Find(p.Name)!).Select(p => new KeyValuePair<string, double>(p.Name,
                    p.IsInteger ? Math.Clamp(Math.Round(RangeIn(s, p).High, MidpointRounding.AwayFromZero), p.Min, p.Max) : RangeIn(s, p).High))) };
            if (ScenarioLoader.CheckSize(top) is { } problem)
                throw new ExperimentInputException($"{s.Name}: the design's largest point exceeds this machine: {problem}");
        }
    }
}
