namespace NordicChina.Sim.Model.Agents;

/// <summary>A venture capital fund (MODEL-BRIEF "Venture capital funds"): committed capital invested over an
/// investment period, wound down at the end of its life, possibly succeeded by a new vintage.</summary>
public sealed class VentureFund
{
    public required long Id { get; init; }
    public required bool Chinese { get; init; }
    public required int HomeRegion { get; init; }
    /// <summary>Committed capital of the current vintage, EUR m.</summary>
    public double Committed { get; set; }
    /// <summary>Invested so far in the current vintage, EUR m.</summary>
    public double Invested { get; set; }
    /// <summary>Simulated time (years) when the current vintage closed.</summary>
    public double Vintage { get; set; }
    public int Generation { get; set; }
    public bool Failed { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>A Chinese government guiding fund (state-backed).</summary>
    public bool Guiding { get; init; }
    /// <summary>Companies the fund holds, in the order it first invested.</summary>
    public List<Holding> Holdings { get; } = new();
}
