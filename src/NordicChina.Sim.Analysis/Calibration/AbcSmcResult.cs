namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Outcome of <see cref="AbcSmc.Run"/>.</summary>
/// <param name="Generations">All completed populations, the prior sample first.</param>
/// <param name="Stop">Why it stopped.</param>
/// <param name="Simulations">Total simulator runs.</param>
public sealed record AbcSmcResult(IReadOnlyList<AbcSmcGeneration> Generations, AbcSmcStop Stop, int Simulations)
{
    /// <summary>The last completed population: the approximate posterior sample.</summary>
    public AbcSmcGeneration Final => Generations[^1];
}
