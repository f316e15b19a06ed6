namespace NordicChina.Sim.Model.Agents;

/// <summary>
/// A region's AI-relevant high-skill workforce (MODEL-BRIEF "Universities and talent pools"). Head-count is
/// split into those available for hire, those employed outside the modelled firms, and (held by the firms
/// and R&amp;D centres themselves) those employed by modelled employers.
/// </summary>
public sealed class TalentPool
{
    public long Available { get; set; }
    public long EmployedOther { get; set; }
    /// <summary>Active AI PhDs in the region (a quality stock, not a separate head-count).</summary>
    public double PhdStock { get; set; }
    public double WageHigh { get; set; }
    public double WageLow { get; set; }
}
