namespace NordicChina.Sim.Model.Agents;

/// <summary>A fund's stake in a startup: where it is, which firm, and how much the fund has put in (EUR m).</summary>
public sealed class Holding
{
    public required int Region { get; init; }
    public required long FirmId { get; init; }
    public double Invested { get; set; }
}
