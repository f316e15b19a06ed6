using NordicChina.Sim.Reporting.Charts;
using NordicChina.Sim.Reporting.Html;
using NordicChina.Sim.Reporting.Input;

namespace NordicChina.Sim.Reporting.Sections;

/// <summary>A calibration: how close the fitted model comes to each empirical target, and the fitted parameter values.</summary>
internal static class CalibrationSection
{
    public const string Anchor = "calibration";

    public static bool Applies(string folder) =>
        File.Exists(Path.Combine(folder, "calibration.csv")) || File.Exists(Path.Combine(folder, "calibration.json"));

    public static void Render(string folder, HtmlWriter html)
    {
        html.Heading(2, "Calibration", Anchor);
        html.Paragraph(
            "The model's free parameters were searched for the values that bring the simulated statistics (moments) closest to " +
            "their empirical targets. The distance is the weighted measure of the relative errors that the search minimised (smaller is better).");
        var jsonPath = Path.Combine(folder, "calibration.json");
        IReadOnlyList<CalibrationParameter> parameters = [];
        if (File.Exists(jsonPath))
        {
            var json = JsonFile.Load(jsonPath);
            var settings = JsonFile.ScalarProperties(json, "parameters")
                .Select(p => (p.Name == "distance" ? "Distance (objective at the fit)" : p.Name.Replace('_', ' '),
                    p.Name == "distance" ? Fmt.Number(JsonFile.Number(json, "distance")) : p.Value))
                .ToList();
            html.KeyValues(settings);
            parameters = CalibrationParameter.FromJson(json);
        }

        var csvPath = Path.Combine(folder, "calibration.csv");
        if (File.Exists(csvPath))
        {
            Moments(html, CalibrationRow.Load(csvPath));
        }

        if (parameters.Count > 0)
        {
            html.Heading(3, "Fitted parameters");
            html.Table(
                ["Parameter", "Start", "Fitted", "Lower bound", "Upper bound", "Note"],
                parameters.Select(p => (IReadOnlyList<string>)
                [
                    p.Name,
                    Fmt.Plain(p.Start),
                    Fmt.Plain(p.Fitted),
                    Fmt.Plain(p.Low),
                    Fmt.Plain(p.High),
                    p.AtBound ? "at a bound: the best fit may lie outside the range searched" : "",
                ]),
                new HashSet<int> { 1, 2, 3, 4 });
        }
    }

    private static void Moments(HtmlWriter html, IReadOnlyList<CalibrationRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var toFraction = RelativeScale.ToFraction(rows.Select(r => (r.RelativeError, (r.Simulated - r.Target) / Math.Abs(r.Target))));
        var magnitudes = rows.Select(r => Math.Abs(r.Target)).Where(t => t > 0 && !double.IsNaN(t)).ToList();
        var normalise = magnitudes.Count > 1 && magnitudes.Max() / magnitudes.Min() > 20;
        var moments = rows.Select(r => r.Moment).ToList();
        BarGroup target, simulated;
        string axis, explanation;
        if (normalise)
        {
            target = new BarGroup("target", rows.Select(r => r.Target == 0 ? double.NaN : 100.0).ToArray());
            simulated = new BarGroup("fitted model", rows.Select(r => r.Target == 0 ? double.NaN : 100.0 * r.Simulated / r.Target).ToArray());
            axis = "% of target";
            explanation = "The moments have very different units, so each is shown as a percentage of its target: the blue bar is the target (100%), the orange bar the fitted model.";
        }
        else
        {
            target = new BarGroup("target", rows.Select(r => r.Target).ToArray());
            simulated = new BarGroup("fitted model", rows.Select(r => r.Simulated).ToArray());
            axis = "value of the moment";
            explanation = "Blue bars are the empirical targets, orange bars the fitted model's values.";
        }

        html.Heading(3, "Fit to the targets");
        html.Line("<div class=\"grid\">");
        var plot = BarChart.Create(moments, [target, simulated], axis);
        html.Figure(
            "Fitted model against empirical targets",
            explanation,
            axis,
            ChartSvg.Render(html, plot, "Fitted model against targets", ChartStyle.Width, BarChart.HeightFor(moments.Count, 2)));
        html.Line("</div>");
        html.Table(
            ["Moment", "Target", "Fitted model", "Relative error", "Weight"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Moment,
                Fmt.Number(r.Target),
                Fmt.Number(r.Simulated),
                Fmt.Percent(r.RelativeError * toFraction),
                Fmt.Number(r.Weight),
            ]),
            new HashSet<int> { 1, 2, 3, 4 });
    }
}
