using NordicChina.Sim.Analysis.Comparison;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting.Uncertainty;

/// <summary>The columns every table of results across replications gains for parameter uncertainty: how much of the
/// spread is the model's own randomness and how much the parameters' (<see cref="VarianceDecomposition"/> over the
/// pairs of replications that share an ensemble member). Empty without parameter uncertainty or with fewer than two pairs.</summary>
public static class ParametricSpread
{
    /// <summary>The column names, in order.</summary>
    public static readonly string[] Columns = ["sd_stochastic", "sd_parametric", "share_parametric"];

    /// <summary>The decomposition of per-replication values of a run of <paramref name="scenario"/>; <see cref="VarianceDecomposition.None"/>
    /// when the run had no parameter uncertainty.</summary>
    public static VarianceDecomposition Of(ScenarioDefinition scenario, IReadOnlyList<double> values) =>
        scenario.Uncertainty is null ? VarianceDecomposition.None : VarianceDecomposition.Of(values);

    /// <summary>The decomposition of per-replication differences scenario − baseline (compare).</summary>
    public static VarianceDecomposition OfDifferences(ScenarioDefinition baseline, IReadOnlyList<double> baselineValues, IReadOnlyList<double> scenarioValues) =>
        baseline.Uncertainty is null ? VarianceDecomposition.None : VarianceDecomposition.OfDifferences(baselineValues, scenarioValues);

    /// <summary>The three fields as written in CSV (empty where undefined).</summary>
    public static string[] Fields(VarianceDecomposition d) =>
        [ResultWriter.Number(d.SdStochastic), ResultWriter.Number(d.SdParametric), ResultWriter.Number(d.ShareParametric)];
}
