using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class WindowOfOpportunityTests
{
    [Fact]
    public void GapIsSwedenMinusChina()
    {
        Assert.Equal(0.3, WindowOfOpportunity.Gap(0.9, 0.6), 12);
        Assert.Equal(-0.25, WindowOfOpportunity.Gap(0.7, 0.95), 12);
    }

    [Fact]
    public void WindowIsOpenOnlyAboveTheThreshold()
    {
        Assert.True(WindowOfOpportunity.IsOpen(0.10, 0.05));
        Assert.False(WindowOfOpportunity.IsOpen(0.05, 0.05));
        Assert.False(WindowOfOpportunity.IsOpen(0.01, 0.05));
        Assert.False(WindowOfOpportunity.IsOpen(-0.2, 0.05));
        Assert.True(WindowOfOpportunity.IsOpen(0.01, 0));
    }

    [Fact]
    public void ClosingYearIsTheFirstYearSeenShutAndIsKept()
    {
        int? closing = null;
        closing = WindowOfOpportunity.UpdateClosingYear(closing, 0.2, 0.05, 2020);
        Assert.Null(closing);
        closing = WindowOfOpportunity.UpdateClosingYear(closing, 0.06, 0.05, 2025);
        Assert.Null(closing);
        closing = WindowOfOpportunity.UpdateClosingYear(closing, 0.04, 0.05, 2031);
        Assert.Equal(2031, closing);
        closing = WindowOfOpportunity.UpdateClosingYear(closing, 0.01, 0.05, 2032);
        Assert.Equal(2031, closing);
        // the gap re-opening does not erase the record
        closing = WindowOfOpportunity.UpdateClosingYear(closing, 0.5, 0.05, 2033);
        Assert.Equal(2031, closing);
    }

    [Fact]
    public void HeavyIndustryGapIsTheMeanOverHeavySectorsOnly()
    {
        var se = new double[Sectors.Count];
        var cn = new double[Sectors.Count];
        foreach (var s in Sectors.All)
        {
            se[s.Index] = 0.9;
            cn[s.Index] = s.HeavyIndustry ? 0.9 - 0.01 * (s.Index + 1) : 0.0;   // digital gap huge, must be ignored
        }
        int heavy = Sectors.All.Count(s => s.HeavyIndustry);
        double expected = Sectors.All.Where(s => s.HeavyIndustry).Sum(s => 0.01 * (s.Index + 1)) / heavy;
        Assert.Equal(expected, WindowOfOpportunity.HeavyIndustryGap(se, cn), 12);
        Assert.False(Sectors.ByCode("digital").HeavyIndustry);
    }

    [Fact]
    public void DefaultCapabilitiesGiveAnOpenHeavyWindowAndAClosedDigitalOne()
    {
        var p = TestWorld.Defaults;
        double heavyGap = WindowOfOpportunity.HeavyIndustryGap(p.InitialCapabilitySe, p.InitialCapabilityCn);
        Assert.True(WindowOfOpportunity.IsOpen(heavyGap, p.WindowThreshold));
        int digital = Sectors.ByCode("digital").Index;
        Assert.False(WindowOfOpportunity.IsOpen(WindowOfOpportunity.Gap(p.InitialCapabilitySe[digital], p.InitialCapabilityCn[digital]), p.WindowThreshold));
    }
}
