using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>A region's intents for the tick: its firms' outbound investments and its talent's migration.</summary>
[GenerateSerializer, Immutable, Alias("ncs.RegionDecision")]
public sealed record RegionDecision(
    [property: Id(0)] ImmutableArray<InvestmentIntent> Investments,
    [property: Id(1)] ImmutableArray<MigrationFlow> Migrations,
    [property: Id(2)] int AgentsStepped);
