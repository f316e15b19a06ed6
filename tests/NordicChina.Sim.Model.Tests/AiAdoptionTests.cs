using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class AiAdoptionTests
{
    private static readonly int Manufacturing = Sectors.ByCode("manufacturing").Index;   // heavy industry
    private static readonly int Digital = Sectors.ByCode("digital").Index;               // the only non-heavy sector

    /// <summary>A firm born in <paramref name="region"/> with that region's data access (as the region grain does).</summary>
    private static Firm FirmIn(ModelParameters p, Region region, int sector, long serial = 1) => new()
    {
        Id = EntityIds.Firm(region.Index, serial),
        Region = region.Index,
        Sector = sector,
        Kind = region.IsChinese ? FirmKind.ChineseManufacturer : FirmKind.Incumbent,
        Revenue = 20,
        IndustrialData = AiAdoption.IndustrialData(p, region),
        ConsumerData = AiAdoption.ConsumerData(p, region),
    };

    private static double H(ModelParameters p, Firm firm, Region region, double share = 0, double talent = 1, double rd = 0, PolicyState? policy = null) =>
        AiAdoption.Hazard(p, firm, region, share, talent, rd, policy ?? TestWorld.Policy());

    [Fact]
    public void InitialSharesFollowTheRegionKind()
    {
        var p = TestWorld.Defaults;
        foreach (var r in Regions.All)
        {
            double expected = r.Kind switch
            {
                RegionKind.ChineseHub => p.AdoptionInitialChinese,
                RegionKind.UnitedStates => p.AdoptionInitialUs,
                _ => p.AdoptionInitialEuropean,
            };
            Assert.Equal(expected, AiAdoption.InitialShare(p, r));
        }
        Assert.True(AiAdoption.InitialShare(p, Regions.Beijing) > AiAdoption.InitialShare(p, Regions.Gsr));
    }

    [Fact]
    public void IndustrialDataIsANordicAdvantageAndConsumerDataAChineseOne()
    {
        var p = TestWorld.Defaults;
        Assert.Equal(p.IndustrialDataSwedish, AiAdoption.IndustrialData(p, Regions.Gsr));
        Assert.Equal(p.IndustrialDataSwedish, AiAdoption.IndustrialData(p, Regions.WestSweden));
        Assert.Equal(p.IndustrialDataEuropean, AiAdoption.IndustrialData(p, Regions.Germany));
        Assert.Equal(p.IndustrialDataChinese, AiAdoption.IndustrialData(p, Regions.Shenzhen));
        Assert.Equal(p.IndustrialDataUs, AiAdoption.IndustrialData(p, Regions.UnitedStates));
        Assert.Equal(p.ConsumerDataSwedish, AiAdoption.ConsumerData(p, Regions.Gsr));
        Assert.Equal(p.ConsumerDataEuropean, AiAdoption.ConsumerData(p, Regions.Finland));
        Assert.Equal(p.ConsumerDataChinese, AiAdoption.ConsumerData(p, Regions.Beijing));
        Assert.Equal(p.ConsumerDataUs, AiAdoption.ConsumerData(p, Regions.UnitedStates));

        Assert.True(AiAdoption.IndustrialData(p, Regions.Gsr) > AiAdoption.IndustrialData(p, Regions.Beijing));
        Assert.True(AiAdoption.ConsumerData(p, Regions.Beijing) > AiAdoption.ConsumerData(p, Regions.Gsr));
    }

    [Fact]
    public void RelevantDataIsConsumerForDigitalAndIndustrialForHeavyIndustry()
    {
        var p = TestWorld.Defaults;
        var none = TestWorld.Policy();
        foreach (var r in Regions.All)
        {
            Assert.Equal(AiAdoption.ConsumerData(p, r), AiAdoption.RelevantData(p, FirmIn(p, r, Digital), r, none));
            Assert.Equal(AiAdoption.IndustrialData(p, r), AiAdoption.RelevantData(p, FirmIn(p, r, Manufacturing), r, none));
        }
        // per-firm values, not region values, are what counts
        var custom = new Firm { Id = 1, Region = 0, Sector = Manufacturing, Kind = FirmKind.Startup, IndustrialData = 0.17, ConsumerData = 0.93 };
        Assert.Equal(0.17, AiAdoption.RelevantData(p, custom, Regions.Gsr, none));
    }

    [Fact]
    public void OpenDataRaisesOnlySwedishIndustrialDataCappedAtOne()
    {
        var p = TestWorld.Defaults;
        var one = TestWorld.Policy(TestWorld.Lever(PolicyLevers.OpenData, 1));
        var max = TestWorld.Policy(TestWorld.Lever(PolicyLevers.OpenData, PolicyLevers.OpenData.MaxIntensity));

        var gsr = FirmIn(p, Regions.Gsr, Manufacturing);
        Assert.Equal(p.IndustrialDataSwedish + p.OpenDataBoost, AiAdoption.RelevantData(p, gsr, Regions.Gsr, one), 12);
        Assert.True(p.IndustrialDataSwedish + p.OpenDataBoost * PolicyLevers.OpenData.MaxIntensity > 1);
        Assert.Equal(1.0, AiAdoption.RelevantData(p, gsr, Regions.WestSweden, max));

        // digital firms use consumer data: open data does nothing for them
        var digital = FirmIn(p, Regions.Gsr, Digital);
        Assert.Equal(p.ConsumerDataSwedish, AiAdoption.RelevantData(p, digital, Regions.Gsr, max));

        // non-Swedish regions are untouched
        foreach (var r in Regions.All.Where(r => !r.IsSwedish))
        {
            var f = FirmIn(p, r, Manufacturing);
            Assert.Equal(AiAdoption.IndustrialData(p, r), AiAdoption.RelevantData(p, f, r, max));
        }

        // and the hazard of a Swedish heavy-industry firm rises with it
        Assert.True(H(p, gsr, Regions.Gsr, policy: one) > H(p, gsr, Regions.Gsr));
    }

    [Fact]
    public void HazardAtTheBaselineIsInnovationTimesTheDataFactor()
    {
        var p = TestWorld.Defaults;
        var gsr = FirmIn(p, Regions.Gsr, Manufacturing);
        Assert.Equal(p.AdoptionInnovation * (1 + p.AdoptionData * p.IndustrialDataSwedish), H(p, gsr, Regions.Gsr), 12);
        Assert.Equal(
            (p.AdoptionInnovation + p.AdoptionImitation * 0.4) * (1 + p.AdoptionData * p.IndustrialDataSwedish),
            H(p, gsr, Regions.Gsr, share: 0.4), 12);
    }

    [Fact]
    public void HazardRisesWithTheAdopterShareLinearly()
    {
        var p = TestWorld.Defaults;
        var f = FirmIn(p, Regions.Finland, Manufacturing);
        double h0 = H(p, f, Regions.Finland, share: 0);
        double h3 = H(p, f, Regions.Finland, share: 0.3);
        double h6 = H(p, f, Regions.Finland, share: 0.6);
        double h1 = H(p, f, Regions.Finland, share: 1);
        Assert.True(h0 > 0, "innovation alone gives a positive hazard");
        Assert.True(h0 < h3 && h3 < h6 && h6 < h1);
        Assert.Equal(h3 - h0, h6 - h3, 12);
        // without imitation the share does not matter
        var noImitation = TestWorld.With(("adoption.imitation", 0.0));
        Assert.Equal(H(noImitation, f, Regions.Finland, share: 0), H(noImitation, f, Regions.Finland, share: 1), 12);
    }

    [Fact]
    public void HazardRisesWithRelevantData()
    {
        var p = TestWorld.Defaults;
        double Of(double industrial) => H(p, new Firm
        {
            Id = 1, Region = Regions.Germany.Index, Sector = Manufacturing, Kind = FirmKind.Incumbent, IndustrialData = industrial,
        }, Regions.Germany, share: 0.2);
        Assert.True(Of(0) < Of(0.5) && Of(0.5) < Of(1));
        Assert.Equal(Of(0) * (1 + p.AdoptionData), Of(1), 12);
        // a Swedish heavy-industry firm (industrial data 0.8) outpaces a Chinese one (0.3) at equal shares...
        var se = FirmIn(p, Regions.Gsr, Manufacturing);
        var cn = FirmIn(p, Regions.Guangdong, Manufacturing);
        Assert.True(H(p, se, Regions.Gsr, share: 0.2) > H(p, cn, Regions.Guangdong, share: 0.2));
        // ...and a Chinese digital firm (consumer data 0.9) outpaces a Swedish one (0.3)
        var seDigital = FirmIn(p, Regions.Gsr, Digital);
        var cnDigital = FirmIn(p, Regions.Beijing, Digital);
        Assert.True(H(p, cnDigital, Regions.Beijing, share: 0.2) > H(p, seDigital, Regions.Gsr, share: 0.2));
    }

    [Fact]
    public void HazardScalesWithTalentByItsElasticity()
    {
        var p = TestWorld.Defaults;
        var f = FirmIn(p, Regions.Denmark, Manufacturing);
        double one = H(p, f, Regions.Denmark, share: 0.2, talent: 1);
        Assert.Equal(one * Math.Pow(4, p.AdoptionTalent), H(p, f, Regions.Denmark, share: 0.2, talent: 4), 12);
        Assert.True(H(p, f, Regions.Denmark, share: 0.2, talent: 0.5) < one);
        Assert.Equal(0.0, H(p, f, Regions.Denmark, share: 0.2, talent: 0));
        Assert.Equal(0.0, H(p, f, Regions.Denmark, share: 0.2, talent: -1));   // clamped, never NaN
    }

    [Fact]
    public void AutomationSubsidySpeedsOnlyChineseFirms()
    {
        var p = TestWorld.Defaults;
        var off = TestWorld.Policy();
        var on = TestWorld.Policy(TestWorld.Lever(PolicyLevers.AutomationSubsidy, 2));
        foreach (var r in Regions.All)
        {
            var f = FirmIn(p, r, Manufacturing);
            double before = H(p, f, r, share: 0.3, policy: off);
            double after = H(p, f, r, share: 0.3, policy: on);
            if (r.IsChinese) Assert.Equal(before * (1 + p.AdoptionSubsidy * 2), after, 12);
            else Assert.Equal(before, after, 12);
        }
    }

    [Fact]
    public void TripleHelixSpeedsOnlySwedishFirms()
    {
        var p = TestWorld.Defaults;
        var off = TestWorld.Policy();
        var on = TestWorld.Policy(TestWorld.Lever(PolicyLevers.TripleHelix, 1.5));
        foreach (var r in Regions.All)
        {
            var f = FirmIn(p, r, Digital);   // digital: no open-data interaction
            double before = H(p, f, r, share: 0.3, policy: off);
            double after = H(p, f, r, share: 0.3, policy: on);
            if (r.IsSwedish) Assert.Equal(before * (1 + p.AdoptionTripleHelix * 1.5), after, 12);
            else Assert.Equal(before, after, 12);
        }
    }

    [Fact]
    public void ChineseRdCentreStaffSpillOverToHostFirms()
    {
        var p = TestWorld.Defaults;
        var f = FirmIn(p, Regions.Gsr, Manufacturing);
        double none = H(p, f, Regions.Gsr, share: 0.2, rd: 0);
        double thousand = H(p, f, Regions.Gsr, share: 0.2, rd: 1000);
        double twoThousand = H(p, f, Regions.Gsr, share: 0.2, rd: 2000);
        Assert.Equal(none * (1 + p.AdoptionRdSpillover), thousand, 12);
        Assert.True(twoThousand > thousand);
        var noSpillover = TestWorld.With(("adoption.rd_spillover", 0.0));
        Assert.Equal(H(noSpillover, f, Regions.Gsr, share: 0.2), H(noSpillover, f, Regions.Gsr, share: 0.2, rd: 5000), 12);
    }

    [Fact]
    public void TickProbabilityIsOneMinusExpOfHazardTimesDt()
    {
        Assert.Equal(0.0, AiAdoption.TickProbability(0, 0.25));
        Assert.Equal(1 - Math.Exp(-0.4 * 0.25), AiAdoption.TickProbability(0.4, 0.25), 12);
        Assert.True(AiAdoption.TickProbability(0.8, 0.25) > AiAdoption.TickProbability(0.4, 0.25));
        Assert.InRange(AiAdoption.TickProbability(1000, 1), 0.999, 1.0);
    }

    /// <summary>Runs the Bass process on a population of firms of one region and sector, as the region grain does:
    /// each tick, the hazard uses the adopter share at the end of the previous tick.</summary>
    private static double[] Diffuse(ModelParameters p, Region region, int sector, int firms, int years, double initialShare)
    {
        var clock = new SimClock(2020, 2020 + years - 1, 4);
        var policy = TestWorld.Policy();
        var population = Enumerable.Range(0, firms).Select(i => FirmIn(p, region, sector, i)).ToList();
        var init = new RandomStream(new StreamKey(7, 0, 0, 0, RandomPurpose.Initialisation));
        foreach (var f in population) f.AiAdopted = init.NextDouble() < initialShare;
        var shares = new double[clock.TotalTicks + 1];
        shares[0] = population.Count(f => f.AiAdopted) / (double)firms;
        var rng = new RandomStream(new StreamKey(7, 0, 0, 0, RandomPurpose.AiAdoption));
        for (int t = 0; t < clock.TotalTicks; t++)
        {
            double share = shares[t];
            foreach (var f in population)
            {
                if (f.AiAdopted) continue;
                double h = AiAdoption.Hazard(p, f, region, share, 1, 0, policy);
                rng.Reset(new StreamKey(7, 0, f.Id, t, RandomPurpose.AiAdoption));
                if (rng.Bernoulli(AiAdoption.TickProbability(h, clock.Dt))) f.AiAdopted = true;
            }
            shares[t + 1] = population.Count(f => f.AiAdopted) / (double)firms;
        }
        return shares;
    }

    [Fact]
    public void DiffusionIsMonotoneAndImitationSpeedsIt()
    {
        var p = TestWorld.Defaults;
        var bass = Diffuse(p, Regions.Gsr, Manufacturing, 1000, 20, 0.12);
        for (int t = 1; t < bass.Length; t++) Assert.True(bass[t] >= bass[t - 1], "adoption is never undone");
        Assert.InRange(bass[0], 0.09, 0.15);
        Assert.True(bass[^1] > 0.9, $"after 20 years most firms have adopted ({bass[^1]:F3})");

        var innovationOnly = Diffuse(TestWorld.With(("adoption.imitation", 0.0)), Regions.Gsr, Manufacturing, 1000, 20, 0.12);
        Assert.True(bass[40] > innovationOnly[40] + 0.2, $"{bass[40]} vs {innovationOnly[40]}");

        // with innovation only, the share follows 1 - (1 - F0) exp(-h t) closely
        double h = p.AdoptionInnovation * (1 + p.AdoptionData * p.IndustrialDataSwedish);
        double expected = 1 - (1 - innovationOnly[0]) * Math.Exp(-h * 10);
        Assert.InRange(innovationOnly[40], expected - 0.04, expected + 0.04);
    }

    [Fact]
    public void SwedishHeavyIndustryOutpacesChineseHeavyIndustryFromEqualStarts()
    {
        var p = TestWorld.Defaults;
        var se = Diffuse(p, Regions.Gsr, Manufacturing, 800, 5, 0.12);
        var cn = Diffuse(p, Regions.Guangdong, Manufacturing, 800, 5, 0.12);
        double seGain = se[^1] - se[0], cnGain = cn[^1] - cn[0];
        Assert.True(seGain > cnGain, $"SE +{seGain:F3}, CN +{cnGain:F3}");
    }
}
