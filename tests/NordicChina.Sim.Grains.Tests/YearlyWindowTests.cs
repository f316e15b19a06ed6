using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>Windows of years (compare/report --from/--until) and region groups (--group) over hand-made yearly values (no cluster).</summary>
public sealed class YearlyWindowTests
{
    private static readonly int Gsr = Regions.Gsr.Index, Wse = Regions.WestSweden.Index, Fin = Regions.Finland.Index, Usa = Regions.UnitedStates.Index;

    /// <summary>One replication, two ticks a year 2020-2023: each tick FDI 10 * year offset + tick in the year into
    /// GSR, 1 into WSE, FIN and USA; R&amp;D centres open (a stock) = the tick's number; wages (not additive) 5; the window closes in 2022.</summary>
    private static YearlyValues Sample()
    {
        var yearly = new YearlyValues(1);
        var ticks = new List<TickMetrics>();
        int tick = 0;
        for (int year = 2020; year <= 2023; year++)
            for (int q = 0; q < 2; q++, tick++)
            {
                var rows = new List<(int Metric, int Region, int Sector, double Value)>
                {
                    (MetricCatalogue.FdiTotalValue, Gsr, MetricPoint.All, 10 * (year - 2020) + q),
                    (MetricCatalogue.FdiTotalValue, Wse, MetricPoint.All, 1),
                    (MetricCatalogue.FdiTotalValue, Fin, MetricPoint.All, 1),
                    (MetricCatalogue.FdiTotalValue, Usa, MetricPoint.All, 1),
                    (MetricCatalogue.RdCentresActive, Gsr, MetricPoint.All, tick),
                    (MetricCatalogue.RdCentresActive, Wse, MetricPoint.All, 100),
                    (MetricCatalogue.WagesHigh, Gsr, MetricPoint.All, 5),
                    (MetricCatalogue.WagesHigh, Wse, MetricPoint.All, 5),
                };
                if (tick == 7) rows.Add((MetricCatalogue.WindowClosingYear, MetricPoint.All, MetricCatalogue.HeavySector, 2022));
                ticks.Add(new TickMetrics(tick, year, q, new MetricBatch([.. rows.Select(r => r.Metric)], [.. rows.Select(r => r.Region)],
                    [.. rows.Select(r => r.Sector)], [.. rows.Select(r => r.Value)])));
            }
        yearly.Add(0, ticks);
        return yearly;
    }

    private static double Horizon(YearlyValues v, int metric, int region, int sector = MetricPoint.All) =>
        v.Get(new MetricKey(metric, MetricKey.Horizon, region, sector))![0];

    [Fact]
    public void A_window_sums_flows_over_its_years_and_takes_stocks_at_the_end_of_its_last_year()
    {
        var all = Sample();
        // GSR FDI per year: 2020: 0+1, 2021: 10+11, 2022: 20+21, 2023: 30+31.
        Assert.Equal(124, Horizon(all, MetricCatalogue.FdiTotalValue, Gsr));
        var w = all.Window(2021, 2022);
        Assert.Equal(21 + 41, Horizon(w, MetricCatalogue.FdiTotalValue, Gsr));
        // The stock at the last tick of 2022 (tick 5), not of 2023 (tick 7).
        Assert.Equal(5, Horizon(w, MetricCatalogue.RdCentresActive, Gsr));
        Assert.Equal(7, Horizon(all, MetricCatalogue.RdCentresActive, Gsr));
        // Years outside the window are left out; the ones inside unchanged.
        Assert.Null(w.Get(new MetricKey(MetricCatalogue.FdiTotalValue, 2020, Gsr, MetricPoint.All)));
        Assert.Equal(21, w.Get(new MetricKey(MetricCatalogue.FdiTotalValue, 2021, Gsr, MetricPoint.All))![0]);
        // The window of opportunity closed in 2022: closed by 2022, not yet by 2021.
        Assert.Equal(2022, Horizon(w, MetricCatalogue.WindowClosingYear, MetricPoint.All, MetricCatalogue.HeavySector));
        Assert.True(double.IsNaN(Horizon(all.Window(2020, 2021), MetricCatalogue.WindowClosingYear, MetricPoint.All, MetricCatalogue.HeavySector)));
    }

    [Fact]
    public void A_group_adds_up_its_regions_for_additive_metrics_only()
    {
        var nordics = RegionGroup.Parse("nordics", out _)!;
        var sweden = RegionGroup.Parse("gsr+wse", out _)!;
        var g = Sample().WithGroups([nordics, sweden]);
        int n = YearlyValues.GroupRegion, s = YearlyValues.GroupRegion + 1;
        Assert.Equal(124 + 8 + 8, Horizon(g, MetricCatalogue.FdiTotalValue, n)); // GSR + WSE + FIN, not the USA
        Assert.Equal(124 + 8, Horizon(g, MetricCatalogue.FdiTotalValue, s));
        Assert.Equal(107, Horizon(g, MetricCatalogue.RdCentresActive, s));
        Assert.Null(g.Get(new MetricKey(MetricCatalogue.WagesHigh, MetricKey.Horizon, n, MetricPoint.All)));
        // Grouped, then windowed: the window applies to the group's rows too.
        Assert.Equal(21 + 41 + 4 + 4, Horizon(g.Window(2021, 2022), MetricCatalogue.FdiTotalValue, n));
    }

    [Theory]
    [InlineData("nordics", "nordics", "GSR,WSE,FIN,DNK,NOR")]
    [InlineData("Sweden", "sweden", "GSR,WSE")]
    [InlineData("europe", "europe", "GSR,WSE,FIN,DNK,NOR,DEU,NLD,GBR")]
    [InlineData("gsr+WSE", "GSR+WSE", "GSR,WSE")]
    [InlineData("USA", "USA", "USA")]
    public void Region_groups_parse_named_groups_and_codes_joined_by_plus(string text, string name, string members)
    {
        var g = RegionGroup.Parse(text, out var error);
        Assert.True(g is not null, error);
        Assert.Equal(name, g.Name);
        Assert.Equal(members, string.Join(',', g.Members.Select(m => Regions.All[m].Code)));
    }

    [Theory]
    [InlineData("nordic", "unknown region 'nordic'")]
    [InlineData("GSR+XXX", "unknown region 'XXX'")]
    [InlineData("GSR+gsr", "named twice")]
    public void A_bad_group_says_why(string text, string message)
    {
        Assert.Null(RegionGroup.Parse(text, out var error));
        Assert.Contains(message, error);
    }
}
