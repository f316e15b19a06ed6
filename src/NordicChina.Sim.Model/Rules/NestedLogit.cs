namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// A two-level nested logit (McFadden 1978; Train 2009, ch.4): upper level = host region, lower level = entry mode.
/// <code>
/// P(m | h) = exp(W_hm / lambda) / sum_m' exp(W_hm' / lambda)
/// I_h      = lambda ln sum_m exp(W_hm / lambda)          inclusive value
/// P(h)     = exp(V_h + I_h) / sum_h' exp(V_h' + I_h')
/// </code>
/// An unavailable alternative has utility NaN. lambda = 1 reduces to a multinomial logit over (h, m).
/// Computed with the log-sum-exp shift, so large utilities cannot overflow.
/// </summary>
public static class NestedLogit
{
    /// <summary>Joint probabilities P(h, m) into <paramref name="joint"/> (hosts x modes, row-major).
    /// Returns false when no alternative is available.</summary>
    public static bool Probabilities(ReadOnlySpan<double> hostUtility, ReadOnlySpan<double> modeUtility, int modes,
        double lambda, Span<double> joint)
    {
        int hosts = hostUtility.Length;
        Span<double> upper = hosts <= 64 ? stackalloc double[hosts] : new double[hosts];
        double maxUpper = double.NegativeInfinity;
        for (int h = 0; h < hosts; h++)
        {
            var w = modeUtility.Slice(h * modes, modes);
            double maxW = double.NegativeInfinity;
            foreach (var x in w) if (!double.IsNaN(x)) maxW = Math.Max(maxW, x / lambda);
            if (double.IsNegativeInfinity(maxW) || double.IsNaN(hostUtility[h])) { upper[h] = double.NaN; continue; }
            double sum = 0;
            foreach (var x in w) if (!double.IsNaN(x)) sum += Math.Exp(x / lambda - maxW);
            upper[h] = hostUtility[h] + lambda * (maxW + Math.Log(sum));
            maxUpper = Math.Max(maxUpper, upper[h]);
        }
        if (double.IsNegativeInfinity(maxUpper)) { joint.Clear(); return false; }

        double denom = 0;
        for (int h = 0; h < hosts; h++) if (!double.IsNaN(upper[h])) denom += Math.Exp(upper[h] - maxUpper);
        for (int h = 0; h < hosts; h++)
        {
            var w = modeUtility.Slice(h * modes, modes);
            var target = joint.Slice(h * modes, modes);
            if (double.IsNaN(upper[h])) { target.Clear(); continue; }
            double pHost = Math.Exp(upper[h] - maxUpper) / denom;
            double maxW = double.NegativeInfinity;
            foreach (var x in w) if (!double.IsNaN(x)) maxW = Math.Max(maxW, x / lambda);
            double sum = 0;
            foreach (var x in w) if (!double.IsNaN(x)) sum += Math.Exp(x / lambda - maxW);
            for (int m = 0; m < modes; m++)
                target[m] = double.IsNaN(w[m]) ? 0 : pHost * Math.Exp(w[m] / lambda - maxW) / sum;
        }
        return true;
    }

    /// <summary>Picks an index from a probability vector with one uniform draw u in [0, 1).</summary>
    public static int Pick(ReadOnlySpan<double> probabilities, double u)
    {
        double cumulative = 0;
        int last = -1;
        for (int i = 0; i < probabilities.Length; i++)
        {
            if (probabilities[i] <= 0) continue;
            last = i;
            cumulative += probabilities[i];
            if (u < cumulative) return i;
        }
        return last;
    }
}
