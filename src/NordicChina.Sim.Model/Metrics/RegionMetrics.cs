using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Metrics;

/// <summary>Every metric a region's commit produces: jobs.*, wages.*, talent.*, rdcentres.* (hosts), firms.*,
/// adoption.* and china_entry.* (Nordic regions), from the tick's <see cref="RegionTally"/> and the end-of-tick <see cref="RegionCensus"/>.</summary>
public static class RegionMetrics
{
    public static MetricBatch Write(StepContext ctx, RegionState s, RegionCommit commit, RegionTally t, RegionCensus census)
    {
        int region = s.Region.Index;
        var points = new List<MetricPoint>(96);
        void Add(int metric, double value, int sector = MetricPoint.All) => points.Add(new MetricPoint(metric, region, sector, value));

        var pool = s.Pool;
        Add(MetricCatalogue.JobsCreated, t.Hired);
        Add(MetricCatalogue.JobsLost, t.Lost);
        Add(MetricCatalogue.JobsNet, t.Hired - t.Lost);
        Add(MetricCatalogue.JobsRdCentres, t.RdHired);
        Add(MetricCatalogue.JobsRelocated, t.RelocatedJobs);
        Add(MetricCatalogue.JobsHighSkill, t.HighSkillJobs);
        Add(MetricCatalogue.JobsLowSkill, t.LowSkillJobs);
        Add(MetricCatalogue.WagesHigh, pool.WageHigh);
        Add(MetricCatalogue.WagesLow, pool.WageLow);
        Add(MetricCatalogue.TalentPool, pool.Available + pool.EmployedOther + t.HighSkillJobs);
        Add(MetricCatalogue.TalentAvailable, pool.Available);
        Add(MetricCatalogue.TalentGraduates, t.Graduates);
        Add(MetricCatalogue.TalentRetired, t.Retired);
        Add(MetricCatalogue.TalentInflow, t.Inflow);
        Add(MetricCatalogue.TalentOutflow, t.Outflow);
        Add(MetricCatalogue.TalentNetMigration, t.Inflow - t.Outflow);
        Add(MetricCatalogue.TalentRefused, t.Refused);
        Add(MetricCatalogue.TalentPhdStock, pool.PhdStock);
        Add(MetricCatalogue.TalentRdQuality, Rules.TalentFlows.EffectiveRdQuality(ctx.P, region, pool.PhdStock));

        // Flows to every other region: the accepted departures, zero where nobody left for it.
        var flowTo = new long[Regions.Count];
        var any = new bool[Regions.Count];
        foreach (var d in commit.Departures) { flowTo[d.Destination] += d.Accepted; any[d.Destination] = true; }
        foreach (var d in Regions.All)
            if (d.Index != region || any[d.Index]) Add(MetricCatalogue.TalentFlowTo[d.Index], flowTo[d.Index]);

        if (s.Region.IsHost)
        {
            Add(MetricCatalogue.RdCentresActive, t.ActiveCentres);
            Add(MetricCatalogue.RdCentresOpened, t.Opened);
            Add(MetricCatalogue.RdCentresClosed, t.Closed);
            Add(MetricCatalogue.RdCentresStaff, t.RdStaff);
        }
        Add(MetricCatalogue.FirmsActive, t.LiveFirms);
        Add(MetricCatalogue.FirmsChineseOwned, t.ChineseOwned);
        var (shareBySector, shareAll) = census.AdopterShares();
        Add(MetricCatalogue.AdoptionShare, shareAll);
        for (int sector = 0; sector < Sectors.Count; sector++) Add(MetricCatalogue.AdoptionShare, shareBySector[sector], sector);
        Add(MetricCatalogue.AdoptionNew, t.Adopted);
        if (s.Region.IsNordic)
        {
            Add(MetricCatalogue.ChinaEntryAttempts, t.ChinaAttempts);
            Add(MetricCatalogue.ChinaEntryEntered, t.ChinaEntered);
            Add(MetricCatalogue.ChinaEntryFailed, t.ChinaFailed);
            Add(MetricCatalogue.ChinaEntryExited, t.ChinaExited);
            Add(MetricCatalogue.ChinaEntryActive, census.InChina);
            Add(MetricCatalogue.ChinaEntryRevenue, census.ChinaRevenuePerTick);
        }
        return MetricBatch.From(points);
    }
}
