using NordicChina.Sim.Reporting.Html;
using NordicChina.Sim.Reporting.Input;

namespace NordicChina.Sim.Reporting.Sections;

/// <summary>Renders a scenario's parameter overrides and policy levers as tables.</summary>
internal static class RunInfoView
{
    public static void Overrides(HtmlWriter html, RunInfo run)
    {
        if (run.Overrides.Count == 0)
        {
            html.Paragraph("Parameter overrides: none (every parameter at its documented default).", "note");
            return;
        }

        html.Table(
            ["Parameter", "Value in this scenario"],
            run.Overrides.Select(o => (IReadOnlyList<string>)[o.Name, o.Value]),
            new HashSet<int> { 1 },
            "Parameters changed from their defaults");
    }

    public static void Policies(HtmlWriter html, RunInfo run)
    {
        if (run.Policies.Count == 0)
        {
            html.Paragraph("Policy levers: none.", "note");
            return;
        }

        html.Table(
            ["Policy lever", "Active from", "Active to", "Intensity", "Regions"],
            run.Policies.Select(p => (IReadOnlyList<string>)
            [
                p.Lever,
                p.Start,
                p.End,
                p.Intensity,
                p.Regions.Count == 0 ? "all" : string.Join(", ", p.Regions),
            ]),
            new HashSet<int> { 1, 2, 3 },
            "Policy levers (intensity 1 = the lever at full documented strength)");
    }
}
