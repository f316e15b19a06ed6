using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 6, migration: a share of each region's mobile talent considers moving; each chooses a
/// destination or to stay by a multinomial logit; the destination may refuse (visas). People are conserved:
/// every accepted mover leaves one pool and enters another; refused movers stay home.
/// <code>
/// movers ~ Bin(available + employed other, mobility dt)
/// U_od  = b_w ln(w_d / w_o) + b_r Q_d - b_dist [continent o != d] + b_same [country o = d]
///         + b_us [o Chinese, d = US] + b_ret RET [d Chinese, o not Chinese]
/// U_stay = stay;  P(d) = exp(U_od) / (exp(U_stay) + sum_d' exp(U_od'))
/// refused ~ Bin(movers_od, visa_refusal x VISA)   for o Chinese, d = US
/// </code>
/// </summary>
public static class Migration
{
    public static string Continent(Region r) => r.Kind switch
    {
        RegionKind.ChineseHub => "Asia",
        RegionKind.UnitedStates => "America",
        _ => "Europe",
    };

    /// <summary>Probabilities of moving to each region (index = region; origin gets 0). The remainder is "stay".</summary>
    public static void DestinationProbabilities(ModelParameters p, Region origin, WorldView w, Span<double> probabilities)
    {
        int n = Regions.Count;
        Span<double> u = stackalloc double[n];
        double max = p.MigrationStay;
        for (int d = 0; d < n; d++)
        {
            var dest = Regions.All[d];
            if (d == origin.Index) { u[d] = double.NaN; continue; }
            u[d] = p.MigrationWage * Math.Log(w.WageHigh[d] / w.WageHigh[origin.Index])
                   + p.MigrationResearch * w.RdQuality[d]
                   - (Continent(dest) != Continent(origin) ? p.MigrationDistance : 0)
                   + (dest.Country == origin.Country ? p.MigrationSameCountry : 0)
                   + (origin.IsChinese && dest.Kind == RegionKind.UnitedStates ? p.MigrationUsPull : 0)
                   + (dest.IsChinese && !origin.IsChinese ? p.ReturnPull * w.Policy[PolicyLevers.TalentReturn] : 0);
            max = Math.Max(max, u[d]);
        }
        double denom = Math.Exp(p.MigrationStay - max);
        for (int d = 0; d < n; d++) if (!double.IsNaN(u[d])) denom += Math.Exp(u[d] - max);
        for (int d = 0; d < n; d++) probabilities[d] = double.IsNaN(u[d]) ? 0 : Math.Exp(u[d] - max) / denom;
    }

    /// <summary>Share of movers from <paramref name="origin"/> that <paramref name="destination"/> refuses.</summary>
    public static double RefusalShare(ModelParameters p, Region origin, Region destination, PolicyState policy) =>
        origin.IsChinese && destination.Kind == RegionKind.UnitedStates
            ? Math.Min(1, p.VisaRefusal * policy[PolicyLevers.UsVisaRestrictions])
            : 0;

    /// <summary>Emigration intentions of one origin: movers per destination (before acceptance).</summary>
    public static void Intentions(ModelParameters p, Region origin, long mobilePool, WorldView w, double dt, Random rng, Span<long> movers)
    {
        long considering = Draws.Binomial(rng, mobilePool, Math.Min(1, p.MobilityRate * dt));
        Span<double> probabilities = stackalloc double[Regions.Count];
        DestinationProbabilities(p, origin, w, probabilities);
        Draws.Multinomial(rng, considering, probabilities, movers);
    }
}
