using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Policies;

/// <summary>Intensities of every lever in every region for one tick (levers x regions, row-major).
/// Non-scoped levers hold the same value in every region.</summary>
public sealed class PolicyState
{
    private readonly double[] _values;

    public PolicyState(double[] values)
    {
        if (values.Length != PolicyLevers.All.Count * Regions.Count)
            throw new ArgumentException("Policy state has the wrong size.");
        _values = values;
    }

    public static PolicyState Empty() => new(new double[PolicyLevers.All.Count * Regions.Count]);

    public double this[PolicyLever lever, int region] => _values[lever.Index * Regions.Count + region];

    /// <summary>The value of a lever that is not host-scoped.</summary>
    public double this[PolicyLever lever] => _values[lever.Index * Regions.Count];

    public ReadOnlySpan<double> Values => _values;

    /// <summary>Combines the slices several owners computed: each entry is the largest of them.</summary>
    public static PolicyState Merge(IEnumerable<PolicyState> parts)
    {
        var merged = new double[PolicyLevers.All.Count * Regions.Count];
        foreach (var part in parts)
            for (int i = 0; i < merged.Length; i++) merged[i] = Math.Max(merged[i], part._values[i]);
        return new PolicyState(merged);
    }
}
