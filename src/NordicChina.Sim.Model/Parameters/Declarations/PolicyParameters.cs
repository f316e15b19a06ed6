using NordicChina.Sim.Model.Policies;
using static NordicChina.Sim.Model.Parameters.ReportSources;

namespace NordicChina.Sim.Model.Parameters.Declarations;

/// <summary>Policy levers: their default intensities, and two effect sizes that come last in the catalogue
/// (catch-up under automation subsidies, screening redirecting money to R&amp;D centres).
/// Each call below is the one declaration of a parameter (or, inside a loop, of a per-region or per-sector family):
/// name, default, unit, valid range, source, description, the <see cref="ModelParameters"/> member it sets and
/// whether it is a whole number. <see cref="ParameterCatalogue"/> runs the declarations once, in catalogue order.</summary>
internal static class PolicyParameters
{
    /// <summary>Policy levers: default intensities and effect sizes not declared with their mechanism.</summary>
    public static void Declare(ParameterDeclarations d)
    {
        foreach (var lever in PolicyLevers.All)
            d.Add($"policy.{lever.Name}.default", lever == PolicyLevers.GoingOut ? 1.0 : 0.0, "intensity", 0, lever.MaxIntensity,
                lever == PolicyLevers.GoingOut ? GoingOut + " (in force throughout; intensity 1 = the baseline propensity)" : Assumption + " (off unless a scenario switches it on)",
                $"Intensity of '{lever.Name}' in years no scenario entry covers. {lever.Description}", (p, v) => p.PolicyDefaultIntensity[lever.Index] = v);
        d.Add("catchup.subsidy_boost", 0.3, "relative growth at intensity 1", 0, 10, GuangdongSubsidy + "; size assumption", "Relative increase in the growth rate of China's robot density under automation subsidies at intensity 1.", (p, v) => p.SubsidyBoost = v);
        d.Add("screening.redirect_share", 0.78, "probability", 0, 1, "calibrated (scenarios/calibration/, docs/calibration.md); was an assumption (MODEL-BRIEF: does screening shift money from takeovers to R&D centres?)", "Probability that an investor whose acquisition is blocked opens an R&D centre in the same host instead.", (p, v) => p.ScreeningRedirectShare = v);
    }
}
