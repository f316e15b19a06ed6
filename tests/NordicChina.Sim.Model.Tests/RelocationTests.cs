using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class RelocationTests
{
    private static readonly SimClock Clock = new(2020, 2040, 4);
    private static readonly int Manufacturing = Sectors.ByCode("manufacturing").Index;

    private static Firm Firm(FirmKind kind = FirmKind.Incumbent, bool chineseOwned = true, int sector = -1) => new()
    {
        Id = EntityIds.Firm(0, 1), Region = 0, Sector = sector < 0 ? Manufacturing : sector, Kind = kind,
        Revenue = 20, HighSkill = 100, LowSkill = 300, ChineseOwned = chineseOwned,
    };

    [Fact]
    public void OnlyChineseOwnedNonChineseFirmsCanRelocate()
    {
        var p = TestWorld.Defaults;
        double expected = Clock.PerTick(p.RelocationHazard * p.SectorRelocation[Manufacturing]);
        Assert.True(expected > 0);
        Assert.Equal(expected, Relocation.Probability(p, Firm(), Clock), 12);
        Assert.Equal(expected, Relocation.Probability(p, Firm(FirmKind.Startup), Clock), 12);
        Assert.Equal(0.0, Relocation.Probability(p, Firm(chineseOwned: false), Clock));
        foreach (var kind in new[] { FirmKind.ChineseChampion, FirmKind.ChineseManufacturer, FirmKind.ChineseStartup })
        {
            Assert.Equal(0.0, Relocation.Probability(p, Firm(kind, chineseOwned: true), Clock));
            Assert.Equal(0.0, Relocation.Probability(p, Firm(kind, chineseOwned: false), Clock));
        }
    }

    [Fact]
    public void ProbabilityScalesWithSectorSusceptibility()
    {
        var p = TestWorld.Defaults;
        int digital = Sectors.ByCode("digital").Index;
        Assert.True(p.SectorRelocation[Manufacturing] > p.SectorRelocation[digital]);
        Assert.True(Relocation.Probability(p, Firm(), Clock) > Relocation.Probability(p, Firm(sector: digital), Clock));
        var never = TestWorld.With(("sector.manufacturing.relocation", 0.0));
        Assert.Equal(0.0, Relocation.Probability(never, Firm(), Clock));
    }

    [Fact]
    public void ApplyRemovesTheCataloguedSharesOnce()
    {
        var p = TestWorld.Defaults;
        var firm = Firm();
        var (low, high) = Relocation.Apply(p, firm);
        Assert.Equal((long)Math.Round(300 * p.RelocationLowShare), low);
        Assert.Equal((long)Math.Round(100 * p.RelocationHighShare), high);
        Assert.Equal(300 - low, firm.LowSkill);
        Assert.Equal(100 - high, firm.HighSkill);
        Assert.True(firm.Relocated);
        // a relocated firm cannot relocate again
        Assert.Equal(0.0, Relocation.Probability(p, firm, Clock));
        // and it no longer wants back the high-skill jobs it moved
        long before = (long)Math.Round(p.HighSkillPerEurM * firm.Revenue);
        Assert.Equal((long)Math.Round(p.HighSkillPerEurM * firm.Revenue * (1 - p.RelocationHighShare)), FirmDynamics.WantedHighSkill(p, firm));
        Assert.True(FirmDynamics.WantedHighSkill(p, firm) < before);
    }
}
