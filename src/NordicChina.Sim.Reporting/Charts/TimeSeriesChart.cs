using ScottPlot;

namespace NordicChina.Sim.Reporting.Charts;

/// <summary>Yearly means as lines with their 95% confidence bands shaded, one line per scenario.</summary>
internal static class TimeSeriesChart
{
    /// <summary>The chart; with <paramref name="reference"/>, a labelled horizontal line at that value (e.g. the
    /// window's threshold) instead of the zero line, and the y axis reaching it.</summary>
    public static Plot Create(IReadOnlyList<ChartSeries> series, string unit, (double Value, string Label)? reference = null, bool legendRight = false)
    {
        var plot = ChartStyle.NewPlot();
        ChartStyle.YearAxis(plot);
        plot.Axes.Left.Label.Text = unit;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var colourIndex = 0;
        var single = series.Count == 1;

        // Bands first, so that every line is drawn on top of every band.
        var colours = series.Select(s => s.IsBaseline ? Palette.Baseline : Palette.At(colourIndex++)).ToArray();
        for (var i = 0; i < series.Count; i++)
        {
            var (xs, ys0, lows, highs) = Clean(series[i]);
            if (xs.Length == 0 || lows.SequenceEqual(ys0) && highs.SequenceEqual(ys0))
            {
                // No interval (e.g. a share of replications): no band, and no legend entry for one.
                continue;
            }

            var band = plot.Add.FillY(xs, lows, highs);
            band.FillColor = colours[i].WithAlpha(single ? 0.25 : 0.15);
            band.LineWidth = 0;
            band.LineColor = Colors.Transparent;
            band.MarkerSize = 0;
            band.LegendText = single ? "95% confidence interval of the mean" : "";
            min = Math.Min(min, lows.Min());
            max = Math.Max(max, highs.Max());
        }

        for (var i = 0; i < series.Count; i++)
        {
            var (xs, ys, _, _) = Clean(series[i]);
            if (xs.Length == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(xs, ys, colours[i]);
            line.LineWidth = series[i].IsBaseline && !single ? 3f : 2f;
            line.MarkerSize = xs.Length <= 25 ? 4 : 0;
            line.LegendText = series[i].Label;
            min = Math.Min(min, ys.Min());
            max = Math.Max(max, ys.Max());
        }

        if (reference is { } r)
        {
            var line = plot.Add.HorizontalLine(r.Value, 1.5f, Color.FromHex("#b2182b"));
            line.LegendText = r.Label;
            if (!double.IsInfinity(min))
            {
                min = Math.Min(min, r.Value);
                max = Math.Max(max, r.Value);
                var pad = Math.Max(1e-9, 0.06 * (max - min));
                plot.Axes.SetLimitsY(min - pad, max + pad);
            }
        }
        else if (!double.IsInfinity(min))
        {
            ChartStyle.ZeroLineIfNeeded(plot, min, max);
            if (min >= 0 && max > 0 && min < 0.4 * max)
            {
                // Non-negative quantities far from a constant level are read against zero.
                plot.Axes.SetLimitsY(0, max * 1.06);
            }
        }

        if (legendRight)
        {
            // Many series (e.g. one per sector): a column on the right, which a row below would cut off.
            plot.ShowLegend(Edge.Right);
            plot.Legend.Orientation = Orientation.Vertical;
            plot.Legend.ShadowColor = Colors.Transparent;
            plot.Legend.OutlineColor = Colors.Transparent;
        }
        else
        {
            ChartStyle.LegendBelow(plot);
        }

        return plot;
    }

    /// <summary>The points with a mean; a missing bound falls back to the mean so the band never breaks.</summary>
    private static (double[] X, double[] Y, double[] Low, double[] High) Clean(ChartSeries s)
    {
        var keep = Enumerable.Range(0, s.X.Length).Where(i => !double.IsNaN(s.Y[i]) && !double.IsNaN(s.X[i])).ToArray();
        var xs = keep.Select(i => s.X[i]).ToArray();
        var ys = keep.Select(i => s.Y[i]).ToArray();
        var lows = keep.Select(i => double.IsNaN(s.Low[i]) ? s.Y[i] : s.Low[i]).ToArray();
        var highs = keep.Select(i => double.IsNaN(s.High[i]) ? s.Y[i] : s.High[i]).ToArray();
        return (xs, ys, lows, highs);
    }
}
