using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 6 (first form): universities graduate AI-relevant people into the pool, the labour market
/// outside the modelled firms hires and releases, people retire.
/// <code>
/// graduates    = G_r dt + PhD_r dt,    PhD_r = phds_r + WASP x wasp_phds x share_r   (Swedish regions)
/// PhD stock'   = PhD stock (1 - d dt) + PhD_r dt
/// R&amp;D quality  = min(1, Q_r (PhD stock / PhD stock_0)^e)
/// hires other  ~ Bin(available, 1 - exp(-m dt));  separations ~ Bin(employed other, s dt)
/// retirements  ~ Bin(available + employed other, r dt), split in proportion
/// </code>
/// Head-count identity per region and tick:
/// pool' = pool + graduates - retirements + inflow - outflow (modelled employers' staff included).
/// </summary>
public static class TalentFlows
{
    public static double PhdsPerYear(ModelParameters p, Region region, PolicyState policy)
    {
        double phds = p.Phds[region.Index];
        if (region.IsSwedish)
        {
            double share = region == Regions.Gsr ? p.WaspGsrShare : 1 - p.WaspGsrShare;
            phds += policy[PolicyLevers.Wasp] * p.WaspPhds * share;
        }
        return phds;
    }

    public static double EffectiveRdQuality(ModelParameters p, int region, double phdStock) =>
        Math.Min(1.0, p.RdQuality[region] * Math.Pow(Math.Max(phdStock, 1e-9) / p.PhdStock[region], p.PhdQualityElasticity));

    /// <summary>Graduation step: returns the number of new graduates added to the available pool.</summary>
    public static long Graduate(ModelParameters p, Region region, TalentPool pool, PolicyState policy, double dt, Randomness.RandomStream rng)
    {
        double phds = PhdsPerYear(p, region, policy);
        pool.PhdStock = pool.PhdStock * (1 - p.PhdDepreciation * dt) + phds * dt;
        long graduates = rng.StochasticRound((p.Graduates[region.Index] + phds) * dt);
        pool.Available += graduates;
        return graduates;
    }

    /// <summary>Labour market outside the modelled firms, and retirement. Returns retirements.</summary>
    public static long OtherEmploymentAndRetirement(ModelParameters p, TalentPool pool, double dt, Random rng)
    {
        long hires = Draws.Binomial(rng, pool.Available, 1 - Math.Exp(-p.MatchingRate * dt));
        long separations = Draws.Binomial(rng, pool.EmployedOther, Math.Min(1, p.SeparationRate * dt));
        pool.Available += separations - hires;
        pool.EmployedOther += hires - separations;

        long total = pool.Available + pool.EmployedOther;
        long retirements = Draws.Binomial(rng, total, Math.Min(1, p.RetirementRate * dt));
        long fromAvailable = total == 0 ? 0 : Math.Min(pool.Available, (long)Math.Round((double)retirements * pool.Available / total));
        long fromEmployed = Math.Min(pool.EmployedOther, retirements - fromAvailable);
        pool.Available -= fromAvailable;
        pool.EmployedOther -= fromEmployed;
        return fromAvailable + fromEmployed;
    }
}
