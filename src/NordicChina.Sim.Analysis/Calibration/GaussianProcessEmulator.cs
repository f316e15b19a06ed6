using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// A Gaussian-process emulator of one scalar simulator output (Sacks et al. 1989; Kennedy &amp; O'Hagan 2001;
/// Rasmussen &amp; Williams 2006, "Gaussian Processes for Machine Learning", ch. 2 and 5), used for history matching
/// (Vernon, Goldstein &amp; Bower 2010, Bayesian Analysis 5(4):619–670).
/// </summary>
/// <remarks>
/// <para>
/// Model: y<sub>i</sub> = h(x<sub>i</sub>)ᵀβ + g(x<sub>i</sub>) + ε<sub>i</sub>, with h the regression functions
/// (<see cref="EmulatorMeanFunction"/>) of the inputs scaled to [−1, 1] (x̃ = 2(x − low)/(high − low) − 1),
/// g a zero-mean Gaussian process with covariance σ²·exp(−Σ<sub>j</sub> ((x̃<sub>j</sub> − x̃′<sub>j</sub>)/θ<sub>j</sub>)²)
/// (squared exponential; note: no factor ½), and ε<sub>i</sub> independent noise of variance τ² + s²<sub>i</sub>
/// (τ² the nugget, s²<sub>i</sub> the known variance of run i's output, e.g. the replication variance of a mean).
/// The emulated quantity is the mean function f(x) = h(x)ᵀβ + g(x), not a single noisy run.
/// </para>
/// <para>
/// β has a flat prior and is estimated by generalised least squares; predictions are universal kriging
/// (R&amp;W eq. 2.41–2.42): with K the n×n covariance of the training outputs, k(x) = σ²r(x, X), H the regression
/// matrix, A = HᵀK⁻¹H and β̂ = A⁻¹HᵀK⁻¹y,
/// E[f(x)] = h(x)ᵀβ̂ + k(x)ᵀK⁻¹(y − Hβ̂) and
/// Var[f(x)] = σ² − k(x)ᵀK⁻¹k(x) + u(x)ᵀA⁻¹u(x), u(x) = h(x) − HᵀK⁻¹k(x); the last term is the regression uncertainty.
/// </para>
/// <para>
/// Leave-one-out (Dubrule 1983, Math. Geol. 15:687–699; R&amp;W eq. 5.10–5.12 extended to the GLS mean): with
/// P = K⁻¹ − K⁻¹HA⁻¹HᵀK⁻¹, the prediction of y<sub>i</sub> from the other runs (same hyperparameters, β
/// re-estimated) has mean y<sub>i</sub> − (Py)<sub>i</sub>/P<sub>ii</sub> and variance 1/P<sub>ii</sub>.
/// </para>
/// </remarks>
public sealed class GaussianProcessEmulator
{
    private readonly ParameterRange[] _ranges;
    private readonly double[][] _scaled;
    private readonly double[] _y;
    private readonly double[] _noise;
    private readonly double[] _inverseSquaredLengths;
    private readonly Cholesky<double> _cholesky;
    private readonly TriangularFactor _factor;
    private readonly double[][] _whitenedH;
    private readonly Matrix<double> _h;
    private readonly Matrix<double> _kInverseH;
    private readonly Matrix<double> _aInverse;
    private readonly Vector<double> _beta;
    private readonly Vector<double> _alpha;

    private GaussianProcessEmulator(
        ParameterRange[] ranges, double[][] scaled, double[] y, double[] noise,
        GaussianProcessHyperparameters hyperparameters, EmulatorMeanFunction meanFunction)
    {
        _ranges = ranges;
        _scaled = scaled;
        _y = y;
        _noise = noise;
        Hyperparameters = hyperparameters;
        MeanFunction = meanFunction;
        _inverseSquaredLengths = hyperparameters.LengthScales.Select(t => 1 / (t * t)).ToArray();

        int n = y.Length;
        var k = Covariance(scaled, _inverseSquaredLengths, hyperparameters.SignalVariance);
        for (int i = 0; i < n; i++) k[i, i] += hyperparameters.Nugget + noise[i];
        _cholesky = k.Cholesky();
        _factor = TriangularFactor.TryFactor(k.ToRowMajorArray(), n)
            ?? throw new InvalidOperationException("The covariance matrix of the training runs is not positive definite.");
        _h = Regressors(scaled, meanFunction);
        _kInverseH = _cholesky.Solve(_h);
        _aInverse = (_h.TransposeThisAndMultiply(_kInverseH)).Inverse();
        var yVector = Vector<double>.Build.DenseOfArray(y);
        _beta = _aInverse * (_kInverseH.TransposeThisAndMultiply(yVector));
        _alpha = _cholesky.Solve(yVector - _h * _beta);
        _whitenedH = new double[_h.ColumnCount][];
        for (int c = 0; c < _h.ColumnCount; c++)
        {
            _whitenedH[c] = _h.Column(c).ToArray();
            _factor.ForwardSubstitute(_whitenedH[c]);
        }
    }

    /// <summary>The hyperparameters in use (fixed or fitted), in output units.</summary>
    public GaussianProcessHyperparameters Hyperparameters { get; }

    /// <summary>The regression functions in use (never <see cref="EmulatorMeanFunction.Automatic"/>).</summary>
    public EmulatorMeanFunction MeanFunction { get; }

    /// <summary>GLS estimates of the regression coefficients (intercept first, then one per scaled input if linear).</summary>
    public IReadOnlyList<double> Coefficients => _beta.ToArray();

    /// <summary>Number of training runs.</summary>
    public int Count => _y.Length;

    /// <summary>The input box.</summary>
    public IReadOnlyList<ParameterRange> Ranges => _ranges;

    /// <summary>Known noise variance s²<sub>i</sub> of each training run (0 when none was given).</summary>
    public IReadOnlyList<double> NoiseVariances => _noise;

    /// <summary>
    /// An emulator with the given hyperparameters (no fitting): the analytic case, or a refit on other data.
    /// </summary>
    /// <param name="ranges">The input box; inputs are scaled to [−1, 1] within it.</param>
    /// <param name="inputs">Training inputs, one array per run, in the parameters' own units.</param>
    /// <param name="outputs">Training outputs, one per run.</param>
    /// <param name="hyperparameters">θ, σ², τ² in output units.</param>
    /// <param name="meanFunction">Regression functions.</param>
    /// <param name="noiseVariances">Known noise variance of each run's output (e.g. variance of a replication mean);
    /// null for none.</param>
    public static GaussianProcessEmulator WithHyperparameters(
        IReadOnlyList<ParameterRange> ranges, IReadOnlyList<double[]> inputs, IReadOnlyList<double> outputs,
        GaussianProcessHyperparameters hyperparameters, EmulatorMeanFunction meanFunction = EmulatorMeanFunction.Linear,
        IReadOnlyList<double>? noiseVariances = null)
    {
        ArgumentNullException.ThrowIfNull(hyperparameters);
        var (box, scaled, y, noise) = Prepare(ranges, inputs, outputs, noiseVariances);
        if (hyperparameters.LengthScales.Count != box.Length)
            throw new ArgumentException($"{hyperparameters.LengthScales.Count} length scales for {box.Length} inputs.", nameof(hyperparameters));
        if (hyperparameters.LengthScales.Any(t => !(t > 0) || !double.IsFinite(t)))
            throw new ArgumentOutOfRangeException(nameof(hyperparameters), "Length scales must be positive and finite.");
        if (!(hyperparameters.SignalVariance > 0) || !(hyperparameters.Nugget >= 0))
            throw new ArgumentOutOfRangeException(nameof(hyperparameters), "Need σ² > 0 and τ² ≥ 0.");
        var mean = Resolve(meanFunction, y.Length, box.Length);
        return new GaussianProcessEmulator(box, scaled, y, noise, hyperparameters, mean);
    }

    /// <summary>
    /// Fits an emulator: hyperparameters by maximising the restricted likelihood (see <see cref="EmulatorOptions"/>).
    /// </summary>
    /// <param name="ranges">The input box; inputs are scaled to [−1, 1] within it.</param>
    /// <param name="inputs">Training inputs, one array per run, in the parameters' own units.</param>
    /// <param name="outputs">Training outputs, one per run.</param>
    /// <param name="noiseVariances">Known noise variance of each run's output; null for none.</param>
    /// <param name="options">Fitting options; defaults when null.</param>
    /// <param name="cancel">Checked at every likelihood evaluation, so that a long fit (many runs, many parameters)
    /// stops within one evaluation of a cancellation.</param>
    public static GaussianProcessEmulator Fit(
        IReadOnlyList<ParameterRange> ranges, IReadOnlyList<double[]> inputs, IReadOnlyList<double> outputs,
        IReadOnlyList<double>? noiseVariances = null, EmulatorOptions? options = null, CancellationToken cancel = default)
    {
        options ??= new EmulatorOptions();
        var (box, scaled, y, noise) = Prepare(ranges, inputs, outputs, noiseVariances);
        int n = y.Length, d = box.Length;
        var meanFunction = Resolve(options.MeanFunction, n, d);

        // Standardise the output so the bounds and starts are relative to its spread.
        double centre = y.Average();
        double variance = y.Sum(v => (v - centre) * (v - centre)) / Math.Max(1, n - 1);
        if (!(variance > 0)) variance = 1;
        var z = Vector<double>.Build.DenseOfArray(y.Select(v => (v - centre) / Math.Sqrt(variance)).ToArray());
        var zNoise = noise.Select(s => s / variance).ToArray();
        var h = Regressors(scaled, meanFunction);

        // Squared differences per input, computed once.
        var differences = new double[d][,];
        for (int j = 0; j < d; j++)
        {
            var m = new double[n, n];
            for (int a = 0; a < n; a++)
            {
                for (int b = a + 1; b < n; b++)
                {
                    double diff = scaled[a][j] - scaled[b][j];
                    m[a, b] = m[b, a] = diff * diff;
                }
            }
            differences[j] = m;
        }

        // −log restricted likelihood, up to a constant: ½(log|K| + log|HᵀK⁻¹H| + rᵀK⁻¹r), r = z − Hβ̂, computed with
        // K = LLᵀ, W = L⁻¹H, ζ = L⁻¹z: HᵀK⁻¹H = WᵀW, β̂ = (WᵀW)⁻¹Wᵀζ, rᵀK⁻¹r = ‖ζ − Wβ̂‖².
        int q = h.ColumnCount;
        var hColumns = Enumerable.Range(0, q).Select(c => h.Column(c).ToArray()).ToArray();
        var zArray = z.ToArray();
        var kBuffer = new double[n * n];
        var w = new double[q][];
        for (int c = 0; c < q; c++) w[c] = new double[n];
        var zeta = new double[n];
        var aBuffer = new double[q * q];
        var beta = new double[q];

        double NegativeRestrictedLogLikelihood(double[] p)
        {
            cancel.ThrowIfCancellationRequested();
            double sigma2 = Math.Exp(p[d]);
            double tau2 = Math.Exp(p[d + 1]);
            var inv = new double[d];
            for (int j = 0; j < d; j++) inv[j] = Math.Exp(-2 * p[j]);
            for (int a = 0; a < n; a++)
            {
                int ra = a * n;
                kBuffer[ra + a] = sigma2 + tau2 + zNoise[a];
                for (int b = 0; b < a; b++)
                {
                    double s = 0;
                    for (int j = 0; j < d; j++) s += differences[j][a, b] * inv[j];
                    kBuffer[ra + b] = sigma2 * Math.Exp(-s);
                }
            }
            var factor = TriangularFactor.TryFactor(kBuffer, n);
            if (factor is null) return double.PositiveInfinity;
            for (int c = 0; c < q; c++)
            {
                hColumns[c].CopyTo(w[c], 0);
                factor.ForwardSubstitute(w[c]);
            }
            zArray.CopyTo(zeta, 0);
            factor.ForwardSubstitute(zeta);
            for (int a = 0; a < q; a++)
            {
                double wz = 0;
                for (int i = 0; i < n; i++) wz += w[a][i] * zeta[i];
                beta[a] = wz;
                for (int b = 0; b <= a; b++)
                {
                    double s = 0;
                    for (int i = 0; i < n; i++) s += w[a][i] * w[b][i];
                    aBuffer[a * q + b] = s;
                }
            }
            var factorA = TriangularFactor.TryFactor(aBuffer, q);
            if (factorA is null) return double.PositiveInfinity;
            factorA.ForwardSubstitute(beta);
            factorA.BackSubstitute(beta);
            double quad = 0;
            for (int i = 0; i < n; i++)
            {
                double r = zeta[i];
                for (int c = 0; c < q; c++) r -= w[c][i] * beta[c];
                quad += r * r;
            }
            double value = 0.5 * (factor.LogDeterminant + factorA.LogDeterminant + quad);
            return double.IsFinite(value) ? value : double.PositiveInfinity;
        }

        var bounds = new ParameterRange[d + 2];
        for (int j = 0; j < d; j++)
            bounds[j] = new ParameterRange($"log_theta_{j}", Math.Log(options.LengthScaleBounds.Low), Math.Log(options.LengthScaleBounds.High));
        bounds[d] = new ParameterRange("log_sigma2", Math.Log(options.SignalVarianceBounds.Low), Math.Log(options.SignalVarianceBounds.High));
        bounds[d + 1] = new ParameterRange("log_tau2", Math.Log(options.NuggetBounds.Low), Math.Log(options.NuggetBounds.High));

        var optimiser = new BoundedNelderMead(tolerance: options.Tolerance, maxIterations: options.MaxIterationsPerStart, maxRestarts: 1);
        int evaluations = 0;
        BoundedMinimum? best = null;
        foreach (double theta in options.StartLengthScales)
        {
            foreach (double nugget in options.StartNuggets)
            {
                var start = new double[d + 2];
                for (int j = 0; j < d; j++) start[j] = Clamp(Math.Log(theta), bounds[j]);
                start[d] = Clamp(0, bounds[d]);
                start[d + 1] = Clamp(Math.Log(nugget), bounds[d + 1]);
                var result = optimiser.Minimize(NegativeRestrictedLogLikelihood, bounds, start);
                evaluations += result.Evaluations;
                if (best is null || result.Value < best.Value) best = result;
            }
        }
        if (best is null || !double.IsFinite(best.Value))
            throw new InvalidOperationException("The restricted likelihood could not be evaluated at any start (singular design?).");

        var lengths = new double[d];
        for (int j = 0; j < d; j++) lengths[j] = Math.Exp(best.Point[j]);
        var fitted = new GaussianProcessHyperparameters(
            Array.AsReadOnly(lengths), Math.Exp(best.Point[d]) * variance, Math.Exp(best.Point[d + 1]) * variance);
        return new GaussianProcessEmulator(box, scaled, y, noise, fitted, meanFunction) { LikelihoodEvaluations = evaluations };
    }

    /// <summary>Restricted-likelihood evaluations spent by <see cref="Fit"/> (0 for fixed hyperparameters).</summary>
    public int LikelihoodEvaluations { get; private init; }

    /// <summary>Posterior mean and variance of the mean output f(x) at one input (parameters' own units).</summary>
    public EmulatorPrediction Predict(IReadOnlyList<double> x) => Predict([x.ToArray()])[0];

    /// <summary>Posterior means and variances of f at many inputs (parameters' own units).</summary>
    /// <remarks>With K = LLᵀ and v = L⁻¹k(x): k(x)ᵀK⁻¹k(x) = ‖v‖² and HᵀK⁻¹k(x) = (L⁻¹H)ᵀv.</remarks>
    public IReadOnlyList<EmulatorPrediction> Predict(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var result = new EmulatorPrediction[points.Count];
        int n = _y.Length, q = _h.ColumnCount;
        double sigma2 = Hyperparameters.SignalVariance;
        var cross = new double[n];
        var hx = new double[q];
        var u = new double[q];
        for (int i = 0; i < points.Count; i++)
        {
            var x = Scale(points[i], _ranges);
            hx[0] = 1;
            if (q > 1) for (int j = 0; j < x.Length; j++) hx[j + 1] = x[j];
            double mean = 0;
            for (int c = 0; c < q; c++) mean += hx[c] * _beta[c];
            for (int a = 0; a < n; a++)
            {
                cross[a] = sigma2 * Correlation(x, _scaled[a], _inverseSquaredLengths);
                mean += cross[a] * _alpha[a];
            }
            _factor.ForwardSubstitute(cross);
            double reduction = 0;
            for (int a = 0; a < n; a++) reduction += cross[a] * cross[a];
            for (int c = 0; c < q; c++)
            {
                double s = hx[c];
                var wc = _whitenedH[c];
                for (int a = 0; a < n; a++) s -= wc[a] * cross[a];
                u[c] = s;
            }
            double regression = 0;
            for (int a = 0; a < q; a++)
                for (int b = 0; b < q; b++)
                    regression += u[a] * _aInverse[a, b] * u[b];
            result[i] = new EmulatorPrediction(mean, Math.Max(0, sigma2 - reduction + regression));
        }
        return result;
    }

    /// <summary>Closed-form leave-one-out predictions of the training outputs (Dubrule 1983).</summary>
    public LeaveOneOutResult LeaveOneOut()
    {
        int n = _y.Length;
        var kInverse = _cholesky.Solve(Matrix<double>.Build.DenseIdentity(n));
        var p = kInverse - _kInverseH * _aInverse.TransposeAndMultiply(_kInverseH);
        var py = p * Vector<double>.Build.DenseOfArray(_y);
        var means = new double[n];
        var variances = new double[n];
        var errors = new double[n];
        for (int i = 0; i < n; i++)
        {
            double pii = p[i, i];
            means[i] = _y[i] - py[i] / pii;
            variances[i] = 1 / pii;
            errors[i] = py[i] / Math.Sqrt(pii);
        }
        return new LeaveOneOutResult(Array.AsReadOnly((double[])_y.Clone()), means, variances, errors);
    }

    /// <summary>Leave-one-out diagnostics: fraction of standardised errors within ±<paramref name="threshold"/>, RMSEs.</summary>
    /// <param name="threshold">Bound on |standardised error|, default 3.</param>
    public EmulatorDiagnostics Diagnostics(double threshold = 3)
    {
        if (!(threshold > 0)) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be positive.");
        var loo = LeaveOneOut();
        int n = loo.Observed.Count;
        int within = 0;
        double sumStd = 0, sumRaw = 0, maxAbs = 0;
        for (int i = 0; i < n; i++)
        {
            double e = loo.StandardisedErrors[i];
            if (Math.Abs(e) <= threshold) within++;
            sumStd += e * e;
            double raw = loo.Observed[i] - loo.Means[i];
            sumRaw += raw * raw;
            maxAbs = Math.Max(maxAbs, Math.Abs(e));
        }
        return new EmulatorDiagnostics(n, threshold, (double)within / n, Math.Sqrt(sumStd / n), Math.Sqrt(sumRaw / n), maxAbs);
    }

    private static double Clamp(double value, ParameterRange range) => Math.Clamp(value, range.Low, range.High);

    private static EmulatorMeanFunction Resolve(EmulatorMeanFunction requested, int n, int d)
    {
        var mean = requested == EmulatorMeanFunction.Automatic
            ? (n >= 2 * (d + 1) ? EmulatorMeanFunction.Linear : EmulatorMeanFunction.Constant)
            : requested;
        int q = mean == EmulatorMeanFunction.Linear ? d + 1 : 1;
        if (n <= q) throw new ArgumentException($"{n} training runs are too few for {q} regression coefficients.");
        return mean;
    }

    private static (ParameterRange[] Box, double[][] Scaled, double[] Y, double[] Noise) Prepare(
        IReadOnlyList<ParameterRange> ranges, IReadOnlyList<double[]> inputs, IReadOnlyList<double> outputs,
        IReadOnlyList<double>? noiseVariances)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        if (ranges.Count == 0) throw new ArgumentException("At least one input range is needed.", nameof(ranges));
        if (inputs.Count != outputs.Count)
            throw new ArgumentException($"{inputs.Count} inputs but {outputs.Count} outputs.", nameof(outputs));
        if (noiseVariances is not null && noiseVariances.Count != outputs.Count)
            throw new ArgumentException($"{noiseVariances.Count} noise variances for {outputs.Count} outputs.", nameof(noiseVariances));
        var box = ranges.ToArray();
        var scaled = new double[inputs.Count][];
        for (int i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Length != box.Length)
                throw new ArgumentException($"Input {i} has {inputs[i].Length} values for {box.Length} ranges.", nameof(inputs));
            scaled[i] = Scale(inputs[i], box);
        }
        var y = outputs.ToArray();
        if (y.Any(v => !double.IsFinite(v))) throw new ArgumentException("Outputs must be finite.", nameof(outputs));
        var noise = noiseVariances?.ToArray() ?? new double[y.Length];
        if (noise.Any(v => !(v >= 0) || !double.IsFinite(v)))
            throw new ArgumentException("Noise variances must be finite and non-negative.", nameof(noiseVariances));
        return (box, scaled, y, noise);
    }

    private static double[] Scale(IReadOnlyList<double> x, ParameterRange[] box)
    {
        if (x.Count != box.Length) throw new ArgumentException($"A point has {x.Count} values for {box.Length} ranges.");
        var s = new double[box.Length];
        for (int j = 0; j < box.Length; j++) s[j] = 2 * box[j].ToUnit(x[j]) - 1;
        return s;
    }

    private static double Correlation(double[] a, double[] b, double[] inverseSquaredLengths)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++)
        {
            double d = a[j] - b[j];
            s += d * d * inverseSquaredLengths[j];
        }
        return Math.Exp(-s);
    }

    private static Matrix<double> Covariance(double[][] scaled, double[] inverseSquaredLengths, double sigma2)
    {
        int n = scaled.Length;
        var k = Matrix<double>.Build.Dense(n, n);
        for (int a = 0; a < n; a++)
        {
            k[a, a] = sigma2;
            for (int b = a + 1; b < n; b++)
            {
                double c = sigma2 * Correlation(scaled[a], scaled[b], inverseSquaredLengths);
                k[a, b] = c;
                k[b, a] = c;
            }
        }
        return k;
    }

    private static Matrix<double> Regressors(double[][] scaled, EmulatorMeanFunction mean)
    {
        int n = scaled.Length;
        int d = n == 0 ? 0 : scaled[0].Length;
        int q = mean == EmulatorMeanFunction.Linear ? d + 1 : 1;
        var h = Matrix<double>.Build.Dense(n, q);
        for (int i = 0; i < n; i++)
        {
            h[i, 0] = 1;
            if (q > 1) for (int j = 0; j < d; j++) h[i, j + 1] = scaled[i][j];
        }
        return h;
    }
}
