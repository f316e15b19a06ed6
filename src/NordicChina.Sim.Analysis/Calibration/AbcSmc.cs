using MathNet.Numerics.LinearAlgebra;
using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo with adaptive tolerances: Toni et al. 2009 (J. R. Soc.
/// Interface 6:187–202) with the population Monte Carlo weights and kernel of Beaumont, Cornuet, Marin &amp; Robert 2009
/// (Biometrika 96:983–990), tolerances set adaptively as a quantile of the previous distances (Del Moral, Doucet &amp;
/// Jasra 2012; Drovandi &amp; Pettitt 2011).
/// </summary>
/// <remarks>
/// <para>Prior: uniform on the box. Distance: ρ(s) = √Σ<sub>k</sub>((s<sub>k</sub> − s<sub>obs,k</sub>)/c<sub>k</sub>)²,
/// with scales c<sub>k</sub> given or, by default, the normalised median absolute deviation (1.4826·MAD) of each
/// summary over the prior sample (1 where that is 0). A non-finite summary gives ρ = +∞.</para>
/// <para>Generation 0 draws N particles from the prior. Generation t sets ε<sub>t</sub> to the
/// <see cref="AbcSmcOptions.ToleranceQuantile"/> of generation t − 1's distances (not below the target tolerance),
/// then repeats until N are accepted: pick a particle by weight, perturb it with a Gaussian kernel of covariance twice
/// the weighted covariance of the previous population (Beaumont et al. 2009), redraw while outside the box, simulate
/// (in batches), accept when ρ ≤ ε<sub>t</sub> (in proposal order). Weights:
/// w<sub>i</sub> ∝ π(θ<sub>i</sub>) / Σ<sub>j</sub> W<sub>j</sub> K(θ<sub>i</sub> | θ<sub>j</sub>), π constant on the box;
/// the kernel's truncation to the box is not renormalised (the usual approximation).</para>
/// </remarks>
public sealed class AbcSmc
{
    private readonly ParameterRange[] _ranges;
    private readonly double[] _observed;
    private readonly double[]? _scales;

    /// <summary>Creates the sampler.</summary>
    /// <param name="ranges">The uniform prior's box.</param>
    /// <param name="observed">Observed summary statistics.</param>
    /// <param name="scales">Scale of each summary in the distance (&gt; 0); null for the prior-sample MAD.</param>
    /// <param name="options">Settings; defaults when null.</param>
    public AbcSmc(IReadOnlyList<ParameterRange> ranges, IReadOnlyList<double> observed, IReadOnlyList<double>? scales = null, AbcSmcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(observed);
        if (ranges.Count == 0) throw new ArgumentException("At least one parameter range is needed.", nameof(ranges));
        if (observed.Count == 0 || observed.Any(v => !double.IsFinite(v)))
            throw new ArgumentException("Observed summaries must be finite and non-empty.", nameof(observed));
        if (scales is not null && (scales.Count != observed.Count || scales.Any(c => !(c > 0) || !double.IsFinite(c))))
            throw new ArgumentException("Need one positive finite scale per summary.", nameof(scales));
        options ??= new AbcSmcOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Particles, 2, nameof(options.Particles));
        if (!(options.ToleranceQuantile > 0 && options.ToleranceQuantile < 1))
            throw new ArgumentOutOfRangeException(nameof(options), "ToleranceQuantile must lie in (0, 1).");
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxGenerations, nameof(options.MaxGenerations));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxSimulations, options.Particles, nameof(options.MaxSimulations));
        if (options.BatchSize is < 1) throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be ≥ 1.");
        _ranges = ranges.ToArray();
        _observed = observed.ToArray();
        _scales = scales?.ToArray();
        Options = options;
    }

    /// <summary>The settings.</summary>
    public AbcSmcOptions Options { get; }

    /// <summary>Runs the sampler.</summary>
    /// <param name="simulator">Batch of parameter vectors → for each, one stochastic realisation of the summaries.</param>
    public AbcSmcResult Run(Func<IReadOnlyList<double[]>, IReadOnlyList<double[]>> simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        int n = Options.Particles, d = _ranges.Length;
        int batch = Options.BatchSize ?? n;
        var random = new SeededRandom(Options.Seed);
        int simulations = 0;

        // Generation 0: the prior.
        var prior = new double[n][];
        for (int i = 0; i < n; i++)
        {
            prior[i] = new double[d];
            for (int j = 0; j < d; j++) prior[i][j] = _ranges[j].FromUnit(random.NextDouble());
        }
        var priorSummaries = Simulate(simulator, prior);
        simulations += n;
        var scales = _scales ?? DefaultScales(priorSummaries);
        var distances = priorSummaries.Select(s => Distance(s, scales)).ToArray();
        var generations = new List<AbcSmcGeneration>
        {
            new(0, double.PositiveInfinity, n, 1.0, prior, Enumerable.Repeat(1.0 / n, n).ToArray(), distances),
        };

        var stop = AbcSmcStop.MaxGenerations;
        for (int t = 1; t <= Options.MaxGenerations; t++)
        {
            var previous = generations[^1];
            double epsilon = Math.Max(Options.TargetTolerance, Quantile.R7(previous.Distances.Where(double.IsFinite), Options.ToleranceQuantile));
            if (double.IsNaN(epsilon)) epsilon = Options.TargetTolerance;
            var chol = KernelFactor(previous);
            var cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) cumulative[i] = sum += previous.Weights[i];

            var particles = new List<double[]>(n);
            var accepted = new List<double>(n);
            int spent = 0;
            bool budget = false;
            while (particles.Count < n)
            {
                if (simulations + batch > Options.MaxSimulations)
                {
                    budget = true;
                    break;
                }
                var proposals = new double[batch][];
                for (int b = 0; b < batch; b++) proposals[b] = Propose(previous, cumulative, chol, random);
                var summaries = Simulate(simulator, proposals);
                simulations += batch;
                spent += batch;
                for (int b = 0; b < batch && particles.Count < n; b++)
                {
                    double rho = Distance(summaries[b], scales);
                    if (rho <= epsilon)
                    {
                        particles.Add(proposals[b]);
                        accepted.Add(rho);
                    }
                }
            }
            if (budget)
            {
                stop = AbcSmcStop.SimulationBudget;
                break;
            }

            var weights = Weights(particles, previous, chol);
            double rate = (double)n / spent;
            generations.Add(new AbcSmcGeneration(t, epsilon, spent, rate, particles, weights, accepted));
            if (epsilon <= Options.TargetTolerance)
            {
                stop = AbcSmcStop.TargetTolerance;
                break;
            }
            if (rate < Options.MinimumAcceptanceRate)
            {
                stop = AbcSmcStop.LowAcceptance;
                break;
            }
        }
        return new AbcSmcResult(generations, stop, simulations);
    }

    /// <summary>ρ(s) for summaries <paramref name="s"/>.</summary>
    public double Distance(IReadOnlyList<double> s, IReadOnlyList<double> scales)
    {
        ArgumentNullException.ThrowIfNull(s);
        double sum = 0;
        for (int k = 0; k < _observed.Length; k++)
        {
            double v = (s[k] - _observed[k]) / scales[k];
            if (!double.IsFinite(v)) return double.PositiveInfinity;
            sum += v * v;
        }
        return Math.Sqrt(sum);
    }

    private double[] DefaultScales(IReadOnlyList<double[]> summaries)
    {
        var scales = new double[_observed.Length];
        for (int k = 0; k < scales.Length; k++)
        {
            var values = summaries.Select(s => s[k]).Where(double.IsFinite).ToArray();
            double median = values.Length > 0 ? Quantile.R7(values, 0.5) : 0;
            double mad = values.Length > 0 ? 1.4826 * Quantile.R7(values.Select(v => Math.Abs(v - median)), 0.5) : 0;
            scales[k] = mad > 0 && double.IsFinite(mad) ? mad : 1;
        }
        return scales;
    }

    /// <summary>Lower Cholesky factor of 2·(weighted covariance), with a small ridge if it is singular.</summary>
    private double[,] KernelFactor(AbcSmcGeneration previous)
    {
        int d = _ranges.Length, n = previous.Particles.Count;
        var mean = new double[d];
        for (int j = 0; j < d; j++) mean[j] = previous.Mean(j);
        var cov = Matrix<double>.Build.Dense(d, d);
        double sumW2 = previous.Weights.Sum(w => w * w);
        double correction = sumW2 < 1 ? 1 / (1 - sumW2) : 1;
        for (int i = 0; i < n; i++)
        {
            var p = previous.Particles[i];
            double w = previous.Weights[i];
            for (int a = 0; a < d; a++)
                for (int b = 0; b < d; b++)
                    cov[a, b] += w * (p[a] - mean[a]) * (p[b] - mean[b]);
        }
        cov = cov * (2 * correction);
        for (int a = 0; a < d; a++)
        {
            double floor = 1e-12 * _ranges[a].Width * _ranges[a].Width;
            cov[a, a] += floor;
        }
        return cov.Cholesky().Factor.ToArray();
    }

    private double[] Propose(AbcSmcGeneration previous, double[] cumulative, double[,] l, SeededRandom random)
    {
        int d = _ranges.Length;
        for (int attempt = 0; attempt < 10_000; attempt++)
        {
            double u = random.NextDouble() * cumulative[^1];
            int index = Array.BinarySearch(cumulative, u);
            if (index < 0) index = ~index;
            index = Math.Min(index, cumulative.Length - 1);
            var origin = previous.Particles[index];
            var z = new double[d];
            for (int j = 0; j < d; j++) z[j] = StandardNormal(random);
            var x = new double[d];
            bool inside = true;
            for (int a = 0; a < d; a++)
            {
                double step = 0;
                for (int b = 0; b <= a; b++) step += l[a, b] * z[b];
                x[a] = origin[a] + step;
                if (x[a] < _ranges[a].Low || x[a] > _ranges[a].High) inside = false;
            }
            if (inside) return x;
        }
        throw new InvalidOperationException("The perturbation kernel keeps leaving the prior box.");
    }

    /// <summary>w<sub>i</sub> ∝ 1 / Σ<sub>j</sub> W<sub>j</sub> exp(−½‖L⁻¹(θ<sub>i</sub> − θ<sub>j</sub>)‖²), normalised.</summary>
    private static double[] Weights(List<double[]> particles, AbcSmcGeneration previous, double[,] l)
    {
        int n = particles.Count, d = l.GetLength(0);
        var weights = new double[n];
        var diff = new double[d];
        var y = new double[d];
        for (int i = 0; i < n; i++)
        {
            double denominator = 0;
            for (int j = 0; j < previous.Particles.Count; j++)
            {
                for (int a = 0; a < d; a++) diff[a] = particles[i][a] - previous.Particles[j][a];
                double q = 0;
                for (int a = 0; a < d; a++)
                {
                    double s = diff[a];
                    for (int b = 0; b < a; b++) s -= l[a, b] * y[b];
                    y[a] = s / l[a, a];
                    q += y[a] * y[a];
                }
                denominator += previous.Weights[j] * Math.Exp(-0.5 * q);
            }
            weights[i] = denominator > 0 ? 1 / denominator : 0;
        }
        double total = weights.Sum();
        if (!(total > 0)) return Enumerable.Repeat(1.0 / n, n).ToArray();
        for (int i = 0; i < n; i++) weights[i] /= total;
        return weights;
    }

    private double[][] Simulate(Func<IReadOnlyList<double[]>, IReadOnlyList<double[]>> simulator, double[][] points)
    {
        var copies = points.Select(p => (double[])p.Clone()).ToArray();
        var summaries = simulator(copies) ?? throw new InvalidOperationException("The simulator returned null.");
        if (summaries.Count != points.Length)
            throw new InvalidOperationException($"The simulator returned {summaries.Count} results for {points.Length} points.");
        if (summaries.Any(s => s is null || s.Length != _observed.Length))
            throw new InvalidOperationException($"The simulator must return {_observed.Length} summaries per point.");
        return summaries.ToArray();
    }

    /// <summary>A standard normal draw by the Box–Muller transform.</summary>
    private static double StandardNormal(SeededRandom random)
    {
        double u1 = 1 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
