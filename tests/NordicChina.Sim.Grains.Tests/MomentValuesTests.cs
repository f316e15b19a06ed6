using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Simulated moments from hand-made yearly values (no cluster): ratio, share and per-replication values.</summary>
public sealed class MomentValuesTests
{
    private static readonly int Acquisition = MetricCatalogue.FdiAcquisitionValue;
    private static readonly int Total = MetricCatalogue.FdiTotalValue;
    private static readonly int Gbr = Regions.ByCode("GBR").Index, Deu = Regions.ByCode("DEU").Index;

    /// <summary>Two replications, one tick per year 2018-2019; values[(metric, region, year)] = (rep 0, rep 1).</summary>
    private static YearlyValues Values(Dictionary<(int Metric, int Region, int Year), (double, double)> values)
    {
        var yearly = new YearlyValues(2);
        for (int rep = 0; rep < 2; rep++)
        {
            var ticks = values.GroupBy(kv => kv.Key.Year).OrderBy(g => g.Key).Select(g =>
            {
                var rows = g.OrderBy(kv => kv.Key.Metric).ThenBy(kv => kv.Key.Region).ToArray();
                return new TickMetrics(g.Key - 2018, g.Key, 0, new MetricBatch(
                    [.. rows.Select(kv => kv.Key.Metric)], [.. rows.Select(kv => kv.Key.Region)],
                    [.. rows.Select(_ => MetricPoint.All)], [.. rows.Select(kv => rep == 0 ? kv.Value.Item1 : kv.Value.Item2)]));
            }).ToArray();
            yearly.Add(rep, ticks);
        }
        return yearly;
    }

    private static readonly YearlyValues Sample = Values(new()
    {
        [(Acquisition, Gbr, 2018)] = (30, 10), [(Acquisition, Gbr, 2019)] = (10, 10),
        [(Total, Gbr, 2018)] = (40, 20), [(Total, Gbr, 2019)] = (40, 20),
        [(Total, Deu, 2018)] = (60, 20), [(Total, Deu, 2019)] = (60, 60),
    });

    private static TargetMoment Moment(string metric, string region, int from, int to, MomentDenominator? d = null, int? rel = null) =>
        new("m", metric, region, "all", from, to, rel, rel, 1, 1, 0.1, "s", null, d);

    [Fact]
    public void AShareIsTheRatioOfSumsPerReplicationThenTheMean()
    {
        // Replication 0: (30+10)/(40+40) = 0.5; replication 1: (10+10)/(20+20) = 0.5 -> 0.5 (the ratio of the means over
        // replications would also be 0.5 here; the next moment tells them apart).
        var share = Moment("fdi.acquisition.value", "GBR", 2018, 2019, new MomentDenominator("fdi.total.value", "GBR", "all"));
        Assert.Equal([0.5, 0.5], MomentValues.PerReplication(Sample, share));
        Assert.Equal(0.5, MomentValues.Of(Sample, share), 12);

        // The UK's share of GBR+DEU in 2019: replication 0: 40/100 = 0.4; replication 1: 20/80 = 0.25 -> 0.325, not
        // the ratio of means 30/90.
        var hostShare = Moment("fdi.total.value", "GBR", 2019, 2019, new MomentDenominator("fdi.total.value", "GBR+DEU", "all"));
        Assert.Equal([0.4, 0.25], MomentValues.PerReplication(Sample, hostShare));
        Assert.Equal(0.325, MomentValues.Of(Sample, hostShare), 12);
    }

    [Fact]
    public void ADenominatorOfSeveralMetricsSumsThem()
    {
        // 2018 in GBR: replication 0: 30 / (30 + 40); replication 1: 10 / (10 + 20).
        var share = Moment("fdi.acquisition.value", "GBR", 2018, 2018, new MomentDenominator("fdi.acquisition.value+fdi.total.value", "GBR", "all"));
        Assert.Equal([30.0 / 70, 10.0 / 30], MomentValues.PerReplication(Sample, share));
    }

    [Fact]
    public void RatioAndPlainMomentsAreUnchanged()
    {
        Assert.Equal([100.0, 80.0], MomentValues.PerReplication(Sample, Moment("fdi.total.value", "GBR+DEU", 2019, 2019)));
        Assert.Equal(80.0, MomentValues.Of(Sample, Moment("fdi.total.value", "GBR+DEU", 2018, 2019)), 12);   // mean of (100+100)/2 and (40+80)/2
        var ratio = Moment("fdi.acquisition.value", "GBR", 2019, 2019) with { RelativeFrom = 2018, RelativeTo = 2018 };
        Assert.Equal([10.0 / 30, 1.0], MomentValues.PerReplication(Sample, ratio));
    }

    [Fact]
    public void MissingValuesGiveNaN()
    {
        Assert.All(MomentValues.PerReplication(Sample, Moment("fdi.total.value", "NLD", 2018, 2018)), v => Assert.True(double.IsNaN(v)));
        Assert.True(double.IsNaN(MomentValues.Of(Sample, Moment("fdi.total.value", "GBR", 2018, 2018, new MomentDenominator("fdi.total.value", "NLD", "all")))));
    }

    [Fact]
    public void Ratio_of_means_and_its_delta_method_variances()
    {
        // N = [1, 3], D = [2, 2]: R = 2 / 2 = 1; residuals N - R D = [-1, 1], variance 2; / mean(D)^2 = 4 -> 0.5;
        // the estimate's variance is that over the 2 replications.
        var (ratio, estimate, single) = MomentValues.RatioOfMeans([1, 3], [2, 2]);
        Assert.Equal(1.0, ratio, 12);
        Assert.Equal(0.5, single, 12);
        Assert.Equal(0.25, estimate, 12);
        // The mean of per-replication ratios is pulled up by a small denominator; the ratio of means is not.
        var (r2, _, _) = MomentValues.RatioOfMeans([1, 1], [0.1, 1.9]);
        Assert.Equal(1.0, r2, 12);
        Assert.True((1 / 0.1 + 1 / 1.9) / 2 > 5);
        // Pairs with a missing part are left out; no pair at all gives NaN.
        Assert.Equal(2.0, MomentValues.RatioOfMeans([double.NaN, 4], [1, 2]).Ratio, 12);
        Assert.True(double.IsNaN(MomentValues.RatioOfMeans([double.NaN], [1]).Ratio));
    }
}
