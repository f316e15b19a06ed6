using System.Globalization;
using NordicChina.Sim.Model.Parameters;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// A sweep's grid: the cartesian product of the axes, first axis slowest. Built from <c>--vary name=from:to:step</c>
/// specifications, each checked against the parameter catalogue: the name must exist, every value must lie inside
/// the parameter's valid bounds, and the grid must not be empty.
/// </summary>
public sealed class ParameterGrid
{
    public const int MaxPoints = 100_000;

    public IReadOnlyList<VaryAxis> Axes { get; }
    public IReadOnlyList<double[]> Points { get; }

    public ParameterGrid(IReadOnlyList<VaryAxis> axes)
    {
        Axes = axes;
        IEnumerable<double[]> points = [[]];
        foreach (var axis in axes)
            points = points.SelectMany(p => axis.Values.Select(v => p.Append(v).ToArray()));
        Points = points.ToArray();
    }

    public static ParameterGrid Parse(IReadOnlyList<string> specs)
    {
        if (specs.Count == 0) throw new ExperimentInputException("--vary: give at least one parameter, e.g. --vary catchup.rate.CN.heavy=0.03:0.08:0.01");
        var axes = new List<VaryAxis>();
        foreach (var spec in specs)
        {
            int eq = spec.IndexOf('=');
            string name = eq > 0 ? spec[..eq] : spec;
            // A lever's intensity (lever.<name>[.<from>-<to>].intensity), or a catalogue parameter.
            var lever = LeverAxis.IsLever(name) ? LeverAxis.Parse(name, spec) : ((LeverAxis Axis, double MaxIntensity)?)null;
            var def = lever is not null ? null : ParameterCatalogue.Find(name) ?? throw new ExperimentInputException(
                $"--vary {spec}: unknown parameter '{name}'" + Hint(name));
            double min = def?.Min ?? 0, max = def?.Max ?? lever!.Value.MaxIntensity;
            var parts = eq > 0 ? spec[(eq + 1)..].Split(':') : [];
            if (parts.Length != 3 || !parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                throw new ExperimentInputException(def is null ? $"--vary {spec}: expected {name}=<from>:<to>:<step>, e.g. {name}=0:{max:G}:{max / 4:G}"
                    : $"--vary {spec}: expected {name}=<from>:<to>:<step>, e.g. {name}={def.PlausibleLow:G}:{def.PlausibleHigh:G}:{(def.PlausibleHigh - def.PlausibleLow) / 4:G}");
            double from = double.Parse(parts[0], CultureInfo.InvariantCulture), to = double.Parse(parts[1], CultureInfo.InvariantCulture), step = double.Parse(parts[2], CultureInfo.InvariantCulture);
            if (step <= 0 || to < from) throw new ExperimentInputException($"--vary {spec}: empty grid (need from <= to and step > 0)");
            if (from < min || to > max)
                throw new ExperimentInputException(def is null ? $"--vary {spec}: {from:G}..{to:G} is outside the lever's intensities, 0 to {max:G}"
                    : $"--vary {spec}: {from:G}..{to:G} is outside the catalogued bounds of {name}, {def.Min:G} to {def.Max:G} ({def.Unit})");
            // The axis' size, computed in double before any value is made (a tiny step would otherwise build a huge list).
            double count = Math.Floor((to - from) / step + 1e-9) + 1;
            if (!(count <= MaxPoints))
                throw new ExperimentInputException($"--vary {spec}: {count:G3} values; a sweep has at most {MaxPoints:N0} points (use a larger step)");
            var values = new List<double>();
            for (int k = 0; ; k++)
            {
                double v = Math.Round(from + k * step, 12);   // no binary noise such as 0.060000000000000005
                if (v > to + step * 1e-9) break;
                v = Math.Min(v, to);
                if (def?.Check(v) is { } problem) throw new ExperimentInputException($"--vary {spec}: value {v:G} of {name} {problem}");
                values.Add(v);
                if (values.Count > MaxPoints) throw new ExperimentInputException($"--vary {spec}: more than {MaxPoints} values");
            }
            if (axes.Any(a => a.Parameter == name)) throw new ExperimentInputException($"--vary {spec}: {name} is varied twice");
            axes.Add(new VaryAxis(name, values));
        }
        // The grid's size, the product of the axes' sizes in double (no overflow), checked before the points are built.
        double points = axes.Aggregate(1.0, (n, a) => n * a.Values.Count);
        if (points > MaxPoints)
            throw new ExperimentInputException($"the grid has {points:N0} points ({string.Join(" x ", axes.Select(a => a.Values.Count.ToString("N0", CultureInfo.InvariantCulture)))}); a sweep has at most {MaxPoints:N0} points");
        return new ParameterGrid(axes);
    }

    /// <summary>Suggestions for an unknown parameter name: near catalogue names, or how to vary a lever (<paramref name="example"/>:
    /// the option's values in the example, e.g. <c>=0:2:0.5</c> for --vary).</summary>
    internal static string Hint(string name, string example = "=0:2:0.5") =>
        ParameterCatalogue.Suggest(name) is { Count: > 0 } s ? $" (did you mean {string.Join(", ", s)}?)"
        : Model.Policies.PolicyLevers.TryByName(name, out _) || name.StartsWith("policy.", StringComparison.Ordinal)
            ? $" ({name} is a policy lever or its default: vary its intensity as lever.<name>.intensity or lever.<name>.<from>-<to>.intensity, e.g. lever.{(name.Split('.') is [_, var l, ..] ? l : name)}.intensity{example}; policy.<lever>.default only sets the years no policy entry covers)"
        : "";
}
