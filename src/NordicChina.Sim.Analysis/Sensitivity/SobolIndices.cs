using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>First-order and total Sobol' indices of one parameter with bootstrap intervals.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="FirstOrder">S<sub>i</sub> = V[E(Y | X<sub>i</sub>)] / V(Y), the share of variance due to X<sub>i</sub> alone.</param>
/// <param name="FirstOrderInterval">Percentile bootstrap interval of S<sub>i</sub>.</param>
/// <param name="Total">S<sub>Ti</sub> = E[V(Y | X<sub>~i</sub>)] / V(Y), the share including every interaction of X<sub>i</sub>.</param>
/// <param name="TotalInterval">Percentile bootstrap interval of S<sub>Ti</sub>.</param>
public sealed record SobolIndices(
    string Name,
    double FirstOrder,
    ConfidenceInterval FirstOrderInterval,
    double Total,
    ConfidenceInterval TotalInterval);
