using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 2a: the policy climate that acts on outbound deals, and the lag with which deals respond to its brakes.
/// <code>
/// B(t)   = (1 - c_cc CC) (1 - c_tc TC) (1 - c_pan PAN)               the brakes the levers in force set
/// L(0)   = B(0);   L(t) = L(t-1) + (1 - exp(-dt / tau)) (B(t) - L(t-1))   the brakes completions respond to
/// S(t)   = GO(t) L(t)                                                 the climate of completed deals
/// </code>
/// Completed deals respond to a new brake with a mean lag tau (outbound.completion_lag_years): deals agreed before
/// capital controls, a trade conflict or a pandemic still close after it starts, because cross-border acquisitions
/// take months from signing to completion and Chinese outbound deals also need NDRC, MOFCOM and SAFE approval. The
/// Going Out lever is not lagged: it is the intensity of completed outbound deals, and the history scenario sets it
/// from a series of completed deals (MOFCOM's outbound M&A), which already carries the lag; lagging it again would
/// smear the 2016 peak into 2014-2015 and 2017. The public FDI record counts completed deals (Rhodium Group and
/// MERICS), which is what the model's deals are. tau = 0 gives L = B. S is a deterministic function of the policy
/// schedule, so every region computes the same value without exchanging it.
/// </summary>
public static class OutboundClimate
{
    /// <summary>GO B: the outbound multiplier of the levers in force, without lag (1 with Going Out at 1 and no brakes).</summary>
    public static double Instant(ModelParameters p, PolicyState policy) => policy[PolicyLevers.GoingOut] * Brakes(p, policy);

    /// <summary>B: the product of the brakes in force (capital controls, trade conflict, pandemic).</summary>
    public static double Brakes(ModelParameters p, PolicyState policy) =>
        Math.Max(0, 1 - p.CapitalControlsEffect * policy[PolicyLevers.CapitalControls])
        * Math.Max(0, 1 - p.TradeConflictEffect * policy[PolicyLevers.TradeConflict])
        * Math.Max(0, 1 - p.PandemicEffect * policy[PolicyLevers.Pandemic]);

    /// <summary>The weight a tick gives to the climate in force: 1 - exp(-dt / tau), 1 when tau is 0.</summary>
    public static double Adjustment(double lagYears, double dt) => lagYears <= 0 ? 1.0 : 1 - Math.Exp(-dt / lagYears);

    /// <summary>S = GO L for every tick of the run (index = tick).</summary>
    public static double[] Path(ModelParameters p, IReadOnlyList<PolicySetting> settings, SimClock clock)
    {
        var path = new double[clock.TotalTicks];
        double a = Adjustment(p.CompletionLagYears, clock.Dt);
        double lagged = 0;
        int year = int.MinValue;
        double goingOut = 0, brakes = 0;
        for (int t = 0; t < path.Length; t++)
        {
            if (clock.YearOf(t) != year)
            {
                year = clock.YearOf(t);
                var policy = PolicySchedule.Evaluate(settings, p, year);
                goingOut = policy[PolicyLevers.GoingOut];
                brakes = Brakes(p, policy);
            }
            lagged = t == 0 ? brakes : lagged + a * (brakes - lagged);
            path[t] = goingOut * lagged;
        }
        return path;
    }
}
