using System.Text.RegularExpressions;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// A policy lever's intensity as a sweep axis or a sensitivity factor: <c>lever.&lt;name&gt;.intensity</c> (every simulated
/// year) or <c>lever.&lt;name&gt;.&lt;from&gt;-&lt;to&gt;.intensity</c> (those years). At each grid or design point one policy
/// entry with that intensity, in all regions, is appended after the scenario's own; the last entry covering a year wins
/// (<see cref="PolicySchedule"/>), so in those years the lever is at that intensity whatever the scenario says.
/// </summary>
public sealed record LeverAxis(string Lever, int? From, int? To)
{
    private static readonly Regex Pattern = new(@"^lever\.([A-Za-z_]+)\.(?:(\d{4})-(\d{4})\.)?intensity$", RegexOptions.CultureInvariant);

    /// <summary>Whether a --vary name is a lever (starts with <c>lever.</c>).</summary>
    public static bool IsLever(string name) => name.StartsWith("lever.", StringComparison.Ordinal);

    /// <summary>The lever axis a name names, with its lever's intensity bound (the lever's intensities are 0 to it).
    /// <paramref name="spec"/> is the text the user gave and <paramref name="option"/> its option, for the messages;
    /// <paramref name="example"/> shows the option's values in the example (e.g. <c>=0:2:0.5</c> for --vary).</summary>
    /// <exception cref="ExperimentInputException">Not of the form above, or an unknown lever (with suggestions), or to &lt; from.</exception>
    public static (LeverAxis Axis, double MaxIntensity) Parse(string name, string spec, string option = "--vary", string example = "=0:2:0.5")
    {
        var m = Pattern.Match(name);
        if (!m.Success)
            throw new ExperimentInputException($"{option} {spec}: a lever is varied as lever.<name>.intensity or lever.<name>.<from>-<to>.intensity, e.g. lever.wasp.2026-2035.intensity{example}");
        string lever = m.Groups[1].Value;
        if (!PolicyLevers.TryByName(lever, out var def))
            throw new ExperimentInputException($"{option} {spec}: unknown lever '{lever}'"
                + (PolicyLevers.Suggest(lever) is { Count: > 0 } near ? $" (did you mean {string.Join(", ", near)}?)" : "")
                + $" (known: {string.Join(", ", PolicyLevers.All.Select(l => l.Name))})");
        int? from = m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : null, to = m.Groups[3].Success ? int.Parse(m.Groups[3].Value) : null;
        if (from > to) throw new ExperimentInputException($"{option} {spec}: end year {to} is before start year {from}");
        return (new LeverAxis(def.Name, from, to), def.MaxIntensity);
    }

    /// <summary>The scenario with this lever at <paramref name="intensity"/> over the axis' years (default: every simulated year).</summary>
    public ScenarioDefinition Apply(ScenarioDefinition scenario, double intensity) =>
        scenario with { Policies = [.. scenario.Policies, new PolicySetting(Lever, From ?? scenario.StartYear, To ?? scenario.EndYear, intensity, [])] };

    /// <summary>For a factor <c>policy.&lt;lever&gt;.default</c>: a note that it acts only in the simulated years no policy
    /// entry covers, naming those years, or that there are none (it then changes nothing); null for any other name.</summary>
    public static string? DefaultNote(ScenarioDefinition scenario, string factor)
    {
        if (factor.Split('.') is not ["policy", var lever, "default"] || !PolicyLevers.TryByName(lever, out _)) return null;
        var covered = scenario.Policies.Where(p => p.Lever == lever && p.Regions.Count == 0).ToArray();
        var free = Enumerable.Range(scenario.StartYear, scenario.EndYear - scenario.StartYear + 1).Where(y => !covered.Any(p => p.Covers(y))).ToArray();
        string advice = $"lever.{lever}.intensity sets the lever in every year";
        return free.Length == 0
            ? $"{factor} acts only in years no policy entry covers, and {scenario.Name} sets {lever} in every year {scenario.StartYear}-{scenario.EndYear}: it changes nothing here ({advice})"
            : free.Length < scenario.EndYear - scenario.StartYear + 1
                ? $"{factor} acts only in years no policy entry covers: {Years(free)} of {scenario.Name}'s {scenario.StartYear}-{scenario.EndYear} ({advice})"
                : null;
    }

    /// <summary>Years as ranges: 2027-2040, or 2020, 2027-2040.</summary>
    private static string Years(int[] years) =>
        string.Join(", ", years.Select((y, i) => (y, i)).GroupBy(x => x.y - x.i)
            .Select(g => g.First().y == g.Last().y ? $"{g.First().y}" : $"{g.First().y}-{g.Last().y}"));

    /// <summary>The scenario at one point of a sweep or a sensitivity design: <paramref name="factors"/> (catalogue
    /// parameters or lever axes) at <paramref name="values"/>. The parameters are set explicitly, then each lever's
    /// entry is appended, in the factors' order.</summary>
    public static ScenarioDefinition At(ScenarioDefinition scenario, IReadOnlyList<string> factors, IReadOnlyList<double> values)
    {
        var s = scenario.WithParameters(factors.Select((name, i) => (name, i)).Where(x => !IsLever(x.name))
            .Select(x => new KeyValuePair<string, double>(x.name, values[x.i])));
        for (int i = 0; i < factors.Count; i++)
            if (IsLever(factors[i]))
                s = Parse(factors[i], factors[i]).Axis.Apply(s, values[i]);
        return s;
    }
}
