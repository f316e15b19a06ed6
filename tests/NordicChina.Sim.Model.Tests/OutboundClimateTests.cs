using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

/// <summary>Mechanism 2a: the policy climate outbound deals respond to, with its completion lag, and the capital
/// controls' tilt away from acquisitions.</summary>
public class OutboundClimateTests
{
    private static readonly SimClock Clock = new(2016, 2019, 4);

    // Going Out 1.6 in 2016, then 1.0 with capital controls at 0.5 from 2017.
    private static readonly PolicySetting[] Settings =
    [
        new("going_out", 2016, 2016, 1.6, []),
        new("going_out", 2017, 2019, 1.0, []),
        new("capital_controls", 2017, 2019, 0.5, []),
    ];

    [Fact]
    public void InstantClimateIsTheProductOfTheLevers()
    {
        var p = TestWorld.With(("outbound.capital_controls_effect", 0.6), ("outbound.trade_conflict_effect", 0.5), ("outbound.pandemic_effect", 0.4));
        var policy = TestWorld.Policy(TestWorld.Lever(PolicyLevers.GoingOut, 1.5), TestWorld.Lever(PolicyLevers.CapitalControls, 0.5),
            TestWorld.Lever(PolicyLevers.TradeConflict, 1.0), TestWorld.Lever(PolicyLevers.Pandemic, 0.5));
        Assert.Equal(1.5 * (1 - 0.3) * (1 - 0.5) * (1 - 0.2), OutboundClimate.Instant(p, policy), 12);
    }

    [Fact]
    public void WithoutLagTheClimateFollowsTheLeversAtOnce()
    {
        var p = TestWorld.With(("outbound.completion_lag_years", 0.0), ("outbound.capital_controls_effect", 0.7));
        var path = OutboundClimate.Path(p, Settings, Clock);
        Assert.Equal(16, path.Length);
        for (int t = 0; t < 4; t++) Assert.Equal(1.6, path[t], 12);
        for (int t = 4; t < 16; t++) Assert.Equal(1.0 * (1 - 0.35), path[t], 12);
    }

    [Fact]
    public void WithALagTheBrakesCloseTheGapGeometricallyWhileGoingOutActsAtOnce()
    {
        double tau = 0.75;
        var p = TestWorld.With(("outbound.completion_lag_years", tau), ("outbound.capital_controls_effect", 0.7));
        var path = OutboundClimate.Path(p, Settings, Clock);
        double a = 1 - Math.Exp(-0.25 / tau);
        double brake = 1 - 0.35;
        for (int t = 0; t < 4; t++) Assert.Equal(1.6, path[t], 12);   // 2016: the boom, no brake
        for (int t = 4; t < 16; t++)
        {
            // Going Out falls to 1.0 at once (it is a series of completed deals already); the capital controls' brake
            // closes its gap geometrically: after k quarters 1 - (1 - brake) (1 - (1 - a)^k) of the old climate remains.
            double expected = 1.0 * (brake + (1 - brake) * Math.Pow(1 - a, t - 3));
            Assert.Equal(expected, path[t], 12);
        }
        // After one year about exp(-1/tau) of the brake's gap remains: deals agreed before the controls still close.
        Assert.Equal(Math.Exp(-1 / tau), (path[7] - brake) / (1 - brake), 9);
        Assert.True(path[4] > path[5] && path[15] > brake);
        Assert.Equal(1.0, path[4] / (brake + (1 - brake) * (1 - a)), 12);   // the drop from 1.6 to 1.0 is not smeared
    }

    [Fact]
    public void AChangeOfGoingOutAloneIsNotLagged()
    {
        var p = TestWorld.With(("outbound.completion_lag_years", 1.5));
        PolicySetting[] boom = [new("going_out", 2016, 2016, 0.6, []), new("going_out", 2017, 2017, 1.6, []), new("going_out", 2018, 2019, 1.0, [])];
        var path = OutboundClimate.Path(p, boom, Clock);
        for (int t = 0; t < 16; t++) Assert.Equal(t < 4 ? 0.6 : t < 8 ? 1.6 : 1.0, path[t], 12);
    }

    [Fact]
    public void HazardScalesWithTheClimate()
    {
        var p = TestWorld.Defaults;
        int sector = Sectors.ByCode("digital").Index;
        double one = OutboundInvestment.AnnualHazard(p, FirmKind.ChineseChampion, sector, 0, 1.0);
        Assert.Equal(0.4 * one, OutboundInvestment.AnnualHazard(p, FirmKind.ChineseChampion, sector, 0, 0.4), 12);
        Assert.Equal(OutboundInvestment.AnnualHazard(p, FirmKind.ChineseChampion, sector, 0, TestWorld.Policy()), one, 12);
    }

    [Fact]
    public void CapitalControlsLowerOnlyTheAcquisitionUtility()
    {
        var p = TestWorld.With(("mode.capital_controls_penalty", 1.5));
        int sector = Sectors.ByCode("manufacturing").Index;
        int hosts = Regions.Hosts.Count;
        double[] Modes(double intensity)
        {
            var w = TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.CapitalControls, intensity)));
            var v = new double[hosts];
            var m = new double[hosts * OutboundInvestment.Modes];
            OutboundInvestment.Utilities(p, sector, w, v, m);
            return m;
        }
        var free = Modes(0);
        var controlled = Modes(0.5);
        for (int j = 0; j < hosts; j++)
        {
            int k = j * OutboundInvestment.Modes;
            Assert.Equal(free[k + (int)InvestmentMode.Acquisition] - 0.75, controlled[k + (int)InvestmentMode.Acquisition], 12);
            Assert.Equal(free[k + (int)InvestmentMode.GreenfieldRdCentre], controlled[k + (int)InvestmentMode.GreenfieldRdCentre], 12);
            Assert.Equal(free[k + (int)InvestmentMode.Equity], controlled[k + (int)InvestmentMode.Equity], 12);
        }
    }
}
