using System.Collections.Immutable;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Contracts.Messages;

/// <summary>Everything a replication's grains need to initialise: time, seed, parameter values in catalogue
/// order, and the policy schedule. <paramref name="RunKey"/> only names the grains (several runs can share
/// a cluster); it never enters a random stream.</summary>
[GenerateSerializer, Immutable, Alias("ncs.ReplicationSpec")]
public sealed record ReplicationSpec(
    [property: Id(0)] string RunKey,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] int Replication,
    [property: Id(3)] int StartYear,
    [property: Id(4)] int EndYear,
    [property: Id(5)] int TicksPerYear,
    [property: Id(6)] ImmutableArray<double> ParameterValues,
    [property: Id(7)] ImmutableArray<PolicySettingMessage> Policies)
{
    /// <summary>Replication <paramref name="replication"/> of <paramref name="scenario"/>: with parameter uncertainty,
    /// its parameters are its ensemble member's (<see cref="ScenarioDefinition.ParametersFor"/>).</summary>
    public static ReplicationSpec From(ScenarioDefinition scenario, string runKey, int replication) =>
        new(runKey, scenario.Seed, replication, scenario.StartYear, scenario.EndYear, scenario.TicksPerYear,
            scenario.ParametersFor(replication).Values, [.. scenario.Policies.Select(PolicySettingMessage.From)]);

    public SimClock Clock => new(StartYear, EndYear, TicksPerYear);

    public ParameterSet Parameters => ParameterSet.FromValues(ParameterValues);

    public IReadOnlyList<PolicySetting> PolicySettings => Policies.Select(p => p.ToModel()).ToArray();

    /// <summary>Initial agents (firms, funds, talent pools, governments) from the population parameters.</summary>
    public long InitialAgents => Population.InitialAgents(Context().P);

    /// <summary>The replication's grain key, marked when it is too large for one silo
    /// (<see cref="Grains.GrainKeys.SpreadAgentsAbove"/>): its agent grains' keys start with it.</summary>
    public string ReplicationKey => Grains.GrainKeys.Replication(RunKey, Replication, InitialAgents);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReplicationSpec, StepContext> Contexts = new();

    /// <summary>What the model's steps read: parameters, clock, policies and the stream identity. Made once per spec
    /// instance (it is read-only), so the agent grains of a replication on one silo, which receive the same
    /// instance, share it instead of each parsing the parameters again. Kept beside the instance, so it is neither serialised nor part of the
    /// record's equality.</summary>
    public StepContext Context(bool parallel = true) =>
        parallel ? Contexts.GetValue(this, s => s.NewContext(true)) : NewContext(false);

    private StepContext NewContext(bool parallel) =>
        new(Seed, Replication, Clock, new ModelParameters(Parameters), PolicySettings) { Parallel = parallel };
}
