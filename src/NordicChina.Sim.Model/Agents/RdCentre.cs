namespace NordicChina.Sim.Model.Agents;

/// <summary>An offshore R&amp;D centre set up by a Chinese firm in a host region (MODEL-BRIEF "R&amp;D centres").</summary>
public sealed class RdCentre
{
    public required long Id { get; init; }
    public required long ParentId { get; init; }
    public required int ParentRegion { get; init; }
    public required int HostRegion { get; init; }
    public required int Sector { get; init; }
    public required long PlannedStaff { get; init; }
    public required int OpenedTick { get; init; }
    public long Staff { get; set; }
    public bool Open { get; set; } = true;
}
