using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Scenarios;

/// <summary>A validated scenario: what to run. Produced by the scenario loader; everything in it is in range.</summary>
public sealed record ScenarioDefinition(
    string Name,
    string Description,
    int StartYear,
    int EndYear,
    int TicksPerYear,
    ulong Seed,
    int Replications,
    ParameterSet Parameters,
    IReadOnlyList<PolicySetting> Policies,
    string ContentHash)
{
    private static readonly IReadOnlySet<string> NoNames = new HashSet<string>(StringComparer.Ordinal);

    public SimClock Clock => new(StartYear, EndYear, TicksPerYear);

    /// <summary>The parameters the scenario sets itself (its file, its base files, a sweep's axes), even to their
    /// default: a parameter ensemble never replaces them.</summary>
    public IReadOnlySet<string> ExplicitParameters { get; init; } = NoNames;

    /// <summary>The parameter ensemble the replications sample from (--parameter-uncertainty), or null.</summary>
    public ParameterUncertainty? Uncertainty { get; init; }

    public ScenarioDefinition WithSeed(ulong seed) => this with { Seed = seed };

    public ScenarioDefinition WithReplications(int replications) => this with { Replications = replications };

    public ScenarioDefinition WithUncertainty(ParameterUncertainty? uncertainty) => this with { Uncertainty = uncertainty };

    /// <summary>The scenario with these parameters set explicitly (they join <see cref="ExplicitParameters"/>).</summary>
    public ScenarioDefinition WithParameters(IEnumerable<KeyValuePair<string, double>> values)
    {
        var list = values.ToList();
        return this with
        {
            Parameters = Parameters.With(list),
            ExplicitParameters = new HashSet<string>(ExplicitParameters.Concat(list.Select(kv => kv.Key)), StringComparer.Ordinal),
        };
    }

    /// <summary>The ensemble member replication <paramref name="replication"/> uses, or null without parameter uncertainty.</summary>
    public int? MemberOf(int replication) => Uncertainty?.MemberFor(Seed, replication);

    /// <summary>The parameters replication <paramref name="replication"/> runs with: <see cref="Parameters"/>, with its
    /// ensemble member's values for the parameters the scenario does not set itself.</summary>
    public ParameterSet ParametersFor(int replication) =>
        Uncertainty is null ? Parameters : Uncertainty.Apply(Parameters, ExplicitParameters, Uncertainty.MemberFor(Seed, replication));
}
