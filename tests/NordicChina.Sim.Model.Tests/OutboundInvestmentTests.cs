using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class OutboundInvestmentTests
{
    private const int Modes = OutboundInvestment.Modes;
    private static readonly int Manufacturing = Sectors.ByCode("manufacturing").Index;
    private static int HostSlot(Region r) => Regions.Hosts.ToList().IndexOf(r);

    private static double[] Joint(ModelParameters p, WorldView w, int sector)
    {
        int hosts = Regions.Hosts.Count;
        var v = new double[hosts];
        var m = new double[hosts * Modes];
        var joint = new double[hosts * Modes];
        OutboundInvestment.Utilities(p, sector, w, v, m);
        Assert.True(NestedLogit.Probabilities(v, m, Modes, p.NestLambda, joint));
        return joint;
    }

    private static double HostShare(double[] joint, Region host) =>
        joint[HostSlot(host) * Modes] + joint[HostSlot(host) * Modes + 1] + joint[HostSlot(host) * Modes + 2];

    private static double Hazard(FirmKind kind = FirmKind.ChineseChampion, double gap = 0, params PolicySetting[] settings) =>
        OutboundInvestment.AnnualHazard(TestWorld.Defaults, kind, ReferenceSector, gap, TestWorld.Policy(settings));

    /// <summary>A sector whose value added equals the reference, so the hazard is the kind's base rate.</summary>
    private static int ReferenceSector => Sectors.ByCode("digital").Index;

    [Fact]
    public void HazardIsTheKindsBaseRateAtGoingOutOne()
    {
        var p = TestWorld.Defaults;
        Assert.Equal(p.HazardChampion, Hazard(FirmKind.ChineseChampion), 12);
        Assert.Equal(p.HazardManufacturer, Hazard(FirmKind.ChineseManufacturer), 12);
        Assert.Equal(p.HazardStartup, Hazard(FirmKind.ChineseStartup), 12);
        Assert.Equal(0.0, Hazard(FirmKind.Incumbent));
        Assert.Equal(0.0, Hazard(FirmKind.Startup));
    }

    [Fact]
    public void HazardScalesLinearlyWithGoingOut()
    {
        double one = Hazard();
        Assert.Equal(0.0, Hazard(settings: TestWorld.Lever(PolicyLevers.GoingOut, 0)));
        Assert.Equal(2 * one, Hazard(settings: TestWorld.Lever(PolicyLevers.GoingOut, 2)), 12);
        Assert.Equal(3.5 * one, Hazard(settings: TestWorld.Lever(PolicyLevers.GoingOut, 3.5)), 12);
    }

    [Theory]
    [InlineData("capital_controls", "outbound.capital_controls_effect")]
    [InlineData("trade_conflict", "outbound.trade_conflict_effect")]
    [InlineData("pandemic", "outbound.pandemic_effect")]
    public void BrakesCutTheHazardByTheirEffectTimesIntensity(string lever, string effect)
    {
        PolicyLevers.TryByName(lever, out var l);
        double one = Hazard();
        double half = Hazard(settings: TestWorld.Lever(l, 0.5));
        double full = Hazard(settings: TestWorld.Lever(l, 1));
        double e = ParameterSet.Defaults[effect];
        Assert.True(full < half && half < one);
        Assert.Equal(one * (1 - e * 0.5), half, 12);
        Assert.Equal(one * (1 - e), full, 12);
        // never negative, even when effect x intensity exceeds 1
        double strongest = OutboundInvestment.AnnualHazard(TestWorld.With((effect, 1.0)), FirmKind.ChineseChampion, ReferenceSector, 0,
            TestWorld.Policy(TestWorld.Lever(l, l.MaxIntensity)));
        Assert.True(strongest >= 0);
    }

    [Fact]
    public void HazardRisesWithTheSectorGapOnlyWhenTheWestLeads()
    {
        double none = Hazard(gap: 0);
        Assert.True(Hazard(gap: 0.2) > none);
        Assert.True(Hazard(gap: 0.4) > Hazard(gap: 0.2));
        Assert.Equal(none * (1 + TestWorld.Defaults.GapMotive * 0.3), Hazard(gap: 0.3), 12);
        Assert.Equal(none, Hazard(gap: -0.3), 12);
    }

    [Fact]
    public void TickProbabilityIsTheExponentialOfTheHazard()
    {
        Assert.Equal(1 - Math.Exp(-0.3 * 0.25), OutboundInvestment.TickProbability(0.3, 0.25), 12);
        Assert.Equal(0.0, OutboundInvestment.TickProbability(0, 0.25));
        Assert.True(OutboundInvestment.TickProbability(100, 1) < 1.0 + 1e-15);
    }

    [Fact]
    public void UtilitiesMarkUnavailableModesAsNaN()
    {
        var p = TestWorld.Defaults;
        var w = TestWorld.View(p);
        int gsr = Regions.Gsr.Index;
        w.Acquirable[gsr * Sectors.Count + Manufacturing] = 0;
        w.EquityEligible[gsr] = 0;
        var v = new double[Regions.Hosts.Count];
        var m = new double[Regions.Hosts.Count * Modes];
        OutboundInvestment.Utilities(p, Manufacturing, w, v, m);
        int slot = HostSlot(Regions.Gsr);
        Assert.True(double.IsNaN(m[slot * Modes + (int)InvestmentMode.Acquisition]));
        Assert.True(double.IsNaN(m[slot * Modes + (int)InvestmentMode.Equity]));
        Assert.False(double.IsNaN(m[slot * Modes + (int)InvestmentMode.GreenfieldRdCentre]));
        Assert.False(double.IsNaN(m[HostSlot(Regions.Finland) * Modes + (int)InvestmentMode.Acquisition]));
        // a fund (sector -1) never acquires
        OutboundInvestment.Utilities(p, -1, w, v, m);
        for (int j = 0; j < Regions.Hosts.Count; j++) Assert.True(double.IsNaN(m[j * Modes + (int)InvestmentMode.Acquisition]));
    }

    [Fact]
    public void HigherIpProtectionRaisesTheHostsShare()
    {
        var before = Joint(TestWorld.Defaults, TestWorld.View(TestWorld.Defaults), Manufacturing);
        var better = TestWorld.With(("region.FIN.ip_protection", 1.0));
        var after = Joint(better, TestWorld.View(better), Manufacturing);
        Assert.True(HostShare(after, Regions.Finland) > HostShare(before, Regions.Finland));
        Assert.True(HostShare(after, Regions.Gsr) < HostShare(before, Regions.Gsr));
    }

    [Fact]
    public void IpProtectionLeverRaisesTheScoreOnlyInItsHostCappedAtOne()
    {
        var p = TestWorld.Defaults;
        int deu = Regions.Germany.Index;
        var none = TestWorld.Policy();
        var half = TestWorld.Policy(TestWorld.Lever(PolicyLevers.IpProtection, 0.5, "DEU"));
        var full = TestWorld.Policy(TestWorld.Lever(PolicyLevers.IpProtection, 1, "DEU"));
        foreach (var r in Regions.All)
            Assert.Equal(p.IpProtection[r.Index], OutboundInvestment.EffectiveIpProtection(p, r.Index, none), 12);
        Assert.Equal(p.IpProtection[deu] + p.IpProtectionEffect * 0.5, OutboundInvestment.EffectiveIpProtection(p, deu, half), 12);
        Assert.True(p.IpProtection[deu] + p.IpProtectionEffect > 1);
        Assert.Equal(1.0, OutboundInvestment.EffectiveIpProtection(p, deu, full));
        foreach (var r in Regions.All.Where(r => r.Index != deu))
            Assert.Equal(p.IpProtection[r.Index], OutboundInvestment.EffectiveIpProtection(p, r.Index, full), 12);
    }

    [Fact]
    public void IpProtectionLeverRaisesTheHostsChoiceProbability()
    {
        var p = TestWorld.Defaults;
        var before = Joint(p, TestWorld.View(p), Manufacturing);
        var after = Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.IpProtection, 0.5, "DEU"))), Manufacturing);
        Assert.True(HostShare(after, Regions.Germany) > HostShare(before, Regions.Germany));
        foreach (var other in Regions.Hosts.Where(r => r != Regions.Germany))
            Assert.True(HostShare(after, other) < HostShare(before, other), other.Code);
    }

    [Fact]
    public void IpProtectionLeverGainsNothingBeyondAPerfectScore()
    {
        // FIN already scores 0.9: at effect 0.2, intensity 0.5 already reaches 1, so intensity 1 adds nothing
        var p = TestWorld.Defaults;
        Assert.True(p.IpProtection[Regions.Finland.Index] + p.IpProtectionEffect * 0.5 >= 1);
        var half = Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.IpProtection, 0.5, "FIN"))), Manufacturing);
        var full = Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.IpProtection, 1, "FIN"))), Manufacturing);
        for (int k = 0; k < half.Length; k++) Assert.Equal(half[k], full[k], 12);
        // and it equals setting the region's score to 1 directly
        var perfect = TestWorld.With(("region.FIN.ip_protection", 1.0));
        var direct = Joint(perfect, TestWorld.View(perfect), Manufacturing);
        for (int k = 0; k < half.Length; k++) Assert.Equal(direct[k], full[k], 12);
    }

    [Fact]
    public void TripleHelixRaisesCollaborationOnlyInSwedishRegionsCappedAtOne()
    {
        var p = TestWorld.Defaults;
        var none = TestWorld.Policy();
        var one = TestWorld.Policy(TestWorld.Lever(PolicyLevers.TripleHelix, 1));
        var max = TestWorld.Policy(TestWorld.Lever(PolicyLevers.TripleHelix, PolicyLevers.TripleHelix.MaxIntensity));
        foreach (var r in Regions.All)
        {
            double c = p.Collaboration[r.Index];
            Assert.Equal(c, OutboundInvestment.EffectiveCollaboration(p, r, none), 12);
            if (r.IsSwedish)
            {
                Assert.Equal(Math.Min(1, c + p.TripleHelixCollaboration), OutboundInvestment.EffectiveCollaboration(p, r, one), 12);
                Assert.Equal(1.0, OutboundInvestment.EffectiveCollaboration(p, r, max));
            }
            else
            {
                Assert.Equal(c, OutboundInvestment.EffectiveCollaboration(p, r, one), 12);
                Assert.Equal(c, OutboundInvestment.EffectiveCollaboration(p, r, max), 12);
            }
        }
        Assert.True(p.Collaboration[Regions.Gsr.Index] + p.TripleHelixCollaboration < 1, "intensity 1 is below the cap in GSR");
    }

    [Fact]
    public void TripleHelixRaisesTheSwedishHostsShares()
    {
        var p = TestWorld.Defaults;
        var before = Joint(p, TestWorld.View(p), Manufacturing);
        var after = Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.TripleHelix, 1))), Manufacturing);
        Assert.True(HostShare(after, Regions.Gsr) > HostShare(before, Regions.Gsr));
        Assert.True(HostShare(after, Regions.WestSweden) > HostShare(before, Regions.WestSweden));
        foreach (var other in Regions.Hosts.Where(r => !r.IsSwedish))
            Assert.True(HostShare(after, other) < HostShare(before, other), other.Code);
    }

    [Fact]
    public void HazardScalesWithTheSectorsValueAddedByItsElasticity()
    {
        var p = TestWorld.Defaults;
        var policy = TestWorld.Policy();
        int energy = Sectors.ByCode("energy").Index, telecom = Sectors.ByCode("telecom").Index;
        double reference = OutboundInvestment.AnnualHazard(p, FirmKind.ChineseChampion, ReferenceSector, 0, policy);
        Assert.Equal(p.ValueAddedReference, p.SectorValueAdded[ReferenceSector], 12);
        foreach (var s in Sectors.All)
        {
            double expected = p.HazardChampion * Math.Pow(p.SectorValueAdded[s.Index] / p.ValueAddedReference, p.ValueAddedElasticity);
            Assert.Equal(expected, OutboundInvestment.AnnualHazard(p, FirmKind.ChineseChampion, s.Index, 0, policy), 12);
        }
        Assert.True(OutboundInvestment.AnnualHazard(p, FirmKind.ChineseChampion, energy, 0, policy) > reference, "energy is prioritised abroad");
        Assert.True(OutboundInvestment.AnnualHazard(p, FirmKind.ChineseChampion, telecom, 0, policy) < reference);
        // elasticity zero: value added does not matter
        var flat = TestWorld.With(("outbound.value_added_elasticity", 0.0));
        foreach (var s in Sectors.All)
            Assert.Equal(flat.HazardChampion, OutboundInvestment.AnnualHazard(flat, FirmKind.ChineseChampion, s.Index, 0, policy), 12);
    }

    [Fact]
    public void HigherRdQualityRaisesTheHostsShare()
    {
        var p = TestWorld.Defaults;
        var w = TestWorld.View(p);
        var before = Joint(p, w, Manufacturing);
        w.RdQuality[Regions.Gsr.Index] += 0.1;
        var after = Joint(p, w, Manufacturing);
        Assert.True(HostShare(after, Regions.Gsr) > HostShare(before, Regions.Gsr));
    }

    [Fact]
    public void RdQualityAndIpWeighMoreThanCost()
    {
        // The same 0.1 improvement in each factor of Finland: quality and IP (Thursby & Thursby's first factors)
        // must move the host share more than a 0.1 cut in relative labour cost.
        var p = TestWorld.Defaults;
        double baseShare = HostShare(Joint(p, TestWorld.View(p), Manufacturing), Regions.Finland);

        var wq = TestWorld.View(p);
        wq.RdQuality[Regions.Finland.Index] += 0.1;
        double quality = HostShare(Joint(p, wq, Manufacturing), Regions.Finland) - baseShare;

        var ip = TestWorld.With(("region.FIN.ip_protection", p.IpProtection[Regions.Finland.Index] + 0.1));
        double ipGain = HostShare(Joint(ip, TestWorld.View(ip), Manufacturing), Regions.Finland) - baseShare;

        double cheaperVa = p.ValueAddedPerWorker[Regions.Finland.Index] - 0.1 * p.ValueAddedPerWorker[Regions.Gsr.Index];
        var cheap = TestWorld.With(("region.FIN.value_added_per_worker", cheaperVa));
        double costGain = HostShare(Joint(cheap, TestWorld.View(cheap), Manufacturing), Regions.Finland) - baseShare;

        Assert.True(costGain > 0, "a cheaper host must be (slightly) more attractive");
        Assert.True(quality > 5 * costGain, $"quality {quality} vs cost {costGain}");
        Assert.True(ipGain > 5 * costGain, $"ip {ipGain} vs cost {costGain}");
    }

    [Fact]
    public void ScreeningLowersTheAcquisitionShareAtTheScreeningHost()
    {
        var p = TestWorld.Defaults;
        var open = Joint(p, TestWorld.View(p), Manufacturing);
        var screened = Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.FdiScreening, 1, "GSR"))), Manufacturing);
        int gsr = HostSlot(Regions.Gsr), fin = HostSlot(Regions.Finland);
        double AcqShare(double[] j, int slot) => j[slot * Modes] / (j[slot * Modes] + j[slot * Modes + 1] + j[slot * Modes + 2]);
        // Within the host's nest the acquisition odds fall by exactly exp(-penalty x sensitivity / lambda), whatever the
        // calibrated defaults (at the fifth and sixth calibrations' defaults that more than halved the share).
        double Odds(double share) => share / (1 - share);
        double deterrence = p.ScreeningPenalty * p.SectorSensitivity[Manufacturing];
        Assert.True(deterrence > 0.5, $"deterrence {deterrence}");
        Assert.Equal(Math.Exp(-deterrence / p.NestLambda), Odds(AcqShare(screened, gsr)) / Odds(AcqShare(open, gsr)), 9);
        Assert.True(AcqShare(screened, gsr) < AcqShare(open, gsr));
        Assert.True(screened[gsr * Modes] < open[gsr * Modes]);
        Assert.True(HostShare(screened, Regions.Gsr) < HostShare(open, Regions.Gsr));
        // an unscreened host is untouched in its mode split and gains overall
        Assert.Equal(AcqShare(open, fin), AcqShare(screened, fin), 12);
        Assert.True(HostShare(screened, Regions.Finland) > HostShare(open, Regions.Finland));
    }

    [Fact]
    public void ScreeningOfAnInsensitiveSectorHasNoEffect()
    {
        var p = TestWorld.With(("sector.manufacturing.sensitivity", 0.0));
        var open = Joint(p, TestWorld.View(p), Manufacturing);
        var screened = Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.FdiScreening, 1, "GSR"))), Manufacturing);
        for (int k = 0; k < open.Length; k++) Assert.Equal(open[k], screened[k], 12);
    }

    [Fact]
    public void TradeConflictLowersTheUsShare()
    {
        var p = TestWorld.Defaults;
        double before = HostShare(Joint(p, TestWorld.View(p), Manufacturing), Regions.UnitedStates);
        double half = HostShare(Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.TradeConflict, 0.5))), Manufacturing), Regions.UnitedStates);
        double full = HostShare(Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.TradeConflict, 1))), Manufacturing), Regions.UnitedStates);
        Assert.True(half < before && full < half, $"{before} {half} {full}");
    }

    [Fact]
    public void TreatyRaisesAcquisitionAndEquityInTheTreatyHost()
    {
        var p = TestWorld.Defaults;
        var before = Joint(p, TestWorld.View(p), Manufacturing);
        var after = Joint(p, TestWorld.View(p, TestWorld.Policy(TestWorld.Lever(PolicyLevers.EuChinaTreaty, 1, "DEU"))), Manufacturing);
        Assert.True(HostShare(after, Regions.Germany) > HostShare(before, Regions.Germany));
    }

    [Fact]
    public void ChooseFollowsTheJointProbabilities()
    {
        var p = TestWorld.Defaults;
        var w = TestWorld.View(p);
        var joint = Joint(p, w, Manufacturing);
        foreach (double u in new[] { 0.0, 0.13, 0.5, 0.77, 0.999 })
        {
            int k = NestedLogit.Pick(joint, u);
            var choice = OutboundInvestment.Choose(p, Manufacturing, w, u);
            Assert.NotNull(choice);
            Assert.Equal(Regions.Hosts[k / Modes].Index, choice.Value.Region);
            Assert.Equal((InvestmentMode)(k % Modes), choice.Value.Mode);
            Assert.True(Regions.All[choice.Value.Region].IsHost);
        }
        Assert.Equal((Regions.Gsr.Index, InvestmentMode.Acquisition), OutboundInvestment.Choose(p, Manufacturing, w, 0.0));
    }
}
