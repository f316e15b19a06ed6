using System.Collections.Immutable;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Scenarios;

namespace NordicChina.Sim.Contracts.Messages;

/// <summary>A resolved scenario (after base overlays and command-line overrides), stored with a run so it
/// can be resumed without the original files.</summary>
[GenerateSerializer, Immutable, Alias("ncs.ScenarioRecord")]
public sealed record ScenarioRecord(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description,
    [property: Id(2)] int StartYear,
    [property: Id(3)] int EndYear,
    [property: Id(4)] int TicksPerYear,
    [property: Id(5)] ulong Seed,
    [property: Id(6)] int Replications,
    [property: Id(7)] ImmutableArray<double> ParameterValues,
    [property: Id(8)] ImmutableArray<PolicySettingMessage> Policies,
    [property: Id(9)] string ContentHash)
{
    /// <summary>The parameters the scenario sets itself (kept from a parameter ensemble).</summary>
    [Id(10)] public ImmutableArray<string> ExplicitParameters { get; init; } = [];

    /// <summary>The parameter ensemble of a run with parameter uncertainty, else null.</summary>
    [Id(11)] public ParameterUncertainty? Uncertainty { get; init; }

    public static ScenarioRecord From(ScenarioDefinition s) =>
        new(s.Name, s.Description, s.StartYear, s.EndYear, s.TicksPerYear, s.Seed, s.Replications,
            s.Parameters.Values, [.. s.Policies.Select(PolicySettingMessage.From)], s.ContentHash)
        {
            ExplicitParameters = [.. s.ExplicitParameters.Order(StringComparer.Ordinal)],
            Uncertainty = s.Uncertainty,
        };

    public ScenarioDefinition ToDefinition() =>
        new(Name, Description, StartYear, EndYear, TicksPerYear, Seed, Replications,
            ParameterSet.FromValues(ParameterValues), Policies.Select(p => p.ToModel()).ToArray(), ContentHash)
        {
            ExplicitParameters = new HashSet<string>(ExplicitParameters.IsDefault ? [] : ExplicitParameters, StringComparer.Ordinal),
            Uncertainty = Uncertainty,
        };
}
