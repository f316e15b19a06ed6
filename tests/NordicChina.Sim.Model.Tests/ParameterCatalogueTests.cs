using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class ParameterCatalogueTests
{
    [Fact]
    public void NamesAreUnique()
    {
        var duplicates = ParameterCatalogue.All.GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.True(ParameterCatalogue.All.Count > 100);
    }

    [Fact]
    public void EveryDefaultIsInsideItsRange()
    {
        foreach (var p in ParameterCatalogue.All)
        {
            Assert.True(p.Min <= p.Max, $"{p.Name}: min {p.Min} > max {p.Max}");
            Assert.True(p.Default >= p.Min && p.Default <= p.Max, $"{p.Name}: default {p.Default} outside [{p.Min}, {p.Max}]");
            Assert.Null(p.Check(p.Default));
        }
    }

    [Fact]
    public void EverySourceIsAnAssumptionOrCitesTheReportOrPublishedWorkOrTheCalibration()
    {
        foreach (var p in ParameterCatalogue.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Source), $"{p.Name} has no source");
            bool cites = p.Source.StartsWith("assumption", StringComparison.OrdinalIgnoreCase)
                         || p.Source.Contains("report", StringComparison.OrdinalIgnoreCase)
                         || p.Source.StartsWith("calibrated", StringComparison.OrdinalIgnoreCase)
                         || System.Text.RegularExpressions.Regex.IsMatch(p.Source, @"\((19|20)\d\d[a-z]?\)");
            Assert.True(cites, $"{p.Name}: source '{p.Source}' is neither an assumption, a report reference, published work with its year, nor the calibration");
            Assert.Equal(p.Source.StartsWith("assumption", StringComparison.OrdinalIgnoreCase), p.IsAssumption);
            Assert.False(string.IsNullOrWhiteSpace(p.Unit), $"{p.Name} has no unit");
            Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{p.Name} has no description");
        }
    }

    [Fact]
    public void EveryParameterMovesExactlyItsOwnModelParametersSlot()
    {
        // Changing one parameter must change exactly one slot (a property, or one element of an array) of
        // ModelParameters, to the new value, and no two parameters may share a slot: no parameter is dead and no
        // setter writes the wrong member or the wrong region or sector.
        var baseline = Slots(new ModelParameters(ParameterSet.Defaults));
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var def in ParameterCatalogue.All)
        {
            double value = AnotherValidValue(def);
            var changed = Slots(new ModelParameters(ParameterSet.Defaults.With([new(def.Name, value)])));
            var moved = changed.Where(s => s.Value != baseline[s.Key]).ToList();
            Assert.True(moved.Count == 1, $"{def.Name} moved {moved.Count} slots: {string.Join(", ", moved.Select(m => m.Key))}");
            var (slot, now) = moved[0];
            Assert.Equal(value, now);
            Assert.Equal(def.Default, baseline[slot]);
            Assert.True(owner.TryAdd(slot, def.Name), $"{def.Name} and {owner.GetValueOrDefault(slot)} both set {slot}");
        }
        // Every member is filled by some parameter (no number of the rules comes from outside the catalogue);
        // array elements no family covers (e.g. incumbents in Chinese hubs) stay zero.
        foreach (var member in baseline.Keys.Select(Member).Distinct())
            Assert.True(owner.Keys.Any(k => Member(k) == member), $"ModelParameters.{member} is set by no catalogue parameter");
        foreach (var (slot, value) in baseline.Where(s => !owner.ContainsKey(s.Key)))
            Assert.True(value == 0, $"{slot} is set by no parameter but holds {value}");
    }

    [Fact]
    public void EveryModelParametersMemberIsReadOnlyOutsideTheModel()
    {
        foreach (var prop in typeof(ModelParameters).GetProperties())
            Assert.False(prop.SetMethod?.IsPublic ?? false, $"ModelParameters.{prop.Name} has a public setter");
    }

    private static double AnotherValidValue(ParameterDefinition def)
    {
        double value = def.Default < def.Max
            ? (def.IsInteger ? def.Default + 1 : (def.Default + def.Max) / 2)
            : (def.IsInteger ? def.Default - 1 : (def.Default + def.Min) / 2);
        Assert.Null(def.Check(value));
        Assert.NotEqual(def.Default, value);
        return value;
    }

    private static string Member(string slot) => slot.Split('[')[0];

    /// <summary>Every public double and double-array element of <see cref="ModelParameters"/>, by "Member" or "Member[i]".</summary>
    private static Dictionary<string, double> Slots(ModelParameters p)
    {
        var slots = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var prop in typeof(ModelParameters).GetProperties())
        {
            if (prop.PropertyType == typeof(double)) slots[prop.Name] = (double)prop.GetValue(p)!;
            else if (prop.PropertyType == typeof(double[]))
            {
                var array = (double[])prop.GetValue(p)!;
                for (int i = 0; i < array.Length; i++) slots[$"{prop.Name}[{i}]"] = array[i];
            }
        }
        Assert.True(slots.Count > ParameterCatalogue.All.Count);
        return slots;
    }

    [Fact]
    public void TenMillionAgentsInOneReplicationAreWithinTheValidRanges()
    {
        // The engine team runs 10 million agents in one replication (population.scale about 1255).
        long atScaleOne = Population.InitialAgents(new ModelParameters(ParameterSet.Defaults));
        double scale = 10_000_000.0 / atScaleOne;
        Assert.InRange(scale, 1000, 1500);
        var p = new ModelParameters(ParameterSet.Defaults.With([new("population.scale", scale), new("engine.max_agents", 10_000_000)]));
        Assert.InRange(Population.InitialAgents(p), 9_900_000, 10_100_000); // talent pools and governments do not scale
        Assert.True(ParameterCatalogue.Find("engine.max_agents")!.Max >= 50_000_000);
        Assert.Equal(10_000, ParameterCatalogue.Find("population.scale")!.Max);
    }

    [Fact]
    public void EveryRegionSectorAndLeverHasItsParameters()
    {
        foreach (var r in Regions.All)
            foreach (var suffix in new[] { "rd_quality", "ip_protection", "talent_pool", "wage_high", "wage_low", "phd_stock" })
                Assert.NotNull(ParameterCatalogue.Find($"region.{r.Code}.{suffix}"));
        foreach (var s in Sectors.All)
            foreach (var name in new[] { $"sector.{s.Code}.growth", $"sector.{s.Code}.sensitivity", $"capability.initial.SE.{s.Code}", $"capability.initial.CN.{s.Code}" })
                Assert.NotNull(ParameterCatalogue.Find(name));
        foreach (var l in PolicyLevers.All)
        {
            var def = ParameterCatalogue.Find($"policy.{l.Name}.default");
            Assert.NotNull(def);
            Assert.Equal(l.MaxIntensity, def.Max);
        }
    }

    [Fact]
    public void DefaultsHoldTheCatalogueDefaults()
    {
        var set = ParameterSet.Defaults;
        for (int i = 0; i < ParameterCatalogue.All.Count; i++)
        {
            Assert.Equal(ParameterCatalogue.All[i].Default, set[i]);
            Assert.Equal(ParameterCatalogue.All[i].Default, set[ParameterCatalogue.All[i].Name]);
        }
        Assert.Empty(set.Overrides());
        Assert.Equal(140, set["catchup.robots.CN.2018"]);
    }

    [Fact]
    public void WithAppliesOverridesWithoutChangingTheOriginal()
    {
        var set = ParameterSet.Defaults.With([new("catchup.rate.CN.heavy", 0.12), new("population.GSR.incumbents", 10)]);
        Assert.Equal(0.12, set["catchup.rate.CN.heavy"]);
        Assert.Equal(10, set["population.GSR.incumbents"]);
        Assert.Equal(0.06, ParameterSet.Defaults["catchup.rate.CN.heavy"]);
        Assert.Equal(["population.GSR.incumbents", "catchup.rate.CN.heavy"], set.Overrides().Select(o => o.Key));
        Assert.Equal(0.12, new ModelParameters(set).CatchUpCnHeavy);
    }

    [Fact]
    public void WithRejectsUnknownNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => ParameterSet.Defaults.With([new("catchup.rate.CN.hevy", 0.1)]));
        Assert.Contains("catchup.rate.CN.hevy", ex.Message);
    }

    [Theory]
    [InlineData("catchup.rate.CN.heavy", -0.01)]   // below min 0
    [InlineData("catchup.rate.CN.heavy", 5.01)]    // above max 5
    [InlineData("logit.nest_lambda", 0)]           // min 0.05
    [InlineData("talent.wasp_gsr_share", 1.5)]
    [InlineData("population.GSR.incumbents", -5)]
    [InlineData("population.GSR.incumbents", 10.5)] // integer parameter
    [InlineData("window.threshold", double.NaN)]
    [InlineData("window.threshold", double.PositiveInfinity)]
    public void WithRejectsInvalidValues(string name, double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ParameterSet.Defaults.With([new(name, value)]));
        Assert.Contains(name, ex.Message);
    }

    [Fact]
    public void WithAcceptsTheRangeBounds()
    {
        var def = ParameterCatalogue.Find("catchup.rate.CN.heavy")!;
        Assert.Equal(def.Min, ParameterSet.Defaults.With([new(def.Name, def.Min)])[def.Name]);
        Assert.Equal(def.Max, ParameterSet.Defaults.With([new(def.Name, def.Max)])[def.Name]);
    }

    [Fact]
    public void LookupOfAnUnknownNameThrows()
    {
        Assert.Null(ParameterCatalogue.Find("no.such.parameter"));
        Assert.Throws<KeyNotFoundException>(() => ParameterCatalogue.IndexOf("no.such.parameter"));
        Assert.Throws<KeyNotFoundException>(() => ParameterSet.Defaults["no.such.parameter"]);
    }

    [Fact]
    public void FromValuesRoundTripsAndChecksTheCount()
    {
        var values = ParameterSet.Defaults.Values;
        var copy = ParameterSet.FromValues(values);
        Assert.Equal(values.ToArray(), copy.Values.ToArray());
        Assert.Throws<ArgumentException>(() => ParameterSet.FromValues(values.RemoveAt(0)));
    }

    [Fact]
    public void SuggestFindsCloseNames()
    {
        Assert.Contains("catchup.rate.CN.heavy", ParameterCatalogue.Suggest("catchup.rate.CN.hevy"));
        Assert.Equal("window.threshold", ParameterCatalogue.Suggest("window.treshold")[0]);
        Assert.Empty(ParameterCatalogue.Suggest("completely.unrelated.nonsense.name.here"));
    }

    [Fact]
    public void ThursbyOrderingOfHostChoiceWeights()
    {
        // Thursby & Thursby (2006): R&D personnel quality and IP protection first, university factors second,
        // market third, costs barely matter.
        var p = TestWorld.Defaults;
        Assert.True(p.BetaRdQuality >= p.BetaUniversity && p.BetaIp >= p.BetaUniversity);
        Assert.True(p.BetaUniversity >= p.BetaMarket && p.BetaCollaboration >= p.BetaMarket);
        Assert.True(p.BetaMarket > p.BetaCost);
    }
}
