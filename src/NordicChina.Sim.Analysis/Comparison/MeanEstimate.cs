using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Comparison;

/// <summary>A sample mean with its Student-t confidence interval.</summary>
/// <param name="N">Number of non-missing observations used.</param>
/// <param name="Mean">Sample mean x̄ (NaN when <paramref name="N"/> is 0).</param>
/// <param name="StandardDeviation">Sample standard deviation s with divisor n − 1 (NaN when n &lt; 2).</param>
/// <param name="StandardError">s / √n (NaN when n &lt; 2).</param>
/// <param name="Interval">x̄ ± t<sub>(1+level)/2, n−1</sub> · s/√n (undefined when n &lt; 2).</param>
public sealed record MeanEstimate(
    int N,
    double Mean,
    double StandardDeviation,
    double StandardError,
    ConfidenceInterval Interval);
