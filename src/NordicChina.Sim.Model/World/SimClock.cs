namespace NordicChina.Sim.Model.World;

/// <summary>Simulated time: ticks of 1/TicksPerYear years from StartYear to EndYear inclusive.</summary>
public sealed record SimClock(int StartYear, int EndYear, int TicksPerYear)
{
    public int TotalTicks => (EndYear - StartYear + 1) * TicksPerYear;
    public double Dt => 1.0 / TicksPerYear;
    public int YearOf(int tick) => StartYear + tick / TicksPerYear;
    /// <summary>1-based sub-period within the year (the quarter when TicksPerYear is 4).</summary>
    public int PeriodOf(int tick) => tick % TicksPerYear + 1;
    public bool IsLastOfYear(int tick) => tick % TicksPerYear == TicksPerYear - 1;
    /// <summary>Simulated time in fractional years at the start of the tick.</summary>
    public double TimeOf(int tick) => StartYear + tick * Dt;

    /// <summary>Converts an annual hazard rate into a per-tick probability.</summary>
    public double PerTick(double annualProbability) =>
        annualProbability >= 1 ? 1 : 1 - Math.Pow(1 - Math.Max(0, annualProbability), Dt);
}
