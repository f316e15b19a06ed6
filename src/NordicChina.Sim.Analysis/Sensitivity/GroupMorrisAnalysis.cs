using NordicChina.Sim.Analysis.Randomness;
using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// Elementary effects of groups (Campolongo, Cariboni &amp; Saltelli 2007) on the outputs of a
/// <see cref="GroupMorrisDesign"/>: for trajectory t and step m, group G = π<sub>t</sub>(m) moves and
/// EE<sub>G</sub><sup>(t)</sup> = (y(x⁽ᵐ⁾) − y(x⁽ᵐ⁻¹⁾)) / Δu, with Δu = ±Δ the move of the group's first member; then
/// μ*, σ and μ per group exactly as <see cref="MorrisAnalysis"/> does per parameter (with the same bootstrap interval of
/// μ*). μ* is the measure for groups (Campolongo et al. 2007: μ is not defined when members move in opposite
/// directions); μ and σ are reported for groups of one and coupled groups, where the sign is meaningful.
/// </summary>
/// <remarks>
/// For a linear model y = Σ b<sub>j</sub> x<sub>j</sub>, a group's |EE| is |Σ<sub>j∈G</sub> ± b<sub>j</sub>(high<sub>j</sub> − low<sub>j</sub>)|,
/// with the signs of the members' moves: |Σ b<sub>j</sub> w<sub>j</sub>| for a coupled group; for uncoupled members the
/// signs are independent, so for two members μ* tends to (|a + b| + |a − b|)/2 = max(|a|, |b|).
/// </remarks>
public static class GroupMorrisAnalysis
{
    /// <summary>Computes μ, μ*, σ and the bootstrap interval of μ* for every group of the design.</summary>
    /// <param name="design">The design the outputs were computed on.</param>
    /// <param name="outputs">One output per point of <see cref="GroupMorrisDesign.Points"/>, in the same order; NaN = missing.</param>
    /// <param name="bootstrapSamples">Number of bootstrap resamples B ≥ 1, default 1000.</param>
    /// <param name="bootstrapSeed">Seed of the resampling; default derived from the design's seed.</param>
    /// <param name="confidenceLevel">Coverage of the μ* interval, default 0.95.</param>
    public static MorrisResult Analyze(GroupMorrisDesign design, IReadOnlyList<double> outputs,
        int bootstrapSamples = MorrisAnalysis.DefaultBootstrapSamples, ulong? bootstrapSeed = null, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        Bootstrap.ValidateSamples(bootstrapSamples);
        Bootstrap.ValidateLevel(confidenceLevel);
        if (outputs.Count != design.Points.Count)
            throw new ArgumentException($"The design has {design.Points.Count} points but {outputs.Count} outputs were given.", nameof(outputs));

        int g = design.Groups.Count, r = design.Trajectories;
        var ee = new double[g][];
        for (int i = 0; i < g; i++) ee[i] = new double[r];
        for (int t = 0; t < r; t++)
        {
            for (int m = 1; m <= g; m++)
            {
                double before = outputs[design.IndexOf(t, m - 1)], after = outputs[design.IndexOf(t, m)];
                ee[design.ChangedGroup(t, m)][t] = double.IsFinite(before) && double.IsFinite(after)
                    ? (after - before) / design.UnitStep(t, m)
                    : double.NaN;
            }
        }
        ulong seed = bootstrapSeed ?? SeededRandom.DeriveSeed(design.Seed, 1);
        return MorrisAnalysis.Summarise(design.Groups.Select(x => x.Name).ToArray(), ee, design.Levels, design.Delta, bootstrapSamples, seed, confidenceLevel);
    }
}
