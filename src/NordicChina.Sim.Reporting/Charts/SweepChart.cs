using ScottPlot;

namespace NordicChina.Sim.Reporting.Charts;

/// <summary>A metric against the value of one swept parameter: points joined by a line, 95% confidence intervals as error bars.</summary>
internal static class SweepChart
{
    public static Plot Create(double[] xs, double[] ys, double[] lows, double[] highs, string parameter, string unit)
    {
        var plot = ChartStyle.NewPlot();
        var order = Enumerable.Range(0, xs.Length).Where(i => !double.IsNaN(xs[i]) && !double.IsNaN(ys[i])).OrderBy(i => xs[i]).ToArray();
        var x = order.Select(i => xs[i]).ToArray();
        var y = order.Select(i => ys[i]).ToArray();
        var lo = order.Select(i => double.IsNaN(lows[i]) ? ys[i] : lows[i]).ToArray();
        var hi = order.Select(i => double.IsNaN(highs[i]) ? ys[i] : highs[i]).ToArray();
        var colour = Palette.At(0);
        if (x.Length > 0)
        {
            var errors = plot.Add.ErrorBar(x, y, y.Select((v, i) => hi[i] - v).ToArray());
            errors.YErrorNegative = y.Select((v, i) => v - lo[i]).ToArray();
            errors.YErrorPositive = y.Select((v, i) => hi[i] - v).ToArray();
            errors.Color = Color.FromHex("#222222");
            errors.LineWidth = 1.2f;
            errors.LegendText = "95% confidence interval";
            var line = plot.Add.Scatter(x, y, colour);
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.LegendText = "mean over replications";
            ChartStyle.ZeroLineIfNeeded(plot, Math.Min(lo.Min(), y.Min()), Math.Max(hi.Max(), y.Max()));
        }

        plot.Axes.Bottom.Label.Text = parameter;
        plot.Axes.Left.Label.Text = unit;
        ChartStyle.LegendBelow(plot);
        return plot;
    }
}
