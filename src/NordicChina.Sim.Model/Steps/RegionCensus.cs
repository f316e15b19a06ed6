using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Steps;

/// <summary>
/// One pass over a region's live firms and open centres at the end of its commit (after births): employment by skill
/// and ownership for <see cref="RegionStep.SetWages"/>, adoption and China-entry counts for
/// <see cref="Metrics.RegionMetrics"/>, the acquirable and equity-eligible counts for the region's signal, and the
/// number of agents. The adopter shares it holds are also the ones the next tick's firms read (nothing changes
/// adoption in between), so a large region reads its firms once for all of these.
/// </summary>
public sealed class RegionCensus
{
    public long LiveFirms, HighSkill, LowSkill, HighSkillForeign, LowSkillForeign, ChineseOwned, InChina;
    public double ChinaRevenuePerTick;
    public int EquityEligible, OpenCentres;
    public long CentreStaff;
    public int[] FirmsBySector { get; } = new int[Sectors.Count];
    public int[] AdoptersBySector { get; } = new int[Sectors.Count];
    public int[] AcquirableBySector { get; } = new int[Sectors.Count];
    public double[] RdPersonYearsBySector { get; } = new double[Sectors.Count];

    /// <summary>Live firms, open centres and the talent pool.</summary>
    public int Agents => (int)LiveFirms + OpenCentres + 1;

    /// <summary>Chinese presence: Chinese-owned firms and hosted centres.</summary>
    public int ChinesePresence => (int)ChineseOwned + OpenCentres;

    public static RegionCensus Take(StepContext ctx, RegionState s)
    {
        var c = new RegionCensus();
        var p = ctx.P;
        double dt = ctx.Clock.Dt;
        foreach (var f in s.Firms)
        {
            if (!f.Alive) continue;
            c.LiveFirms++;
            c.HighSkill += f.HighSkill;
            c.LowSkill += f.LowSkill;
            if (f.ChineseOwned) { c.ChineseOwned++; c.HighSkillForeign += f.HighSkill; c.LowSkillForeign += f.LowSkill; }
            c.FirmsBySector[f.Sector]++;
            if (f.AiAdopted) c.AdoptersBySector[f.Sector]++;
            if (f.ChinaStage == ChinaEntryStage.Active) { c.InChina++; c.ChinaRevenuePerTick += f.ChinaRevenue * dt; }
            if (InboundMarket.IsAcquirable(p, f)) c.AcquirableBySector[f.Sector]++;
            if (InboundMarket.IsEquityEligible(p, f)) c.EquityEligible++;
        }
        foreach (var centre in s.Centres)
        {
            if (!centre.Open) continue;
            c.OpenCentres++;
            c.CentreStaff += centre.Staff;
            c.RdPersonYearsBySector[centre.Sector] += centre.Staff * dt;
        }
        return c;
    }

    /// <summary>Share of live firms that have adopted AI, by sector and overall.</summary>
    public (double[] BySector, double All) AdopterShares()
    {
        var share = new double[Sectors.Count];
        for (int i = 0; i < share.Length; i++) share[i] = FirmsBySector[i] == 0 ? 0 : (double)AdoptersBySector[i] / FirmsBySector[i];
        int total = FirmsBySector.Sum();
        return (share, total == 0 ? 0 : (double)AdoptersBySector.Sum() / total);
    }
}
