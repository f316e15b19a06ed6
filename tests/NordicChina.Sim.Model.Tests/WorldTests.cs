using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class WorldTests
{
    [Fact]
    public void ClockConvertsTicksAndAnnualProbabilities()
    {
        var clock = new SimClock(2020, 2040, 4);
        Assert.Equal(84, clock.TotalTicks);
        Assert.Equal(2020, clock.YearOf(0));
        Assert.Equal(2020, clock.YearOf(3));
        Assert.Equal(2021, clock.YearOf(4));
        Assert.Equal(2040, clock.YearOf(83));
        Assert.Equal(3, clock.PeriodOf(6));
        Assert.True(clock.IsLastOfYear(7) && !clock.IsLastOfYear(8));
        Assert.Equal(2021.5, clock.TimeOf(6), 12);
        double perTick = clock.PerTick(0.1);
        Assert.Equal(0.1, 1 - Math.Pow(1 - perTick, 4), 12);
        Assert.Equal(1.0, clock.PerTick(1.0));
        Assert.Equal(1.0, clock.PerTick(3.0));
        Assert.Equal(0.0, clock.PerTick(-0.5));
    }

    [Fact]
    public void EntityIdsAreUniqueAndCarryTheirRegion()
    {
        var ids = new HashSet<long>();
        foreach (var r in Regions.All)
            for (long s = 0; s < 50; s++)
            {
                long firm = EntityIds.Firm(r.Index, s), centre = EntityIds.RdCentre(r.Index, s);
                Assert.True(ids.Add(firm) && ids.Add(centre));
                Assert.Equal(r.Index, EntityIds.RegionOfFirm(firm));
                Assert.Equal(r.Index, EntityIds.RegionOfFirm(centre));
            }
        for (int i = 0; i < 10; i++)
        {
            Assert.True(ids.Add(EntityIds.Fund(i)));
            Assert.True(ids.Add(EntityIds.Region(i)));
            Assert.True(ids.Add(EntityIds.Country(i)));
        }
    }

    [Fact]
    public void RegionsAndSectorsAreInCanonicalOrder()
    {
        for (int i = 0; i < Regions.Count; i++) Assert.Equal(i, Regions.All[i].Index);
        for (int i = 0; i < Sectors.Count; i++) Assert.Equal(i, Sectors.All[i].Index);
        Assert.Equal(9, Regions.Hosts.Count);
        Assert.Equal(["BJS", "SZX", "GDM"], Regions.ChineseHubs.Select(r => r.Code));
        Assert.Same(Regions.Gsr, Regions.ByCode("gsr"));
        Assert.False(Regions.TryByCode("XYZ", out _));
        Assert.Throws<ArgumentException>(() => Regions.ByCode("XYZ"));
        Assert.Single(Sectors.All, s => !s.HeavyIndustry);
        Assert.Throws<ArgumentException>(() => Countries.IndexOf("JP"));
        foreach (var r in Regions.All) Assert.Contains(r.Country, Countries.All);
    }

    [Fact]
    public void PopulationScalesWithTheMultiplier()
    {
        var p = TestWorld.Defaults;
        long firms = Regions.All.Sum(r => Population.FirmsIn(p, r));
        Assert.Equal(7588, firms);   // the catalogue's default counts (start-ups per the report's 2017 development metrics; calibrated US, German and West Swedish incumbents)
        Assert.Equal(109, Population.Funds(p));   // 79 Chinese (calibrated) and 30 others
        Assert.Equal(firms + 109 + Regions.Count + Countries.All.Count, Population.InitialAgents(p));
        Assert.Equal(Population.InitialAgents(p) * Population.BytesPerAgent, Population.EstimatedBytes(p));
        var half = TestWorld.With(("population.scale", 0.5));
        Assert.InRange(Regions.All.Sum(r => Population.FirmsIn(half, r)), firms / 2 - 30, firms / 2 + 30);
        Assert.Equal(5, Population.Scaled(500, 0.01));
        Assert.Equal(2, Population.Scaled(7, 0.3));
        Assert.Equal(0, Population.Scaled(0, 1000));
    }
}
