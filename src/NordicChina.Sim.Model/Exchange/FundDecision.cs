using System.Collections.Immutable;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>A fund's deals for the tick (each an equity intent resolved by the target region).</summary>
[GenerateSerializer, Immutable, Alias("ncs.FundDecision")]
public sealed record FundDecision(
    [property: Id(0)] ImmutableArray<InvestmentIntent> Investments);
