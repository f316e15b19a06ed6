using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.World;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// An output screened by <see cref="ScreeningRunner"/>: a number computed from a run's <see cref="YearlyValues"/>
/// (means over replications), either a headline of the screened scenario over its horizon or a target moment of a
/// targets file simulated on the targets' scenario (<see cref="MomentValues"/>).
/// </summary>
/// <param name="Name">Column name in the outputs (a moment's is <c>target:</c> and its name).</param>
/// <param name="Unit">Unit of the output.</param>
/// <param name="Description">What the output is, for the doc and the data package.</param>
/// <param name="OnTargets">True for a target moment (computed on the targets' scenario run).</param>
/// <param name="Of">The output from a run's values.</param>
public sealed record ScreeningOutput(string Name, string Unit, string Description, bool OnTargets, Func<YearlyValues, double> Of)
{
    /// <summary>The headline outputs of a scenario ending in <paramref name="endYear"/>.</summary>
    public static IReadOnlyList<ScreeningOutput> Headlines(int endYear)
    {
        int[] europe = Regions.All.Where(r => r.IsEuropean).Select(r => r.Index).ToArray();
        int gsr = Regions.Gsr.Index, all = MetricPoint.All, heavy = MetricCatalogue.HeavySector;
        var closing = OutputSpec.Parse("window.closing_year@all/heavy");
        return
        [
            new("fdi.total.value@europe", "EUR m", "Chinese FDI (acquisitions, R&D centres, equity) into the European hosts, summed over the horizon.", false,
                v => Horizon(v, MetricCatalogue.FdiTotalValue, europe, all)),
            new("fdi.total.value@GSR", "EUR m", "Chinese FDI into the Greater Stockholm Region, summed over the horizon.", false,
                v => Horizon(v, MetricCatalogue.FdiTotalValue, [gsr], all)),
            new("fdi.acquisition_share", "share of value", "Acquisitions' share of the value of Chinese FDI into all hosts over the horizon (ratio of the replication means).", false,
                v => Horizon(v, MetricCatalogue.FdiAcquisitionValue, [all], all) / Horizon(v, MetricCatalogue.FdiTotalValue, [all], all)),
            new("rdcentres.active@europe", "centres", "Chinese R&D centres open in the European hosts at the end of the horizon.", false,
                v => Horizon(v, MetricCatalogue.RdCentresActive, europe, all)),
            new("jobs.net@GSR", "jobs", "Net high-skill jobs created in the GSR, summed over the horizon.", false,
                v => Horizon(v, MetricCatalogue.JobsNet, [gsr], all)),
            new("talent.net_migration@GSR", "persons", "Net talent migration into the GSR, summed over the horizon.", false,
                v => Horizon(v, MetricCatalogue.TalentNetMigration, [gsr], all)),
            new("window.closing_year@heavy", "year", $"Year the heavy-industry window first closes; a window still open at the end counts as closing in {endYear + 1} (right-censored at the horizon end + 1).", false,
                v => closing.Of(v, endYear)),
            new("window.gap@heavy", "share of frontier", "Sweden's heavy-industry capability lead over China at the end of the horizon (negative: China ahead).", false,
                v => Horizon(v, MetricCatalogue.WindowGap, [all], heavy)),
        ];
    }

    /// <summary>The moments of a targets file as outputs.</summary>
    public static IReadOnlyList<ScreeningOutput> Moments(CalibrationTargets targets) =>
        targets.Moments.Select(m => new ScreeningOutput("target:" + m.Name, MetricCatalogue.TryGet(m.Metric, out var d) ? (m.RelativeFrom is null ? d.Unit : "ratio") : "",
            $"Target moment '{m.Name}' of {targets.Name}: {m.Metric} at {m.Region}/{m.Sector}, mean per year {m.FromYear}-{m.ToYear}" +
            (m.RelativeFrom is { } f ? $" relative to {f}-{m.RelativeTo}" : "") + $" (target {m.Target:G4}).",
            true, v => MomentValues.Of(v, m))).ToArray();

    /// <summary>The mean over replications of a metric's horizon value (flows summed, stocks at the end) summed over
    /// <paramref name="regions"/>; NaN when the run never wrote it.</summary>
    private static double Horizon(YearlyValues v, int metric, int[] regions, int sector)
    {
        double total = 0;
        bool any = false;
        foreach (int r in regions)
        {
            var values = v.Get(new MetricKey(metric, MetricKey.Horizon, r, sector));
            if (values is null) continue;
            total += values.Average();
            any = true;
        }
        return any ? total : double.NaN;
    }
}
