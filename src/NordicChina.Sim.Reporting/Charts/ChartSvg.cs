using NordicChina.Sim.Reporting.Html;
using ScottPlot;

namespace NordicChina.Sim.Reporting.Charts;

/// <summary>Renders a ScottPlot plot to SVG and prepares it for inlining in the report.</summary>
internal static class ChartSvg
{
    public static string Render(HtmlWriter html, Plot plot, string label, int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        if (html.FigureFolder is { } folder)
        {
            // report --figures: every chart also as a PNG named after its title (docs/figures are made so).
            Directory.CreateDirectory(folder);
            plot.SavePng(Path.Combine(folder, Slug(label) + ".png"), width, height);
        }

        return SvgInline.Prepare(plot.GetSvgXml(width, height), html.NextChartId(), width, height, label);
    }

    /// <summary>A file name from a chart's title: lower-case letters and digits joined by '-'.</summary>
    public static string Slug(string title)
    {
        var words = System.Text.RegularExpressions.Regex.Split(title.ToLowerInvariant().Replace("r&d", "rd"), "[^a-z0-9]+").Where(w => w.Length > 0);
        var slug = string.Join("-", words);
        return slug.Length <= 80 ? slug : slug[..80].TrimEnd('-');
    }
}
