using NordicChina.Sim.Analysis.Calibration;
using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Analysis.Statistics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>
/// Calibration that yields an ensemble: history matching (<see cref="HistoryMatching"/>, Gaussian-process emulators in
/// waves) of the spec's parameters to the fitted moments of its targets files, each simulated on its own scenario.
/// <list type="number">
/// <item>Pilot: every scenario is run at the middle of the ranges with <see cref="PilotReplications"/> replications; each moment's replication variance is its ensemble variability (the
/// record is one realisation of the world, so a single replication's spread belongs in the implausibility).</item>
/// <item>Waves: each design point runs every scenario with the spec's replications, by default with the scenario's seeds
/// (common random numbers across points; <c>design_seeds: independent</c> gives every point seeds of its own,
/// <see cref="DesignSeedSource"/>); the emulators see each point's mean and its variance / replications.</item>
/// <item>Confirmation (with <c>confirm: n</c>): each accepted final run again, on seeds of its own with n times the replications; only those still within the cutoff stay.</item>
/// <item>Ensemble: the accepted final runs. For every moment (fitted, held out, validation) the runs of all accepted
/// members and their replications give the prediction: mean and R-7 2.5-97.5% range.</item>
/// </list>
/// Same spec, same targets, same seed: the same ensemble, whatever the number of silos.
/// </summary>
public sealed class HistoryMatchingCalibrator(IGrainFactory grains, int silos)
{
    /// <summary>Attempts per replication when a silo fails under it (real clusters; 1 in the embedded one).</summary>
    public int MaxAttempts { get; init; } = 1;

    /// <summary>Receives a line for each replication restarted after a failure, and the progress of the stages.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Replications of the pilot run that measures each moment's ensemble variability.</summary>
    public int PilotReplications { get; init; } = 20;

    /// <summary>Called with the finished calibration (no twin experiments yet) before the twin experiments start, when
    /// there are any: the command writes its results then, so that an interruption during the twins (which take about
    /// three times as long) loses only the twins.</summary>
    public Func<HistoryMatchingCalibration, Task>? Calibrated { get; init; }

    /// <summary>Design points simulated at the same time.</summary>
    public int PointConcurrency { get; init; } = 2;

    public async Task<HistoryMatchingCalibration> RunAsync(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files, int twins,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancel = default)
    {
        var started = DateTimeOffset.UtcNow;
        var setup = await SetUpAsync(spec, files, cancel);
        var (slots, fitted, ranges, fitting, center, ensembleVariance, matchVariance) = setup;

        var options = Options(spec, spec.Seed);
        var targets = fitted.Select(s => Target(s, s.Moment.Target, matchVariance[Array.IndexOf(slots, s)])).ToArray();
        int done = 0;
        int expected = (options.FirstWaveDesignSize ?? 10 * ranges.Length) + (spec.Waves - 1) * (options.WaveDesignSize ?? 10 * ranges.Length) + spec.Ensemble;

        var matching = new HistoryMatching(ranges, targets, options);
        var designSeeds = new DesignSeedSource(spec.DesignSeeds, spec.Seed);
        HistoryMatchingResult result = await Task.Run(() => matching.Run(points =>
        {
            var outputs = DesignPoints(spec, files, setup, points, designSeeds, cancel);
            done += points.Count;
            progress?.Report(new ExperimentProgress(done, Math.Max(expected, done)));
            Log?.Invoke($"simulated {points.Count} point(s), {done} in all");
            return outputs;
        }, cancel), cancel);
        Log?.Invoke($"history matching: {result.Waves.Count} wave(s), {result.SimulatorRuns} design points, {result.Accepted.Count} of {result.Ensemble.Count} ensemble runs accepted");
        if (spec.Confirm > 0) result = await ConfirmAsync(spec, files, slots, fitted, fitting, matching.EnsembleMeasure, result, cancel);
        var accepted = result.Accepted;

        // The fit table (targets-fit.csv): every accepted member runs every file again with seeds of its own, distinct
        // from the ones that accepted it (a member chosen for a lucky draw would otherwise show that draw), so that the
        // table shows the ensemble's prediction of the model's mean.
        if (accepted.Count > 0)
            Log?.Invoke($"predicting every moment for the {accepted.Count} accepted members, each with seeds of its own" +
                (spec.PredictionFactor > 1 ? $" and {spec.PredictionFactor} times the replications" : ""));
        var memberRuns = await SimulateManyAsync(spec, files, slots, accepted.Select(m => m.Point.ToArray()).ToArray(),
            i => MemberSeedOffset(spec, i), null, cancel, factor: spec.PredictionFactor);
        var predictions = slots.Select((slot, k) => Predict(slot, memberRuns.Select(r => r[k]).ToArray())).ToArray();

        if (twins > 0 && Calibrated is { } calibrated)
            await calibrated(new HistoryMatchingCalibration(spec, files, slots, ranges, ensembleVariance, result, predictions, [], started, DateTimeOffset.UtcNow));
        var pool = accepted.Count > 0 ? accepted.Select(m => m.Point.ToArray()).ToArray() : [center];
        var twinResults = await TwinLoopAsync(spec, files, setup, pool, twins, cancel);

        return new HistoryMatchingCalibration(spec, files, slots, ranges, ensembleVariance, result, predictions, twinResults, started, DateTimeOffset.UtcNow);
    }

    /// <summary>Only the twin experiments, on an ensemble calibrated before (its <c>ensemble.csv</c>): the same
    /// experiments, seeds and results as <c>calibrate --twins n</c> on the spec that produced that ensemble, without
    /// running its waves again (only the pilot, for each moment's ensemble variability). Experiment t takes member
    /// t x members / n as its truth.</summary>
    public async Task<IReadOnlyList<TwinExperiment>> TwinsAsync(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files,
        IReadOnlyList<double[]> ensemble, int twins, CancellationToken cancel = default)
    {
        if (ensemble.Count == 0) throw new ExperimentInputException("the ensemble has no member");
        var setup = await SetUpAsync(spec, files, cancel);
        return await TwinLoopAsync(spec, files, setup, ensemble.ToArray(), twins, cancel);
    }

    /// <summary>The spec's moments, box and pilot (<see cref="CalibrationSetup"/>); the spec's own errors are raised
    /// before any simulation (the pilot alone is 20 replications of every scenario).</summary>
    private async Task<CalibrationSetup> SetUpAsync(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files, CancellationToken cancel)
    {
        var slots = Slots(spec, files);
        var fitted = slots.Where(s => s.Role == MomentRole.Fitted).ToArray();
        if (fitted.Length == 0) throw new ExperimentInputException("no moment is fitted: every moment lies outside fit_years or in a validation file");
        if (spec.ImplausibilityRank > fitted.Length)
            throw new ExperimentInputException($"implausibility_rank {spec.ImplausibilityRank} exceeds the {fitted.Length} fitted moment(s)");
        var ranges = spec.Parameters.Select(p => new ParameterRange(p.Name, p.Low, p.High)).ToArray();

        // Only the files with fitted moments run at every design point; the others run for the accepted members.
        var fitting = files.Select((_, f) => fitted.Any(s => s.File == f)).ToArray();
        // The middle of the box, so that the calibration does not depend on the catalogue defaults it replaces.
        var center = ranges.Select(r => r.FromUnit(0.5)).ToArray();
        Log?.Invoke($"pilot: {PilotReplications} replications at the middle of the ranges, for each moment's ensemble variability");
        var pilot = await SimulateAsync(spec, files, slots, center, 0, PilotReplications, cancel);
        var ensembleVariance = pilot.Select(v => Ratio(v).SingleVariance).ToArray();
        // With match: mean the targets' sds are tolerances for the model's mean; with match: realisation a single
        // replication's spread joins the implausibility.
        double[] matchVariance = spec.Match == TargetMatch.Realisation ? ensembleVariance : new double[ensembleVariance.Length];
        return new CalibrationSetup(slots, fitted, ranges, fitting, center, ensembleVariance, matchVariance);
    }

    private async Task<List<TwinExperiment>> TwinLoopAsync(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files, CalibrationSetup setup,
        double[][] pool, int twins, CancellationToken cancel)
    {
        var (slots, fitted, ranges, fitting, _, ensembleVariance, matchVariance) = setup;
        var twinResults = new List<TwinExperiment>();
        for (int t = 0; t < twins; t++)
        {
            cancel.ThrowIfCancellationRequested();
            var truth = pool[(int)((long)t * pool.Length / twins)];
            ulong twinSeed = SeededRandom.DeriveSeed(spec.Seed, 1000UL + (ulong)t);
            // The "record" of the twin world, from another seed, plus observation error of the stated sd: what the
            // targets stand for, i.e. the mean of the pilot's number of replications (match: mean) or one replication.
            int worldReplications = spec.Match == TargetMatch.Realisation ? 1 : PilotReplications;
            var world = await SimulateAsync(spec, files, slots, truth, 7919UL * (ulong)(t + 1), worldReplications, cancel, fitting);
            var noise = new SeededRandom(twinSeed);
            var twinTargets = fitted.Select(s =>
            {
                int k = Array.IndexOf(slots, s);
                double observed = Ratio(world[k]).Ratio + s.Sd * MathNet.Numerics.Distributions.Normal.Sample(noise, 0, 1);
                // With match: mean the twin record is a mean of worldReplications replications, whose own estimation
                // variance at the truth (not the pilot's, at the middle of the box: some moments are far noisier at
                // some members) is part of the twin record's error.
                double estimate = Ratio(world[k]).EstimateVariance;
                double recordVariance = spec.Match == TargetMatch.Realisation ? matchVariance[k]
                    : double.IsFinite(estimate) ? estimate : double.IsFinite(ensembleVariance[k]) ? ensembleVariance[k] / worldReplications : 0;
                return Target(s, double.IsFinite(observed) ? observed : s.Moment.Target, recordVariance);
            }).ToArray();
            var twin = new HistoryMatching(ranges, twinTargets, TwinOptions(spec, twinSeed));
            var twinSeeds = new DesignSeedSource(spec.DesignSeeds, twinSeed);
            var twinResult = await Task.Run(() => twin.Run(points =>
            {
                var outputs = DesignPoints(spec, files, setup, points, twinSeeds, cancel);
                Log?.Invoke($"simulated {points.Count} point(s) (twin)");
                return outputs;
            }, cancel), cancel);
            var members = twinResult.Accepted;
            bool inside = members.Count > 0 && ranges.Select((_, d) =>
            {
                var column = members.Select(m => m.Point[d]).ToArray();
                return truth[d] >= Quantile.R7(column, 0.025) && truth[d] <= Quantile.R7(column, 0.975);
            }).All(x => x);
            // Which target comes closest to ruling the truth out, under which wave's emulators.
            var atTruth = twin.ImplausibilitiesAt(truth, twinResult);
            var (worstTarget, worstValue, worstWave) = ("", double.NaN, 0);
            for (int w = 0; w < atTruth.Count; w++)
            {
                for (int k = 0; k < twinTargets.Length; k++)
                {
                    double value = atTruth[w].PerOutput[k];
                    if (double.IsNaN(worstValue) || value > worstValue) (worstTarget, worstValue, worstWave) = (twinTargets[k].Name, value, w + 1);
                }
            }
            var experiment = new TwinExperiment(t, truth, twin.IsNonImplausible(truth, twinResult), inside, members.Count, twinResult.Waves.Count,
                worstTarget, worstValue, worstWave);
            twinResults.Add(experiment);
            Log?.Invoke($"twin {t + 1}/{twins}: truth non-implausible {experiment.NonImplausible} (largest implausibility {worstValue:0.00}, " +
                $"{worstTarget}, wave {worstWave}), inside the ensemble's 95% ranges {experiment.InsideEnsembleRanges}, {members.Count} accepted");
        }

        return twinResults;
    }

    /// <summary>A batch of design points for the emulators: the fitting files at each point, on the next seeds of
    /// <paramref name="seeds"/>, reduced to the fitted moments. Called synchronously from <see cref="HistoryMatching.Run"/>.</summary>
    private IReadOnlyList<SimulatorOutput> DesignPoints(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files, CalibrationSetup setup,
        IReadOnlyList<double[]> points, DesignSeedSource seeds, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        var offsets = seeds.Next(points.Count);
        var runs = SimulateManyAsync(spec, files, setup.Slots, points, i => offsets[i], null, cancel, setup.Fitting).GetAwaiter().GetResult();
        return runs.Select(run => Output(run, setup.Slots, setup.Fitted)).ToArray();
    }

    /// <summary>The confirmation stage (<see cref="CalibrationSpec.Confirm"/>): every final run within the cutoff runs
    /// again at its point, on seeds of its own (<see cref="ConfirmSeedOffset"/>) and with <c>confirm</c> times each
    /// fitting file's replications, and is judged by <paramref name="measure"/> on those runs' means and their variances.</summary>
    private async Task<HistoryMatchingResult> ConfirmAsync(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files, MomentSlot[] slots,
        MomentSlot[] fitted, bool[] fitting, Implausibility measure, HistoryMatchingResult result, CancellationToken cancel)
    {
        var passed = Enumerable.Range(0, result.Ensemble.Count).Where(i => result.Ensemble[i].Implausibility.NonImplausible).ToArray();
        Log?.Invoke($"confirming the {passed.Length} accepted final run(s) with {spec.Confirm} times the replications, each on seeds of its own");
        var runs = await SimulateManyAsync(spec, files, slots, passed.Select(i => result.Ensemble[i].Point.ToArray()).ToArray(),
            j => ConfirmSeedOffset(spec, passed[j]), null, cancel, fitting, spec.Confirm);
        var members = result.Ensemble.ToArray();
        for (int j = 0; j < passed.Length; j++)
        {
            var output = Output(runs[j], slots, fitted);
            members[passed[j]] = members[passed[j]] with { Confirmation = measure.EvaluateSimulated(output.Means, output.MeanVariances) };
        }
        var confirmed = result with { Ensemble = members };
        Log?.Invoke($"confirmation: {confirmed.Accepted.Count} of {passed.Length} accepted final run(s) confirmed");
        return confirmed;
    }

    /// <summary>Every moment of every file, in file order, with its role under the spec's fit years.</summary>
    public static MomentSlot[] Slots(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files) =>
        files.SelectMany((f, i) => f.Targets.Moments.Select(m => new MomentSlot(i, m,
            f.Targets.Use == TargetsUse.Validation ? MomentRole.Validation : spec.Fits(m) ? MomentRole.Fitted : MomentRole.HeldOut))).ToArray();

    private static HistoryMatchingOptions Options(CalibrationSpec spec, ulong seed) => new()
    {
        Seed = seed,
        MaxWaves = spec.Waves,
        FirstWaveDesignSize = spec.DesignPoints,
        WaveDesignSize = spec.DesignPoints,
        CandidateCount = spec.Candidates,
        Cutoff = spec.Cutoff,
        EnsembleSize = spec.Ensemble,
        ImplausibilityRank = spec.ImplausibilityRank,
        // A simulated final run has no emulator error to tolerate: it is held to every target.
        EnsembleRank = 1,
        // With design_seeds: common every design point runs its replications with the scenario's seeds.
        CommonRandomNumbers = spec.DesignSeeds == DesignSeeds.Common,
    };

    /// <summary>The budget of a twin experiment. <see cref="TwinBudget.Half"/> (the default): at most 2 waves of half the
    /// design points, and an ensemble of 60 (ten calibrations in a row cost about three). <see cref="TwinBudget.Full"/>:
    /// the calibration's own budget, so that the twins' emulators are as good as the ones whose coverage they check.</summary>
    public static HistoryMatchingOptions TwinOptions(CalibrationSpec spec, ulong seed) => spec.TwinBudget == TwinBudget.Full ? Options(spec, seed) : Options(spec, seed) with
    {
        MaxWaves = Math.Min(spec.Waves, 2),
        FirstWaveDesignSize = Math.Max(spec.Parameters.Count + 2, spec.DesignPoints / 2),
        WaveDesignSize = Math.Max(spec.Parameters.Count + 2, spec.DesignPoints / 2),
        EnsembleSize = Math.Min(spec.Ensemble, 60),
    };

    private static HistoryMatchTarget Target(MomentSlot s, double observed, double ensembleVariance) =>
        new(s.Moment.Name, observed, s.Sd * s.Sd, 0, double.IsFinite(ensembleVariance) ? ensembleVariance : 0);

    /// <summary>The emulated moments of one point's runs: each moment's ratio of means and the variance of that
    /// estimate (0 where either is not finite).</summary>
    private static SimulatorOutput Output(double[][] run, MomentSlot[] slots, IReadOnlyList<MomentSlot> emulated)
    {
        var means = new double[emulated.Count];
        var variances = new double[emulated.Count];
        for (int k = 0; k < emulated.Count; k++)
        {
            var (ratio, estimateVariance, _) = Ratio(run[Array.IndexOf(slots, emulated[k])]);
            means[k] = double.IsFinite(ratio) ? ratio : 0;
            variances[k] = double.IsFinite(estimateVariance) ? estimateVariance : 0;
        }
        return new SimulatorOutput(means, variances);
    }

    /// <summary>A moment's ratio of means over replications from its stored numerators and denominators.</summary>
    private static (double Ratio, double EstimateVariance, double SingleVariance) Ratio(double[] parts)
    {
        int n = parts.Length / 2;
        return MomentValues.RatioOfMeans(parts[..n], parts[n..]);
    }

    /// <summary>The ensemble's prediction of a moment: the mean over members of each member's ratio of means, and the
    /// 2.5-97.5% range of single replications (every member's per-replication ratios pooled).</summary>
    private static MomentPrediction Predict(MomentSlot slot, double[][] members)
    {
        var runs = members.SelectMany(v => { int n = v.Length / 2; return Enumerable.Range(0, n).Select(i => v[i] / v[n + i]); }).Where(double.IsFinite).ToArray();
        var centres = members.Select(v => Ratio(v).Ratio).Where(double.IsFinite).ToArray();
        if (runs.Length == 0 || centres.Length == 0) return new MomentPrediction(slot, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double mean = centres.Average();
        double low = Quantile.R7(runs, 0.025), high = Quantile.R7(runs, 0.975);
        double z = 1.959963984540054 * slot.Sd;
        // The record is the world plus its own error: widen each side of the model's range by the record's 95% error.
        return new MomentPrediction(slot, runs.Length, mean, low, high,
            mean - Math.Sqrt((mean - low) * (mean - low) + z * z), mean + Math.Sqrt((high - mean) * (high - mean) + z * z));
    }

    /// <summary>The value a model run uses for a point's coordinate: whole-number parameters (population counts) are
    /// rounded, half away from zero; the emulators see the continuous coordinate.</summary>
    public static double ModelValue(string name, double x) =>
        ParameterCatalogue.Find(name) is { IsInteger: true } ? Math.Round(x, MidpointRounding.AwayFromZero) : x;

    /// <summary>The seed offset of accepted member <paramref name="member"/>'s runs for the fit table: distinct per member
    /// and from the design's (0), the twin worlds' and the pilot's.</summary>
    public static ulong MemberSeedOffset(CalibrationSpec spec, int member) => SeededRandom.DeriveSeed(spec.Seed, 5000UL + (ulong)member);

    /// <summary>The seed offset of final run <paramref name="run"/>'s confirmation: distinct per run and from the design's,
    /// the members', the twin worlds' and the pilot's.</summary>
    public static ulong ConfirmSeedOffset(CalibrationSpec spec, int run) => SeededRandom.DeriveSeed(spec.Seed, 9000UL + (ulong)run);

    /// <summary>The moments' per-replication values at several points, <see cref="PointConcurrency"/> points at a time,
    /// each with its own seed offset.</summary>
    private async Task<double[][][]> SimulateManyAsync(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files, MomentSlot[] slots,
        IReadOnlyList<double[]> points, Func<int, ulong> seedOffsetOf, int? replications, CancellationToken cancel, bool[]? only = null, int factor = 1)
    {
        var results = new double[points.Count][][];
        using var gate = new SemaphoreSlim(PointConcurrency);
        await Task.WhenAll(points.Select(async (point, i) =>
        {
            await gate.WaitAsync(cancel);
            try { results[i] = await SimulateAsync(spec, files, slots, point, seedOffsetOf(i), replications, cancel, only, factor); }
            finally { gate.Release(); }
        }));
        return results;
    }

    /// <summary>Per moment (slot order), its value in each replication at <paramref name="point"/>; null
    /// <paramref name="replications"/> runs each file with its design replications (<see cref="CalibrationSpec.ReplicationsFor"/>).</summary>
    private async Task<double[][]> SimulateAsync(CalibrationSpec spec, IReadOnlyList<CalibrationFile> files, MomentSlot[] slots,
        IReadOnlyList<double> point, ulong seedOffset, int? replications, CancellationToken cancel, bool[]? only = null, int factor = 1)
    {
        var values = new double[slots.Length][];
        for (int k = 0; k < slots.Length; k++) values[k] = [];
        for (int f = 0; f < files.Count; f++)
        {
            if (only is not null && !only[f]) continue;
            var s0 = files[f].Scenario;
            int fileReplications = (replications ?? spec.ReplicationsFor(f)) * factor;
            var scenario = s0 with
            {
                Replications = fileReplications,
                Seed = unchecked(s0.Seed + seedOffset),
                Parameters = s0.Parameters.With(spec.Parameters.Select((p, k) => new KeyValuePair<string, double>(p.Name, ModelValue(p.Name, point[k])))),
            };
            var run = await new ScenarioRunner(grains) { MaxAttempts = MaxAttempts, Log = Log, Concurrency = fileReplications }
                .RunAsync(scenario, silos, null, cancel);
            for (int k = 0; k < slots.Length; k++)
                if (slots[k].File == f)
                {
                    var (num, den) = MomentValues.Parts(run.Yearly, slots[k].Moment);
                    values[k] = [.. num, .. den];   // numerators, then denominators
                }
        }
        return values;
    }
}
