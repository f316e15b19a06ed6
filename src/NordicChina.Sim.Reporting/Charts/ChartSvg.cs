using NordicChina.Sim.Reporting.Html;
using ScottPlot;

namespace NordicChina.Sim.Reporting.Charts;

/// <summary>Renders a ScottPlot plot to SVG and prepares it for inlining in the report.</summary>
internal static class ChartSvg
{
    public static string Render(HtmlWriter html, Plot plot, string label, int width = ChartStyle.Width, int height = ChartStyle.Height) =>
        SvgInline.Prepare(plot.GetSvgXml(width, height), html.NextChartId(), width, height, label);
}
