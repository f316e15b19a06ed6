using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Sensitivity;

namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>
/// Latin hypercube samples (McKay, Beckman &amp; Conover 1979, Technometrics 21:239–245): each of the n equal-width
/// strata of every input holds exactly one point, the point placed uniformly inside its stratum. The maximin variant
/// draws several hypercubes and keeps the one whose smallest pairwise distance (on the unit cube) is largest
/// (Morris &amp; Mitchell 1995, J. Stat. Plan. Inference 43:381–402, the simple "best of several" form).
/// </summary>
public static class LatinHypercube
{
    /// <summary>n points in the unit cube [0, 1]<sup>d</sup>, one per stratum in every dimension.</summary>
    /// <param name="n">Number of points (≥ 1).</param>
    /// <param name="dimensions">Number of inputs (≥ 1).</param>
    /// <param name="random">The generator; the sample is fixed by its state.</param>
    public static double[][] SampleUnit(int n, int dimensions, SeededRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentNullException.ThrowIfNull(random);
        var points = new double[n][];
        for (int i = 0; i < n; i++) points[i] = new double[dimensions];
        var order = new int[n];
        for (int j = 0; j < dimensions; j++)
        {
            for (int i = 0; i < n; i++) order[i] = i;
            random.ShuffleInPlace(order.AsSpan());
            for (int i = 0; i < n; i++) points[i][j] = (order[i] + random.NextDouble()) / n;
        }
        return points;
    }

    /// <summary>
    /// The maximin Latin hypercube among <paramref name="candidates"/> independent ones, on the unit cube: the one
    /// maximising the smallest Euclidean distance between two of its points.
    /// </summary>
    /// <param name="n">Number of points (≥ 1).</param>
    /// <param name="dimensions">Number of inputs (≥ 1).</param>
    /// <param name="seed">Seed; the same seed gives the same sample.</param>
    /// <param name="candidates">Hypercubes drawn (≥ 1); 1 gives a plain Latin hypercube.</param>
    public static double[][] MaximinUnit(int n, int dimensions, ulong seed, int candidates = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(candidates, 1);
        var random = new SeededRandom(seed);
        double[][]? best = null;
        double bestDistance = double.NegativeInfinity;
        for (int c = 0; c < candidates; c++)
        {
            var sample = SampleUnit(n, dimensions, random);
            double distance = MinimumDistance(sample);
            if (best is null || distance > bestDistance)
            {
                best = sample;
                bestDistance = distance;
            }
        }
        return best!;
    }

    /// <summary>
    /// A (maximin) Latin hypercube of <paramref name="n"/> points in the box <paramref name="ranges"/>, in the
    /// parameters' own units (x = low + u·(high − low)).
    /// </summary>
    /// <param name="ranges">The box, one range per input.</param>
    /// <param name="n">Number of points (≥ 1).</param>
    /// <param name="seed">Seed; the same seed gives the same sample.</param>
    /// <param name="candidates">Hypercubes drawn to pick the maximin one (≥ 1); 1 gives a plain Latin hypercube.</param>
    public static double[][] Sample(IReadOnlyList<ParameterRange> ranges, int n, ulong seed, int candidates = 20)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count == 0) throw new ArgumentException("At least one range is needed.", nameof(ranges));
        var unit = MaximinUnit(n, ranges.Count, seed, candidates);
        foreach (var point in unit)
        {
            for (int j = 0; j < point.Length; j++) point[j] = ranges[j].FromUnit(point[j]);
        }
        return unit;
    }

    /// <summary>Smallest Euclidean distance between two distinct points; +∞ for fewer than two points.</summary>
    public static double MinimumDistance(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        double best = double.PositiveInfinity;
        for (int a = 0; a < points.Count; a++)
        {
            for (int b = a + 1; b < points.Count; b++)
            {
                double s = 0;
                for (int j = 0; j < points[a].Length; j++)
                {
                    double d = points[a][j] - points[b][j];
                    s += d * d;
                }
                if (s < best) best = s;
            }
        }
        return Math.Sqrt(best);
    }
}
