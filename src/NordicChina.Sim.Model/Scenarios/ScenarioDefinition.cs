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
    public SimClock Clock => new(StartYear, EndYear, TicksPerYear);

    public ScenarioDefinition WithSeed(ulong seed) => this with { Seed = seed };

    public ScenarioDefinition WithReplications(int replications) => this with { Replications = replications };
}
