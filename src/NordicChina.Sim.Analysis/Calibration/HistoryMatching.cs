using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// Bayes-linear style history matching by waves of Gaussian-process emulators (Craig, Goldstein, Seheult &amp; Smith
/// 1997; Vernon, Goldstein &amp; Bower 2010, Bayesian Analysis 5(4):619–670; Andrianakis et al. 2015, PLoS Comput.
/// Biol. 11:e1003968): rule out the inputs whose outputs cannot match the observations, refocus, repeat.
/// </summary>
/// <remarks>
/// <para>Algorithm (everything random is drawn from <see cref="SeededRandom"/> streams derived from
/// <see cref="HistoryMatchingOptions.Seed"/>, so a seed fixes the whole result):</para>
/// <list type="number">
/// <item>Wave 1 design: a maximin Latin hypercube over the box. Later waves: a greedy maximin subset of the previous
/// wave's non-implausible pool (each new point the pool point farthest from the points already chosen and the runs
/// already in the training set, on the unit cube).</item>
/// <item>Run the simulator on the design; train one <see cref="GaussianProcessEmulator"/> per output on this wave's
/// runs plus the earlier runs that are still non-implausible (the newest <see cref="HistoryMatchingOptions.MaxTrainingRuns"/>
/// at most); known per-run noise (<see cref="SimulatorOutput.MeanVariances"/>)
/// enters the emulator as noise, the rest as the fitted nugget. With
/// <see cref="HistoryMatchingOptions.CommonRandomNumbers"/> that noise is shared by the design points, so the wave
/// also adds its mean, Var_design, to its emulators' implausibility denominators.</item>
/// <item>Non-implausible space: a point is non-implausible when, for every wave so far, the combined implausibility
/// under that wave's emulators is ≤ the cutoff. It is found by screening <see cref="HistoryMatchingOptions.CandidateCount"/>
/// uniform Latin-hypercube candidates, adding the previous pool's points that survive the new emulators, and, while
/// too few are found, a tempered search: the <see cref="HistoryMatchingOptions.SeedCount"/> least implausible
/// candidates, the threshold lowered each round to their median (never below the cutoff), the survivors resampled
/// and moved by random-walk Metropolis steps restricted to the box and the threshold. A pool short of
/// <see cref="HistoryMatchingOptions.PoolSize"/> is filled with copies and mixed by Metropolis sweeps whose
/// stationary law is uniform on the non-implausible set.</item>
/// <item>Volume of the non-implausible fraction of the box: the fraction of uniform candidates accepted when at least
/// <see cref="HistoryMatchingOptions.MinimumUniformAccepted"/> are; otherwise (later waves) the previous estimate
/// times the fraction of the previous pool (approximately uniform on the previous space) that survives the new
/// emulators; otherwise the subset-simulation estimate of the tempered search (k/N times the fraction kept at each
/// lowered threshold); otherwise the raw uniform fraction (possibly 0).</item>
/// <item>Stop after <see cref="HistoryMatchingOptions.MaxWaves"/>, when the pool is empty, or when every output's
/// median (over the pool) of Var_emulator/(Var_obs + Var_discrepancy + Var_ensemble + Var_design) is below
/// <see cref="HistoryMatchingOptions.StopVarianceRatio"/>.</item>
/// <item>Ensemble: a seeded random subset of <see cref="HistoryMatchingOptions.EnsembleSize"/> distinct pool points is run
/// and each run's implausibility is measured on its simulated outputs (denominator: the targets' other variances
/// plus the run's own mean variance if reported); members within the cutoff are accepted.</item>
/// </list>
/// </remarks>
public sealed class HistoryMatching
{
    private readonly ParameterRange[] _ranges;

    /// <summary>Creates a history match of the simulator's outputs (in target order) against the targets.</summary>
    /// <param name="ranges">The input box.</param>
    /// <param name="targets">Observations, one per simulator output, in the simulator's output order.</param>
    /// <param name="options">Settings; defaults when null.</param>
    public HistoryMatching(IReadOnlyList<ParameterRange> ranges, IReadOnlyList<HistoryMatchTarget> targets, HistoryMatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count == 0) throw new ArgumentException("At least one parameter range is needed.", nameof(ranges));
        options ??= new HistoryMatchingOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxWaves, 1, nameof(options.MaxWaves));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CandidateCount, 1, nameof(options.CandidateCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PoolSize, 1, nameof(options.PoolSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EnsembleSize, 1, nameof(options.EnsembleSize));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxTemperingRounds, nameof(options.MaxTemperingRounds));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MixingSweeps, nameof(options.MixingSweeps));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SeedCount, 1, nameof(options.SeedCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTrainingRuns, 3, nameof(options.MaxTrainingRuns));
        if (!(options.JitterScale > 0)) throw new ArgumentOutOfRangeException(nameof(options), "JitterScale must be positive.");
        if (!(options.StopVarianceRatio >= 0)) throw new ArgumentOutOfRangeException(nameof(options), "StopVarianceRatio must be ≥ 0.");
        _ranges = ranges.ToArray();
        Options = options;
        Measure = new Implausibility(targets, options.Cutoff, options.ImplausibilityRank);
        EnsembleMeasure = options.EnsembleRank is { } r && r != options.ImplausibilityRank ? new Implausibility(targets, options.Cutoff, r) : Measure;
        int d = _ranges.Length;
        FirstWaveDesignSize = options.FirstWaveDesignSize ?? 10 * d;
        WaveDesignSize = options.WaveDesignSize ?? 10 * d;
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstWaveDesignSize, d + 2, nameof(options.FirstWaveDesignSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(WaveDesignSize, 1, nameof(options.WaveDesignSize));
    }

    /// <summary>The input box.</summary>
    public IReadOnlyList<ParameterRange> Ranges => _ranges;

    /// <summary>The settings.</summary>
    public HistoryMatchingOptions Options { get; }

    /// <summary>The implausibility measure (targets, cutoff, rank).</summary>
    public Implausibility Measure { get; }

    /// <summary>The measure that judges the final runs' simulated outputs (<see cref="HistoryMatchingOptions.EnsembleRank"/>).</summary>
    public Implausibility EnsembleMeasure { get; }

    /// <summary>Wave-1 design size in use.</summary>
    public int FirstWaveDesignSize { get; }

    /// <summary>Later waves' design size in use.</summary>
    public int WaveDesignSize { get; }

    /// <summary>Runs the history match with a simulator that reports output means only.</summary>
    /// <param name="simulator">Batch of points → for each point its outputs (in target order).</param>
    /// <param name="cancel">Checked before every simulator batch, every emulator fit and every round of the search for the
    /// non-implausible pool.</param>
    public HistoryMatchingResult Run(Func<IReadOnlyList<double[]>, IReadOnlyList<double[]>> simulator, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return Run(points => simulator(points).Select(o => new SimulatorOutput(o)).ToArray(), cancel);
    }

    /// <summary>Runs the history match with a simulator that may report the variance of each output mean.</summary>
    /// <param name="simulator">Batch of points → for each point its outputs (in target order).</param>
    /// <param name="cancel">Checked before every simulator batch, every emulator fit and every round of the pool search
    /// (a search that tempers and mixes can run for minutes, so Ctrl+C and SIGTERM stop it promptly; the fits of one wave run in
    /// parallel, one per output; each is deterministic, so the result does not depend on the number of cores).</param>
    public HistoryMatchingResult Run(Func<IReadOnlyList<double[]>, IReadOnlyList<SimulatorOutput>> simulator, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        int outputsCount = Measure.Targets.Count;
        int poolTarget = Math.Max(Options.PoolSize, Options.EnsembleSize);
        var runsX = new List<double[]>();
        var runsY = new List<SimulatorOutput>();
        var emulatorSets = new List<EmulatorSet>();
        var waves = new List<HistoryMatchingWave>();
        var pool = new List<double[]>();
        double fraction = 1;
        int simulatorRuns = 0;
        var stop = HistoryMatchingStop.MaxWaves;

        for (int wave = 1; wave <= Options.MaxWaves; wave++)
        {
            cancel.ThrowIfCancellationRequested();
            // Earlier runs still non-implausible stay in the training set.
            var trainX = new List<double[]>();
            var trainY = new List<SimulatorOutput>();
            if (wave > 1)
            {
                var keep = Screen(runsX, emulatorSets);
                var kept = new HashSet<double[]>(keep, ReferenceEqualityComparer.Instance);
                for (int i = 0; i < runsX.Count; i++)
                {
                    if (kept.Contains(runsX[i]))
                    {
                        trainX.Add(runsX[i]);
                        trainY.Add(runsY[i]);
                    }
                }
            }

            double[][] designPoints = wave == 1
                ? LatinHypercube.Sample(_ranges, FirstWaveDesignSize, Stream(wave, 0))
                : MaximinSubset(pool, WaveDesignSize, trainX);
            var outputs = Simulate(simulator, designPoints);
            simulatorRuns += designPoints.Length;
            runsX.AddRange(designPoints);
            runsY.AddRange(outputs);
            trainX.AddRange(designPoints);
            trainY.AddRange(outputs);
            if (trainX.Count > Options.MaxTrainingRuns)
            {
                // Keep the newest runs: the fit costs O(n³) per likelihood evaluation.
                int drop = trainX.Count - Options.MaxTrainingRuns;
                trainX.RemoveRange(0, drop);
                trainY.RemoveRange(0, drop);
            }

            var emulators = new GaussianProcessEmulator[outputsCount];
            var diagnostics = new EmulatorDiagnostics[outputsCount];
            // A cancellation during the fits (each checks the token at every likelihood evaluation) surfaces as one
            // OperationCanceledException: Parallel.For reduces its bodies' cancellations of the loop's token to one.
            Parallel.For(0, outputsCount, new ParallelOptions { CancellationToken = cancel }, k =>
            {
                var y = trainY.Select(o => o.Means[k]).ToArray();
                double[]? noise = trainY.All(o => o.MeanVariances is not null)
                    ? trainY.Select(o => o.MeanVariances![k]).ToArray()
                    : null;
                emulators[k] = GaussianProcessEmulator.Fit(_ranges, trainX, y, noise, Options.Emulator, cancel);
                diagnostics[k] = emulators[k].Diagnostics(Options.DiagnosticThreshold);
            });
            cancel.ThrowIfCancellationRequested();
            var design = DesignVariances(trainY, outputsCount);
            emulatorSets.Add(new EmulatorSet(emulators, design));

            // The non-implausible space after this wave.
            var search = FindPool(wave, pool, emulatorSets, poolTarget, cancel);
            if (search.UniformAccepted >= Options.MinimumUniformAccepted)
                fraction = (double)search.UniformAccepted / Options.CandidateCount;
            else if (wave > 1 && pool.Count > 0 && search.PreviousSurvivors > 0)
                fraction *= (double)search.PreviousSurvivors / pool.Count;
            else if (!double.IsNaN(search.SubsetEstimate))
                fraction = search.SubsetEstimate;
            else
                fraction = (double)search.UniformAccepted / Options.CandidateCount;
            pool = search.Pool;

            var ratios = new double[outputsCount];
            if (pool.Count > 0)
            {
                for (int k = 0; k < outputsCount; k++)
                {
                    double other = Measure.Targets[k].OtherVariance + design[k];
                    var r = emulators[k].Predict(pool).Select(p => other > 0 ? p.Variance / other : double.PositiveInfinity).ToArray();
                    ratios[k] = Quantile.R7(r, 0.5);
                }
            }
            else
            {
                Array.Fill(ratios, double.NaN);
            }

            waves.Add(new HistoryMatchingWave(
                wave, designPoints.Length, trainX.Count, emulators, diagnostics, Measure.Cutoff, fraction, pool.Count,
                search.UniformAccepted, search.Rounds, ratios, design));

            if (pool.Count == 0)
            {
                stop = HistoryMatchingStop.NoNonImplausiblePoints;
                break;
            }
            if (ratios.All(r => r < Options.StopVarianceRatio))
            {
                stop = HistoryMatchingStop.EmulatorVarianceSmall;
                break;
            }
        }

        var ensemble = new List<EnsembleMember>();
        if (pool.Count > 0)
        {
            var chosen = pool.ToArray();
            new SeededRandom(Stream(0, 4)).ShuffleInPlace(chosen.AsSpan());
            // Distinct points only (the pool may hold copies that never moved).
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var points = chosen
                .Where(p => seen.Add(string.Join(",", p.Select(v => BitConverter.DoubleToInt64Bits(v)))))
                .Take(Options.EnsembleSize)
                .ToArray();
            var outputs = Simulate(simulator, points);
            simulatorRuns += points.Length;
            for (int i = 0; i < points.Length; i++)
            {
                var measure = EnsembleMeasure.EvaluateSimulated(outputs[i].Means, outputs[i].MeanVariances);
                ensemble.Add(new EnsembleMember(Array.AsReadOnly(points[i]), outputs[i], measure));
            }
        }
        return new HistoryMatchingResult(waves, stop, ensemble, simulatorRuns);
    }

    /// <summary>
    /// Per output, the variance of the training outputs' shared error under common random numbers: the mean over the
    /// training runs of their reported mean variances (0 for every output unless
    /// <see cref="HistoryMatchingOptions.CommonRandomNumbers"/> and every run reports them).
    /// </summary>
    private double[] DesignVariances(List<SimulatorOutput> trainY, int outputsCount)
    {
        var design = new double[outputsCount];
        if (!Options.CommonRandomNumbers || trainY.Count == 0 || trainY.Any(o => o.MeanVariances is null)) return design;
        for (int k = 0; k < outputsCount; k++)
        {
            // Sorted before summing, so the sum does not depend on the order the runs arrived in.
            var values = trainY.Select(o => o.MeanVariances![k]).Where(double.IsFinite).ToArray();
            Array.Sort(values);
            double sum = 0;
            foreach (double v in values) sum += v;
            design[k] = values.Length > 0 ? sum / values.Length : 0;
        }
        return design;
    }

    /// <summary>True when <paramref name="point"/> is non-implausible under every wave's emulators of <paramref name="result"/>.</summary>
    public bool IsNonImplausible(IReadOnlyList<double> point, HistoryMatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(result);
        var sets = result.Waves.Select(w => new EmulatorSet(w.Emulators, w.DesignVariances)).ToList();
        return Screen([point.ToArray()], sets).Count == 1;
    }

    /// <summary>The implausibility of <paramref name="point"/> under each wave's emulators of <paramref name="result"/>
    /// (per output and combined, design variances included), in wave order: which output rules a point out, and when.</summary>
    public IReadOnlyList<ImplausibilityMeasure> ImplausibilitiesAt(IReadOnlyList<double> point, HistoryMatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(result);
        double[][] points = [point.ToArray()];
        return result.Waves.Select(w => Measure.Evaluate(Predict(new EmulatorSet(w.Emulators, w.DesignVariances), points)
            .Select(p => p[0]).ToArray())).ToList();
    }

    /// <summary>Each emulator's predictions at the points (per target, then per point), its set's design variance added.</summary>
    private static EmulatorPrediction[][] Predict(EmulatorSet set, IReadOnlyList<double[]> points) =>
        set.Emulators.Select((e, k) => e.Predict(points).Select(p => p with { Variance = p.Variance + set.DesignVariances[k] }).ToArray()).ToArray();

    /// <summary>The points that are non-implausible under every emulator set, in their original order.</summary>
    private List<double[]> Screen(IReadOnlyList<double[]> points, IReadOnlyList<EmulatorSet> sets)
    {
        var values = ImplausibilityOf(points, sets);
        var kept = new List<double[]>();
        for (int i = 0; i < points.Count; i++)
        {
            if (values[i] <= Measure.Cutoff) kept.Add(points[i]);
        }
        return kept;
    }

    /// <summary>For each point, the largest over the emulator sets (waves) of the combined implausibility.</summary>
    private double[] ImplausibilityOf(IReadOnlyList<double[]> points, IReadOnlyList<EmulatorSet> sets)
    {
        var result = new double[points.Count];
        if (points.Count == 0) return result;
        var buffer = new EmulatorPrediction[Measure.Targets.Count];
        foreach (var set in sets)
        {
            var predictions = Predict(set, points);
            for (int i = 0; i < points.Count; i++)
            {
                for (int k = 0; k < predictions.Length; k++) buffer[k] = predictions[k][i];
                result[i] = Math.Max(result[i], Measure.Evaluate(buffer).Combined);
            }
        }
        return result;
    }

    /// <summary>
    /// The non-implausible pool after a wave: uniform candidates and surviving previous pool points; if too few, a
    /// tempered search from the least implausible candidates (threshold lowered to the seeds' median each round,
    /// survivors resampled, random-walk moves at the threshold) down to the cutoff; if still fewer than the target,
    /// copies mixed by random-walk Metropolis sweeps whose stationary law is uniform on the non-implausible set.
    /// </summary>
    private (List<double[]> Pool, int UniformAccepted, int PreviousSurvivors, int Rounds, double SubsetEstimate) FindPool(
        int wave, List<double[]> previous, IReadOnlyList<EmulatorSet> sets, int target, CancellationToken cancel)
    {
        double cutoff = Measure.Cutoff;
        var candidates = LatinHypercube.Sample(_ranges, Options.CandidateCount, Stream(wave, 1), candidates: 1);
        var all = new List<double[]>(candidates);
        all.AddRange(previous);
        var values = ImplausibilityOf(all, sets);
        cancel.ThrowIfCancellationRequested();
        int uniform = 0, survivors = 0;
        var accepted = new List<double[]>();
        for (int i = 0; i < all.Count; i++)
        {
            if (values[i] > cutoff) continue;
            accepted.Add(all[i]);
            if (i < candidates.Length) uniform++;
            else survivors++;
        }
        var random = new SeededRandom(Stream(wave, 2));
        if (accepted.Count >= target)
        {
            var shuffled = accepted.ToArray();
            random.ShuffleInPlace(shuffled.AsSpan());
            return (shuffled.Take(target).ToList(), uniform, survivors, 0, double.NaN);
        }

        int rounds = 0;
        double subset = double.NaN;
        if (accepted.Count < Math.Min(target, Options.SeedCount))
        {
            int k = Math.Min(Options.SeedCount, all.Count);
            var order = Enumerable.Range(0, all.Count).OrderBy(i => values[i]).ThenBy(i => i).Take(k).ToArray();
            var seeds = order.Select(i => (double[])all[i].Clone()).ToList();
            var seedValues = order.Select(i => values[i]).ToList();
            double threshold = seedValues.Max();
            // Subset-simulation volume estimate (Au & Beck 2001): P(I ≤ t₀) = k/N times, each round, the fraction of
            // the (approximately uniform) seeds below the new threshold. Only when every seed is a uniform candidate.
            subset = order.All(i => i < candidates.Length) ? (double)k / candidates.Length : double.NaN;
            while (threshold > cutoff && rounds < Options.MaxTemperingRounds)
            {
                cancel.ThrowIfCancellationRequested();
                rounds++;
                threshold = Math.Max(cutoff, Quantile.R7(seedValues, 0.5));
                subset *= (double)seedValues.Count(v => v <= threshold) / seedValues.Count;
                Resample(seeds, seedValues, threshold, k, random);
                for (int sweep = 0; sweep < 2; sweep++) Metropolis(seeds, seedValues, threshold, sets, random);
            }
            accepted = seeds.Where((_, i) => seedValues[i] <= cutoff).ToList();
            if (threshold > cutoff) subset = double.NaN;
        }
        if (accepted.Count == 0) return ([], uniform, survivors, rounds, subset);

        var poolPoints = accepted.Select(p => (double[])p.Clone()).ToList();
        while (poolPoints.Count < target) poolPoints.Add((double[])accepted[random.Next(accepted.Count)].Clone());
        var poolValues = ImplausibilityOf(poolPoints, sets).ToList();
        for (int sweep = 0; sweep < Options.MixingSweeps; sweep++)
        {
            cancel.ThrowIfCancellationRequested();
            Metropolis(poolPoints, poolValues, cutoff, sets, random);
        }
        return (poolPoints, uniform, survivors, rounds, subset);
    }

    /// <summary>Keeps the points at or below the threshold and refills to <paramref name="count"/> with copies of them.</summary>
    private static void Resample(List<double[]> points, List<double> values, double threshold, int count, SeededRandom random)
    {
        var keep = Enumerable.Range(0, points.Count).Where(i => values[i] <= threshold).ToArray();
        if (keep.Length == 0) return;
        var newPoints = keep.Select(i => points[i]).ToList();
        var newValues = keep.Select(i => values[i]).ToList();
        while (newPoints.Count < count)
        {
            int j = keep[random.Next(keep.Length)];
            newPoints.Add((double[])points[j].Clone());
            newValues.Add(values[j]);
        }
        points.Clear();
        points.AddRange(newPoints);
        values.Clear();
        values.AddRange(newValues);
    }

    /// <summary>
    /// One random-walk Metropolis sweep with the uniform law on {x in the box : implausibility ≤ threshold} as target:
    /// every point proposes a Gaussian step (sd per input = <see cref="HistoryMatchingOptions.JitterScale"/> × the
    /// set's sd, at least 0.002 of the range) and moves when the proposal is inside the box and below the threshold.
    /// </summary>
    private void Metropolis(List<double[]> points, List<double> values, double threshold,
        IReadOnlyList<EmulatorSet> sets, SeededRandom random)
    {
        int d = _ranges.Length, n = points.Count;
        if (n == 0) return;
        var sd = new double[d];
        for (int j = 0; j < d; j++)
        {
            double mean = 0, square = 0;
            foreach (var p in points)
            {
                double u = _ranges[j].ToUnit(p[j]);
                mean += u;
                square += u * u;
            }
            mean /= n;
            double variance = Math.Max(0, square / n - mean * mean);
            sd[j] = Math.Max(0.002, Options.JitterScale * Math.Sqrt(variance));
        }
        var proposals = new List<double[]>(n);
        var owners = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            var x = new double[d];
            bool inside = true;
            for (int j = 0; j < d; j++)
            {
                double u = _ranges[j].ToUnit(points[i][j]) + sd[j] * StandardNormal(random);
                if (u < 0 || u > 1) inside = false;
                x[j] = _ranges[j].FromUnit(Math.Clamp(u, 0, 1));
            }
            if (!inside) continue;
            proposals.Add(x);
            owners.Add(i);
        }
        var proposed = ImplausibilityOf(proposals, sets);
        for (int p = 0; p < proposals.Count; p++)
        {
            if (proposed[p] > threshold) continue;
            points[owners[p]] = proposals[p];
            values[owners[p]] = proposed[p];
        }
    }

    /// <summary>Greedy maximin: repeatedly the pool point farthest (unit cube) from everything chosen or existing.</summary>
    private double[][] MaximinSubset(IReadOnlyList<double[]> pool, int m, IReadOnlyList<double[]> existing)
    {
        if (pool.Count <= m) return pool.Select(p => (double[])p.Clone()).ToArray();
        int d = _ranges.Length;
        var unit = pool.Select(p => ToUnit(p)).ToArray();
        var minDistance = new double[unit.Length];
        Array.Fill(minDistance, double.PositiveInfinity);
        foreach (var e in existing)
        {
            var eu = ToUnit(e);
            for (int i = 0; i < unit.Length; i++) minDistance[i] = Math.Min(minDistance[i], SquaredDistance(unit[i], eu));
        }
        var chosen = new List<int>(m);
        if (existing.Count == 0)
        {
            // Start from the point nearest the pool's centroid.
            var centroid = new double[d];
            foreach (var u in unit) for (int j = 0; j < d; j++) centroid[j] += u[j] / unit.Length;
            int first = 0;
            double best = double.PositiveInfinity;
            for (int i = 0; i < unit.Length; i++)
            {
                double s = SquaredDistance(unit[i], centroid);
                if (s < best)
                {
                    best = s;
                    first = i;
                }
            }
            Choose(first);
        }
        while (chosen.Count < m)
        {
            int next = 0;
            double best = double.NegativeInfinity;
            for (int i = 0; i < unit.Length; i++)
            {
                if (minDistance[i] > best)
                {
                    best = minDistance[i];
                    next = i;
                }
            }
            if (best <= 1e-24) break; // Only copies of chosen or existing points are left.
            Choose(next);
        }
        return chosen.Select(i => (double[])pool[i].Clone()).ToArray();

        void Choose(int index)
        {
            chosen.Add(index);
            for (int i = 0; i < unit.Length; i++) minDistance[i] = Math.Min(minDistance[i], SquaredDistance(unit[i], unit[index]));
            minDistance[index] = double.NegativeInfinity;
        }
    }

    private double[] ToUnit(double[] p)
    {
        var u = new double[p.Length];
        for (int j = 0; j < p.Length; j++) u[j] = _ranges[j].ToUnit(p[j]);
        return u;
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++)
        {
            double diff = a[j] - b[j];
            s += diff * diff;
        }
        return s;
    }

    private SimulatorOutput[] Simulate(Func<IReadOnlyList<double[]>, IReadOnlyList<SimulatorOutput>> simulator, double[][] points)
    {
        var copies = points.Select(p => (double[])p.Clone()).ToArray();
        var outputs = simulator(copies) ?? throw new InvalidOperationException("The simulator returned null.");
        if (outputs.Count != points.Length)
            throw new InvalidOperationException($"The simulator returned {outputs.Count} results for {points.Length} points.");
        int k = Measure.Targets.Count;
        foreach (var o in outputs)
        {
            if (o is null || o.Means.Count != k)
                throw new InvalidOperationException($"The simulator must return {k} outputs (one per target) for every point.");
            if (o.MeanVariances is not null && o.MeanVariances.Count != k)
                throw new InvalidOperationException($"The simulator returned {o.MeanVariances.Count} mean variances for {k} outputs.");
        }
        return outputs.ToArray();
    }

    private ulong Stream(int wave, int purpose) => SeededRandom.DeriveSeed(Options.Seed, (ulong)(wave * 16 + purpose));

    /// <summary>A standard normal draw by the Box–Muller transform (Box &amp; Muller 1958).</summary>
    private static double StandardNormal(SeededRandom random)
    {
        double u1 = 1 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
