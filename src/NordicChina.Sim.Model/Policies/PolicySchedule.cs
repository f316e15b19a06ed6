using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Policies;

/// <summary>
/// Rule: the intensity of each lever in a year. Default intensity (policy.&lt;lever&gt;.default) unless a
/// scenario entry covers the year; the last covering entry in file order wins. A government evaluates
/// only the levers it owns (host-scoped levers: the regions of its country; "world" levers: everyone).
/// </summary>
public static class PolicySchedule
{
    /// <summary>Convenience for callers holding only a <see cref="ParameterSet"/> (tests, tools); the grains pass the
    /// <see cref="ModelParameters"/> they already built.</summary>
    public static PolicyState Evaluate(IReadOnlyList<PolicySetting> settings, ParameterSet parameters, int year, string? owner = null) =>
        Evaluate(settings, new ModelParameters(parameters), year, owner);

    public static PolicyState Evaluate(IReadOnlyList<PolicySetting> settings, ModelParameters parameters, int year, string? owner = null)
    {
        var values = new double[PolicyLevers.All.Count * Regions.Count];
        foreach (var lever in PolicyLevers.All)
        {
            foreach (var region in Regions.All)
            {
                if (!Owns(owner, lever, region)) continue;
                double intensity = parameters.PolicyDefaultIntensity[lever.Index];
                foreach (var s in settings)
                {
                    if (s.Lever != lever.Name || !s.Covers(year)) continue;
                    if (lever.HostScoped && s.Regions.Count > 0 && !s.Regions.Contains(region.Code, StringComparer.OrdinalIgnoreCase)) continue;
                    intensity = s.Intensity;
                }
                values[lever.Index * Regions.Count + region.Index] = intensity;
            }
        }
        return new PolicyState(values);
    }

    private static bool Owns(string? owner, PolicyLever lever, Region region)
    {
        if (!AppliesTo(lever, region)) return false;
        if (owner is null || lever.Owner == PolicyLevers.World) return true;
        return lever.Owner == "host" ? region.Country == owner : lever.Owner == owner;
    }

    /// <summary>Where a lever can act at all: the EU-China treaty only in EU member regions.</summary>
    public static bool AppliesTo(PolicyLever lever, Region region) =>
        lever != PolicyLevers.EuChinaTreaty || region.InEuropeanUnion;
}
