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
/// runs plus the earlier runs that are still non-implausible; known per-run noise (<see cref="SimulatorOutput.MeanVariances"/>)
/// enters the emulator as noise, the rest as the fitted nugget.</item>
/// <item>Non-implausible space: a point is non-implausible when, for every wave so far, the combined implausibility
/// under that wave's emulators is ≤ the cutoff. It is found by screening <see cref="HistoryMatchingOptions.CandidateCount"/>
/// uniform Latin-hypercube candidates, adding the previous pool's points that survive the new emulators, and, while
/// the pool is below <see cref="HistoryMatchingOptions.PoolSize"/>, Gaussian jitter around pool points (proposals
/// outside the box are discarded, the rest screened).</item>
/// <item>Volume: the fraction of uniform candidates accepted; when fewer than
/// <see cref="HistoryMatchingOptions.MinimumUniformAccepted"/> are, the previous estimate times the fraction of the
/// previous pool that survives the new emulators (exact for a uniform pool; approximate after jitter).</item>
/// <item>Stop after <see cref="HistoryMatchingOptions.MaxWaves"/>, when the pool is empty, or when every output's
/// median (over the pool) of Var_emulator/(Var_obs + Var_discrepancy + Var_ensemble) is below
/// <see cref="HistoryMatchingOptions.StopVarianceRatio"/>.</item>
/// <item>Ensemble: a seeded random subset of <see cref="HistoryMatchingOptions.EnsembleSize"/> pool points is run
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
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxJitterRounds, nameof(options.MaxJitterRounds));
        if (!(options.JitterScale > 0)) throw new ArgumentOutOfRangeException(nameof(options), "JitterScale must be positive.");
        if (!(options.StopVarianceRatio >= 0)) throw new ArgumentOutOfRangeException(nameof(options), "StopVarianceRatio must be ≥ 0.");
        _ranges = ranges.ToArray();
        Options = options;
        Measure = new Implausibility(targets, options.Cutoff, options.ImplausibilityRank);
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

    /// <summary>Wave-1 design size in use.</summary>
    public int FirstWaveDesignSize { get; }

    /// <summary>Later waves' design size in use.</summary>
    public int WaveDesignSize { get; }

    /// <summary>Runs the history match with a simulator that reports output means only.</summary>
    /// <param name="simulator">Batch of points → for each point its outputs (in target order).</param>
    public HistoryMatchingResult Run(Func<IReadOnlyList<double[]>, IReadOnlyList<double[]>> simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return Run(points => simulator(points).Select(o => new SimulatorOutput(o)).ToArray());
    }

    /// <summary>Runs the history match with a simulator that may report the variance of each output mean.</summary>
    /// <param name="simulator">Batch of points → for each point its outputs (in target order).</param>
    public HistoryMatchingResult Run(Func<IReadOnlyList<double[]>, IReadOnlyList<SimulatorOutput>> simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        int outputsCount = Measure.Targets.Count;
        int poolTarget = Math.Max(Options.PoolSize, Options.EnsembleSize);
        var runsX = new List<double[]>();
        var runsY = new List<SimulatorOutput>();
        var emulatorSets = new List<GaussianProcessEmulator[]>();
        var waves = new List<HistoryMatchingWave>();
        var pool = new List<double[]>();
        double fraction = 1;
        int simulatorRuns = 0;
        var stop = HistoryMatchingStop.MaxWaves;

        for (int wave = 1; wave <= Options.MaxWaves; wave++)
        {
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

            double[][] design = wave == 1
                ? LatinHypercube.Sample(_ranges, FirstWaveDesignSize, Stream(wave, 0))
                : MaximinSubset(pool, WaveDesignSize, trainX);
            var outputs = Simulate(simulator, design);
            simulatorRuns += design.Length;
            runsX.AddRange(design);
            runsY.AddRange(outputs);
            trainX.AddRange(design);
            trainY.AddRange(outputs);

            var emulators = new GaussianProcessEmulator[outputsCount];
            var diagnostics = new EmulatorDiagnostics[outputsCount];
            for (int k = 0; k < outputsCount; k++)
            {
                var y = trainY.Select(o => o.Means[k]).ToArray();
                double[]? noise = trainY.All(o => o.MeanVariances is not null)
                    ? trainY.Select(o => o.MeanVariances![k]).ToArray()
                    : null;
                emulators[k] = GaussianProcessEmulator.Fit(_ranges, trainX, y, noise, Options.Emulator);
                diagnostics[k] = emulators[k].Diagnostics(Options.DiagnosticThreshold);
            }
            emulatorSets.Add(emulators);

            // The non-implausible space after this wave.
            var candidates = LatinHypercube.Sample(_ranges, Options.CandidateCount, Stream(wave, 1), candidates: 1);
            var uniform = Screen(candidates, emulatorSets);
            var survivors = wave > 1 ? Screen(pool, [emulators]) : [];
            fraction = wave == 1 || uniform.Count >= Options.MinimumUniformAccepted
                ? (double)uniform.Count / Options.CandidateCount
                : fraction * (pool.Count > 0 ? (double)survivors.Count / pool.Count : 0);
            var next = new List<double[]>(uniform);
            next.AddRange(survivors);
            if (next.Count > poolTarget)
            {
                var shuffled = next.ToArray();
                new SeededRandom(Stream(wave, 2)).ShuffleInPlace(shuffled.AsSpan());
                next = shuffled.Take(poolTarget).ToList();
            }
            int beforeJitter = next.Count;
            Jitter(next, poolTarget, emulatorSets, new SeededRandom(Stream(wave, 3)));
            pool = next;

            var ratios = new double[outputsCount];
            if (pool.Count > 0)
            {
                for (int k = 0; k < outputsCount; k++)
                {
                    double other = Measure.Targets[k].OtherVariance;
                    var r = emulators[k].Predict(pool).Select(p => other > 0 ? p.Variance / other : double.PositiveInfinity).ToArray();
                    ratios[k] = Quantile.R7(r, 0.5);
                }
            }
            else
            {
                Array.Fill(ratios, double.NaN);
            }

            waves.Add(new HistoryMatchingWave(
                wave, design.Length, trainX.Count, emulators, diagnostics, Measure.Cutoff, fraction, pool.Count,
                pool.Count - beforeJitter, ratios));

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
            var points = chosen.Take(Math.Min(Options.EnsembleSize, chosen.Length)).ToArray();
            var outputs = Simulate(simulator, points);
            simulatorRuns += points.Length;
            for (int i = 0; i < points.Length; i++)
            {
                var measure = Measure.EvaluateSimulated(outputs[i].Means, outputs[i].MeanVariances);
                ensemble.Add(new EnsembleMember(Array.AsReadOnly(points[i]), outputs[i], measure));
            }
        }
        return new HistoryMatchingResult(waves, stop, ensemble, simulatorRuns);
    }

    /// <summary>True when <paramref name="point"/> is non-implausible under every wave's emulators of <paramref name="result"/>.</summary>
    public bool IsNonImplausible(IReadOnlyList<double> point, HistoryMatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(result);
        var sets = result.Waves.Select(w => w.Emulators.ToArray()).ToList();
        return Screen([point.ToArray()], sets).Count == 1;
    }

    /// <summary>The points that are non-implausible under every emulator set, in their original order.</summary>
    private List<double[]> Screen(IReadOnlyList<double[]> points, IReadOnlyList<GaussianProcessEmulator[]> sets)
    {
        var remaining = points.ToList();
        foreach (var set in sets)
        {
            if (remaining.Count == 0) break;
            var predictions = set.Select(e => e.Predict(remaining)).ToArray();
            var kept = new List<double[]>(remaining.Count);
            var buffer = new EmulatorPrediction[set.Length];
            for (int i = 0; i < remaining.Count; i++)
            {
                for (int k = 0; k < set.Length; k++) buffer[k] = predictions[k][i];
                if (Measure.Evaluate(buffer).NonImplausible) kept.Add(remaining[i]);
            }
            remaining = kept;
        }
        return remaining;
    }

    /// <summary>Tops <paramref name="pool"/> up to <paramref name="target"/> by screened Gaussian jitter around its points.</summary>
    private void Jitter(List<double[]> pool, int target, IReadOnlyList<GaussianProcessEmulator[]> sets, SeededRandom random)
    {
        int d = _ranges.Length;
        for (int round = 0; round < Options.MaxJitterRounds && pool.Count > 0 && pool.Count < target; round++)
        {
            var sd = new double[d];
            for (int j = 0; j < d; j++)
            {
                double mean = 0, square = 0;
                foreach (var p in pool)
                {
                    double u = _ranges[j].ToUnit(p[j]);
                    mean += u;
                    square += u * u;
                }
                mean /= pool.Count;
                double variance = Math.Max(0, square / pool.Count - mean * mean);
                sd[j] = Math.Max(0.005, Options.JitterScale * Math.Sqrt(variance));
            }
            var proposals = new List<double[]>(target);
            int count = pool.Count;
            for (int i = 0; i < target; i++)
            {
                var origin = pool[random.Next(count)];
                var x = new double[d];
                bool inside = true;
                for (int j = 0; j < d; j++)
                {
                    double u = _ranges[j].ToUnit(origin[j]) + sd[j] * StandardNormal(random);
                    if (u < 0 || u > 1)
                    {
                        inside = false;
                        break;
                    }
                    x[j] = _ranges[j].FromUnit(u);
                }
                if (inside) proposals.Add(x);
            }
            foreach (var accepted in Screen(proposals, sets))
            {
                if (pool.Count >= target) break;
                pool.Add(accepted);
            }
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
