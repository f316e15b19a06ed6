using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.TickGenerators;

namespace NordicChina.Sim.Reporting.Charts;

/// <summary>The look shared by every chart: a sans-serif font, readable sizes, light grid, compact tick labels.</summary>
internal static class ChartStyle
{
    public const int Width = 620;
    public const int Height = 360;

    private static readonly string? FontName = new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica" }
        .FirstOrDefault(name => Fonts.GetTypeface(name, false, false)?.FamilyName == name);

    public static Plot NewPlot()
    {
        var plot = new Plot();
        if (FontName is not null)
        {
            plot.Font.Set(FontName);
        }

        plot.Axes.Left.Label.FontSize = 13;
        plot.Axes.Bottom.Label.FontSize = 13;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.08);
        plot.Legend.FontSize = 12;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Fmt.Tick, TickDensity = 0.6 };
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = Fmt.Tick };
        return plot;
    }

    /// <summary>Years on the x axis: whole numbers without a thousands separator.</summary>
    public static void YearAxis(Plot plot)
    {
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = Fmt.Year,
            MinimumTickSpacing = 50,
        };
        plot.Axes.Bottom.Label.Text = "Year";
    }

    /// <summary>A legend below the data area so it never hides a line.</summary>
    public static void LegendBelow(Plot plot)
    {
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.Padding = new PixelPadding(4);
        foreach (var panel in plot.Axes.GetPanels().OfType<LegendPanel>())
        {
            // The default 20 px above and below leaves a gap that looks like a separate figure.
            panel.Padding = new PixelPadding(0, 0, 4, 4);
        }
    }

    /// <summary>A thin grey line at zero when the data cross or touch it, so the sign of a value is visible.</summary>
    public static void ZeroLineIfNeeded(Plot plot, double min, double max)
    {
        if (min <= 0 && max >= 0 && !(min == 0 && max == 0))
        {
            // Solid: the SVG backend cannot draw dashed lines (Skia's SVG canvas drops path effects).
            var line = plot.Add.HorizontalLine(0, 1, Color.FromHex("#777777"));
            line.LegendText = "";
        }
    }
}
