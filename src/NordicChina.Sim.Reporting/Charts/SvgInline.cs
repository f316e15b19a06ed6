using System.Globalization;
using System.Text.RegularExpressions;

namespace NordicChina.Sim.Reporting.Charts;

/// <summary>
/// Turns a standalone SVG document from ScottPlot into an element that can sit inside an HTML page next to others:
/// drops the XML declaration, makes element ids unique per chart, and adds a viewBox so CSS can scale it.
/// </summary>
internal static partial class SvgInline
{
    public static string Prepare(string svgXml, string idPrefix, int width, int height, string label)
    {
        var svg = svgXml;
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start > 0)
        {
            svg = svg[start..];
        }

        // Ids such as clip paths are document-wide in HTML: prefix them so that one chart never clips with another's.
        svg = IdAttribute().Replace(svg, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");

        var openEnd = svg.IndexOf('>', StringComparison.Ordinal);
        if (openEnd > 0)
        {
            var open = svg[..openEnd];
            var extra = string.Create(
                CultureInfo.InvariantCulture,
                $" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" class=\"plot\"");
            if (!open.Contains("viewBox", StringComparison.Ordinal))
            {
                svg = open + extra + svg[openEnd..];
            }
        }

        return svg.Trim();
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
