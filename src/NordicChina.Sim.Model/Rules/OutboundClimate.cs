using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>
/// Mechanism 2a: the policy climate that acts on outbound deals, and the lag with which deals respond to it.
/// <code>
/// X(t)   = GO (1 - c_cc CC) (1 - c_tc TC) (1 - c_pan PAN)             the climate the levers in force set
/// S(0)   = X(0);   S(t) = S(t-1) + (1 - exp(-dt / tau)) (X(t) - S(t-1))   the climate completions respond to
/// </code>
/// Completed deals respond to a change of policy with a mean lag tau (outbound.completion_lag_years): deals agreed
/// under the old climate still close after it changes, because cross-border acquisitions take months from signing to
/// completion and Chinese outbound deals also need NDRC, MOFCOM and SAFE approval. The public FDI record counts
/// completed deals (Rhodium Group and MERICS), which is what the model's deals are. tau = 0 gives S = X.
/// S is a deterministic function of the policy schedule, so every region computes the same value without exchanging it.
/// </summary>
public static class OutboundClimate
{
    /// <summary>X: the outbound multiplier of the levers in force (1 with Going Out at 1 and no brakes).</summary>
    public static double Instant(ModelParameters p, PolicyState policy) =>
        policy[PolicyLevers.GoingOut]
        * Math.Max(0, 1 - p.CapitalControlsEffect * policy[PolicyLevers.CapitalControls])
        * Math.Max(0, 1 - p.TradeConflictEffect * policy[PolicyLevers.TradeConflict])
        * Math.Max(0, 1 - p.PandemicEffect * policy[PolicyLevers.Pandemic]);

    /// <summary>The weight a tick gives to the climate in force: 1 - exp(-dt / tau), 1 when tau is 0.</summary>
    public static double Adjustment(double lagYears, double dt) => lagYears <= 0 ? 1.0 : 1 - Math.Exp(-dt / lagYears);

    /// <summary>S for every tick of the run (index = tick).</summary>
    public static double[] Path(ModelParameters p, IReadOnlyList<PolicySetting> settings, SimClock clock)
    {
        var path = new double[clock.TotalTicks];
        double a = Adjustment(p.CompletionLagYears, clock.Dt);
        double s = 0;
        int year = int.MinValue;
        double x = 0;
        for (int t = 0; t < path.Length; t++)
        {
            if (clock.YearOf(t) != year)
            {
                year = clock.YearOf(t);
                x = Instant(p, PolicySchedule.Evaluate(settings, p, year));
            }
            s = t == 0 ? x : s + a * (x - s);
            path[t] = s;
        }
        return path;
    }
}
