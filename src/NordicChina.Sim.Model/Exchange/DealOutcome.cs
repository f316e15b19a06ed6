using NordicChina.Sim.Model.Rules;

namespace NordicChina.Sim.Model.Exchange;

/// <summary>What the host's market made of an intent.</summary>
[GenerateSerializer, Immutable, Alias("ncs.DealOutcome")]
public sealed record DealOutcome(
    [property: Id(0)] InvestmentIntent Intent,
    [property: Id(1)] DealStatus Status,
    [property: Id(2)] Model.World.InvestmentMode Mode,
    [property: Id(3)] long TargetFirmId,
    [property: Id(4)] double AmountEurM,
    [property: Id(5)] long PlannedJobs)
{
    public bool Completed => Status is DealStatus.Completed or DealStatus.Redirected;
}
