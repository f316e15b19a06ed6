using System.Collections.Immutable;
using NordicChina.Sim.Model.Randomness;

namespace NordicChina.Sim.Model.Parameters;

/// <summary>
/// An ensemble of parameter sets (e.g. the calibration's history-matched members) that a run samples from: values of
/// <see cref="Names"/> for each member, member after member, in catalogue units. Replications come in pairs that share
/// a member: pair k = r / 2 uses the member drawn from the stream (seed, k, <see cref="RandomPurpose.EnsembleMember"/>),
/// so two scenarios with the same seed draw the same members for the same replications, and the draw depends on
/// nothing else of the scenario. Within a pair the only difference is the replication's own random numbers, which
/// separates parametric from stochastic variance (<c>Analysis.Comparison.VarianceDecomposition</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ncs.ParameterUncertainty")]
public sealed record ParameterUncertainty(
    [property: Id(0)] string Source,
    [property: Id(1)] string Sha256,
    [property: Id(2)] ImmutableArray<string> Names,
    [property: Id(3)] ImmutableArray<double> Values)
{
    /// <summary>What <see cref="Source"/> says for the ensemble shipped with the program.</summary>
    public const string Shipped = "shipped";

    public int Members => Names.Length == 0 ? 0 : Values.Length / Names.Length;

    /// <summary>The pair a replication belongs to: replications 2k and 2k + 1 form pair k.</summary>
    public static int PairOf(int replication) => replication / 2;

    /// <summary>The member used by <paramref name="replication"/> of a run with <paramref name="seed"/>.</summary>
    public int MemberFor(ulong seed, int replication) => Draw(seed, PairOf(replication), Members);

    /// <summary>The member of pair <paramref name="pair"/> among <paramref name="members"/>: uniform, with replacement
    /// across pairs, from the project's generator keyed on the seed and the pair only.</summary>
    public static int Draw(ulong seed, int pair, int members)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(pair);
        var g = new SplitMix64(new StreamKey(seed, pair, -1, 0, RandomPurpose.EnsembleMember).Derive());
        return (int)Math.Min(members - 1, Math.Floor(g.NextDouble() * members));
    }

    /// <summary>Member <paramref name="member"/>'s value of parameter <paramref name="index"/> (an index into <see cref="Names"/>).</summary>
    public double Value(int member, int index) => Values[member * Names.Length + index];

    /// <summary><paramref name="set"/> with member <paramref name="member"/>'s values, except for the parameters in
    /// <paramref name="keep"/> (those the scenario sets itself, which win).</summary>
    public ParameterSet Apply(ParameterSet set, IReadOnlySet<string> keep, int member)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(member);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(member, Members);
        var overrides = new List<KeyValuePair<string, double>>(Names.Length);
        for (int i = 0; i < Names.Length; i++)
            if (!keep.Contains(Names[i])) overrides.Add(new(Names[i], Value(member, i)));
        return overrides.Count == 0 ? set : set.With(overrides);
    }
}
