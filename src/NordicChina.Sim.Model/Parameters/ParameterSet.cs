using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Parameters;

/// <summary>
/// The values in force for one run: the catalogue's defaults with a scenario's overrides applied.
/// Values are held in catalogue order, so lookups in the hot path are array reads.
/// </summary>
public sealed class ParameterSet
{
    private readonly double[] _values;

    private ParameterSet(double[] values) => _values = values;

    public static ParameterSet Defaults { get; } = new(ParameterCatalogue.All.Select(p => p.Default).ToArray());

    /// <summary>Applies overrides by name. Throws on an unknown name or an out-of-range value.</summary>
    public ParameterSet With(IEnumerable<KeyValuePair<string, double>> overrides)
    {
        var values = (double[])_values.Clone();
        foreach (var (name, value) in overrides)
        {
            var def = ParameterCatalogue.Find(name)
                ?? throw new ArgumentException($"Unknown parameter '{name}'.");
            var problem = def.Check(value);
            if (problem is not null) throw new ArgumentOutOfRangeException(name, value, $"Parameter '{name}' {problem}.");
            values[ParameterCatalogue.IndexOf(name)] = value;
        }
        return new ParameterSet(values);
    }

    public static ParameterSet FromValues(IReadOnlyList<double> values)
    {
        if (values.Count != ParameterCatalogue.All.Count)
            throw new ArgumentException($"Expected {ParameterCatalogue.All.Count} parameter values, got {values.Count}.");
        return new ParameterSet(values.ToArray());
    }

    public double this[string name] => _values[ParameterCatalogue.IndexOf(name)];

    public double this[int index] => _values[index];

    /// <summary>All values in catalogue order (what crosses grain boundaries).</summary>
    public ImmutableArray<double> Values => [.. _values];

    /// <summary>Names whose value differs from the catalogue default, in catalogue order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Overrides()
    {
        var list = new List<KeyValuePair<string, double>>();
        for (int i = 0; i < _values.Length; i++)
        {
            var def = ParameterCatalogue.All[i];
            if (_values[i] != def.Default) list.Add(new(def.Name, _values[i]));
        }
        return list;
    }
}
