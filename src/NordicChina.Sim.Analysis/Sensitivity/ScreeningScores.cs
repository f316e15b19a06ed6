namespace NordicChina.Sim.Analysis.Sensitivity;

/// <summary>
/// Puts μ* of several outputs on one scale so that a factor's influence can be ranked across outputs: each output's
/// μ* is divided by a reference for that output (by default the largest μ* any factor has on it), and a factor's
/// score is its largest scaled μ* over the outputs. A factor is retained when its score reaches a threshold, i.e. when
/// on at least one output its μ* is at least that fraction of the strongest factor's.
/// </summary>
public static class ScreeningScores
{
    /// <summary>For each output o, the largest finite μ*[f][o] over the factors f (0 if none is finite).</summary>
    public static double[] LargestPerOutput(IReadOnlyList<IReadOnlyList<double>> muStar)
    {
        ArgumentNullException.ThrowIfNull(muStar);
        int outputs = muStar.Count == 0 ? 0 : muStar[0].Count;
        var largest = new double[outputs];
        foreach (var row in muStar)
        {
            if (row.Count != outputs) throw new ArgumentException("Every factor needs one μ* per output.", nameof(muStar));
            for (int o = 0; o < outputs; o++)
                if (double.IsFinite(row[o]) && row[o] > largest[o]) largest[o] = row[o];
        }
        return largest;
    }

    /// <summary>μ*[o] / reference[o] for one factor; 0 where the reference is 0 (no factor moves that output) or μ*
    /// is missing (NaN).</summary>
    public static double[] Scale(IReadOnlyList<double> muStar, IReadOnlyList<double> reference)
    {
        ArgumentNullException.ThrowIfNull(muStar);
        ArgumentNullException.ThrowIfNull(reference);
        if (muStar.Count != reference.Count) throw new ArgumentException("One reference per output is needed.", nameof(reference));
        var scaled = new double[muStar.Count];
        for (int o = 0; o < scaled.Length; o++)
            scaled[o] = double.IsFinite(muStar[o]) && double.IsFinite(reference[o]) && reference[o] > 0 ? muStar[o] / reference[o] : 0;
        return scaled;
    }

    /// <summary>The factor's score: its largest scaled μ* over the outputs (0 with no outputs).</summary>
    public static double Score(IReadOnlyList<double> scaled)
    {
        ArgumentNullException.ThrowIfNull(scaled);
        double best = 0;
        foreach (double s in scaled) if (s > best) best = s;
        return best;
    }

    /// <summary>Indices of the factors ordered by decreasing score, ties in their original order.</summary>
    public static int[] Rank(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
    }
}
