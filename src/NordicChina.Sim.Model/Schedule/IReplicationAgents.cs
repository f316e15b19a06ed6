using System.Collections.Immutable;
using NordicChina.Sim.Model.Exchange;

namespace NordicChina.Sim.Model.Schedule;

/// <summary>
/// The agents of one replication as the tick schedule sees them: regions (in region order), fund families (in family
/// order) and governments (in <see cref="World.Countries.All"/> order). Every method returns one answer per agent in
/// that order. <see cref="DirectAgents"/> calls the steps in this process; the Orleans engine's replication grain
/// sends each call as a message to the agent's grain.
/// </summary>
public interface IReplicationAgents
{
    Task<RegionReport[]> InitializeRegions();
    Task<FundFamilyReport[]> InitializeFunds();
    Task<CountryState[]> InitializeCountries();

    Task<CountryState[]> AdvanceCountries(int tick, KnowledgeFlows flows);
    Task<RegionDecision[]> DecideRegions(WorldSnapshot snapshot);
    Task<FundDecision[]> DecideFunds(WorldSnapshot snapshot);
    Task<HostResolution[]> ResolveRegions(WorldSnapshot snapshot, ImmutableArray<InvestmentIntent>[] inbound, ImmutableArray<MigrationFlow>[] arrivals);
    Task<RegionReport[]> CommitRegions(WorldSnapshot snapshot, RegionCommit[] commits);
    Task<FundFamilyReport[]> CommitFunds(int tick, ImmutableArray<DealOutcome>[] outcomes, ImmutableArray<double> policy);
}
