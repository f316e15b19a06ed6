using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Families of catalogue parameters for group screening: a parameter's family is its name with every dot-separated
/// part that is a region, country or sector code replaced by <c>*</c>, e.g. <c>population.GSR.incumbents</c> →
/// <c>population.*.incumbents</c>, <c>capability.initial.SE.digital</c> → <c>capability.initial.*.*</c>. The codes
/// come from <see cref="Regions"/>, <see cref="Countries"/> and <see cref="Sectors"/> (plus <c>heavy</c>, the
/// heavy-industry aggregate), and the lower-case origin words the catalogue uses for the same regions and blocs
/// (<see cref="OriginWords"/>). Engine and technical parameters that are not model behaviour are left out
/// (<see cref="Excluded"/>).
/// </summary>
public static class ParameterFamilies
{
    /// <summary>Lower-case words that name a region, country or bloc in parameter names (population.funds.cn,
    /// fund.size.nordic, adoption.initial.chinese, data.industrial.us, ...).</summary>
    public static IReadOnlyList<string> OriginWords { get; } = ["cn", "nordic", "swedish", "european", "chinese", "us"];

    /// <summary>Every part replaced by <c>*</c>: region, country and sector codes and origin words.</summary>
    public static IReadOnlySet<string> Codes { get; } = new HashSet<string>(
        Regions.All.Select(r => r.Code)
            .Concat(Countries.All)
            .Concat(Sectors.All.Select(s => s.Code))
            .Append(MetricCatalogue.SectorLabel(MetricCatalogue.HeavySector))
            .Concat(OriginWords),
        StringComparer.Ordinal);

    /// <summary>Why a catalogue parameter is not screened, or null when it is.</summary>
    public static string? ExclusionReason(ParameterDefinition p) =>
        p.Name.StartsWith("engine.", StringComparison.Ordinal) ? "engine limit (protects the machine; not model behaviour)"
        : p.Name == "population.scale" ? "sampling scale of the agent population (technical: it changes how many agents stand for the real population, not behaviour)"
        : !(p.PlausibleHigh > p.PlausibleLow) ? "empty plausible range"
        : null;

    /// <summary>The catalogue parameters left out, with the reason.</summary>
    public static IReadOnlyList<(ParameterDefinition Parameter, string Reason)> Excluded =>
        ParameterCatalogue.All.Select(p => (p, ExclusionReason(p))).Where(x => x.Item2 is not null).Select(x => (x.p, x.Item2!)).ToArray();

    /// <summary>The family of a parameter name.</summary>
    public static string FamilyOf(string name) =>
        string.Join('.', name.Split('.').Select(part => Codes.Contains(part) ? "*" : part));

    /// <summary>The screened parameters grouped by family, families in catalogue order of their first member and
    /// members in catalogue order.</summary>
    public static IReadOnlyList<(string Family, IReadOnlyList<ParameterDefinition> Members)> All()
    {
        var families = new List<(string, List<ParameterDefinition>)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in ParameterCatalogue.All)
        {
            if (ExclusionReason(p) is not null) continue;
            string f = FamilyOf(p.Name);
            if (!index.TryGetValue(f, out int i))
            {
                i = families.Count;
                index[f] = i;
                families.Add((f, []));
            }
            families[i].Item2.Add(p);
        }
        return families.Select(f => (f.Item1, (IReadOnlyList<ParameterDefinition>)f.Item2.AsReadOnly())).ToArray();
    }
}
