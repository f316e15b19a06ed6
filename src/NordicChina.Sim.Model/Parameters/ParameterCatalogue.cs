using NordicChina.Sim.Model.Parameters.Declarations;

namespace NordicChina.Sim.Model.Parameters;

/// <summary>
/// Every number in the model, with its unit, plausible range and source. The parameters are declared once each,
/// grouped by mechanism, in Parameters/Declarations; this class runs the declarations once, in the order below.
/// docs/parameters.md is generated from this list (<c>nordicsim catalogue</c>) and a test fails when the two differ.
/// Names are dotted and lower-case; region and sector codes appear as in <see cref="World.Regions"/> and <see cref="World.Sectors"/>.
/// </summary>
public static class ParameterCatalogue
{
    public static IReadOnlyList<ParameterDefinition> All { get; }
    private static readonly Dictionary<string, int> Index;
    private static readonly Action<ModelParameters, double>[] Setters;

    static ParameterCatalogue()
    {
        // Catalogue order is the order of these calls (docs/parameters.md and ParameterSet.Values follow it).
        var d = new ParameterDeclarations();
        PopulationParameters.Declare(d);
        FirmParameters.Declare(d);
        SectorParameters.Declare(d);
        CatchUpParameters.Declare(d);
        OutboundParameters.Declare(d);
        HostEffectParameters.Declare(d);
        RegionParameters.Declare(d);
        TalentParameters.Declare(d);
        VentureCapitalParameters.DeclareFunds(d);
        AdoptionParameters.Declare(d);
        ChinaEntryParameters.Declare(d);
        VentureCapitalParameters.DeclareFundEconomics(d);
        PolicyParameters.Declare(d);

        All = d.Definitions;
        Setters = d.Setters;
        Index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < All.Count; i++) Index.Add(All[i].Name, i);
    }

    /// <summary>Stores every value of <paramref name="set"/> in the member of <paramref name="parameters"/> its
    /// declaration names.</summary>
    internal static void Apply(ModelParameters parameters, ParameterSet set)
    {
        for (int i = 0; i < Setters.Length; i++) Setters[i](parameters, set[i]);
    }

    public static ParameterDefinition? Find(string name) => Index.TryGetValue(name, out var i) ? All[i] : null;

    public static int IndexOf(string name) =>
        Index.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException($"Unknown parameter '{name}'.");

    /// <summary>Names close to a misspelt one, for error messages.</summary>
    public static IReadOnlyList<string> Suggest(string name, int max = 3) =>
        All.Select(p => p.Name)
           .Select(n => (n, d: EditDistance(n, name)))
           .Where(x => x.d <= Math.Max(3, name.Length / 4))
           .OrderBy(x => x.d).ThenBy(x => x.n, StringComparer.Ordinal)
           .Take(max).Select(x => x.n).ToArray();

    internal static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
