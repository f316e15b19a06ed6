using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace NordicChina.Sim.Reporting.Charts;

/// <summary>
/// Horizontal grouped bars: one row per category (labels on the left, first category on top), one bar per group,
/// with confidence intervals drawn as error bars.
/// </summary>
internal static class BarChart
{
    public static Plot Create(IReadOnlyList<string> categories, IReadOnlyList<BarGroup> groups, string valueLabel)
    {
        var plot = ChartStyle.NewPlot();
        var n = categories.Count;
        var k = groups.Count;
        const double rowHeight = 1.0;
        var barSize = 0.8 / Math.Max(1, k);
        var bars = new List<BarPlotGroup>();
        var errorValues = new List<double>();
        var errorPositions = new List<double>();
        var errorMinus = new List<double>();
        var errorPlus = new List<double>();
        var min = 0.0;
        var max = 0.0;
        for (var g = 0; g < k; g++)
        {
            var group = groups[g];
            var colour = Palette.At(g);
            var list = new List<Bar>();
            for (var c = 0; c < n; c++)
            {
                var value = group.Values[c];
                if (double.IsNaN(value))
                {
                    continue;
                }

                // Row c counted from the top: the first category sits highest.
                var centre = (n - 1 - c) * rowHeight;
                var position = centre + 0.4 - (barSize * (g + 0.5));
                var bar = new Bar
                {
                    Position = position,
                    Value = value,
                    ValueBase = 0,
                    Size = barSize * 0.92,
                    FillColor = colour,
                    LineWidth = 0,
                    Orientation = Orientation.Horizontal,
                };
                var low = group.Low is null ? double.NaN : group.Low[c];
                var high = group.High is null ? double.NaN : group.High[c];
                if (!double.IsNaN(low) && !double.IsNaN(high))
                {
                    errorValues.Add(value);
                    errorPositions.Add(position);
                    errorMinus.Add(Math.Max(0, value - low));
                    errorPlus.Add(Math.Max(0, high - value));
                    min = Math.Min(min, low);
                    max = Math.Max(max, high);
                }

                min = Math.Min(min, value);
                max = Math.Max(max, value);
                list.Add(bar);
            }

            bars.Add(new BarPlotGroup(group.Label, colour, list));
        }

        foreach (var b in bars)
        {
            var barPlot = plot.Add.Bars(b.Bars);
            barPlot.Horizontal = true;
            barPlot.LegendText = "";
        }

        if (errorValues.Count > 0)
        {
            // Asymmetric intervals: ScottPlot's bars only carry symmetric errors, so the CIs are a separate error-bar plottable.
            var errors = new ErrorBar(errorValues, errorPositions, errorPlus, errorMinus, null, null)
            {
                Color = Color.FromHex("#222222"),
                LineWidth = 1.2f,
                CapSize = 4,
            };
            plot.Add.Plottable(errors);
        }

        if (k > 1 || groups.Any(g => g.Low is not null))
        {
            var items = bars.Select(b => new LegendItem { LabelText = b.Label, FillColor = b.Colour, LineWidth = 0 }).ToList();
            if (groups.Any(g => g.Low is not null))
            {
                items.Add(new LegendItem { LabelText = "95% confidence interval", LineColor = Color.FromHex("#222222"), LineWidth = 1.5f });
            }

            plot.Legend.ManualItems = items;
            ChartStyle.LegendBelow(plot);
        }

        var ticks = new NumericManual();
        for (var c = 0; c < n; c++)
        {
            ticks.AddMajor((n - 1 - c) * rowHeight, categories[c]);
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = valueLabel;
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
        var pad = (max - min) * 0.05;
        plot.Axes.SetLimitsX(min < 0 ? min - pad : 0, max > 0 ? max + pad : pad);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        if (min < 0)
        {
            plot.Add.VerticalLine(0, 1, Color.FromHex("#666666"));
        }

        return plot;
    }

    /// <summary>A height that leaves room for every category row.</summary>
    public static int HeightFor(int categories, int groups) =>
        Math.Clamp(140 + (categories * Math.Max(30, 20 * groups)), 260, 1100);

    private sealed record BarPlotGroup(string Label, Color Colour, List<Bar> Bars);
}
