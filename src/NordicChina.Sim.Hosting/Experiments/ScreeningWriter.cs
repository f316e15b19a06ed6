using System.Globalization;
using NordicChina.Sim.Analysis.Sensitivity;
using NordicChina.Sim.Hosting.Output;
using NordicChina.Sim.Model.Metrics;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>
/// Writes a screening's files: screening-groups.csv (stage 1, one row per family and output), screening-parameters.csv
/// (the parameters of the families that matter, one row per parameter and output), screening-outputs.csv (the outputs,
/// their units and scales), screening-points.csv (every design point's outputs, one row per point and output) and sensitivity.md (<see cref="ScreeningDoc"/>).
/// </summary>
public static class ScreeningWriter
{
    public const string GroupsFile = "screening-groups.csv";
    public const string ParametersFile = "screening-parameters.csv";
    public const string OutputsFile = "screening-outputs.csv";
    public const string PointsFile = "screening-points.csv";
    public const string DocFile = "sensitivity.md";

    /// <summary>The metrics behind the outputs, for the data package.</summary>
    public static IEnumerable<string> Metrics(CalibrationTargets? targets) =>
        new[] { "fdi.total.value", "fdi.acquisition.value", "rdcentres.active", "jobs.net", "talent.net_migration", "window.closing_year", "window.gap" }
            .Concat(targets?.Moments.Select(m => m.Metric) ?? []);

    public static async Task WriteAsync(string folder, ScreeningReport report, IReadOnlyList<(int Stage, GroupMorrisDesign Design, double[][] Outputs)> stages)
    {
        string seed = report.Scenario.Seed.ToString(CultureInfo.InvariantCulture);
        string N(double v) => CsvOut.Number(v);
        string B(bool b) => b ? "true" : "false";
        var outputs = report.Outputs;

        await using (var csv = CsvOut.Create(Path.Combine(folder, GroupsFile)))
        {
            csv.Row("rank", "group", "members", "output", "mu", "mu_star", "mu_star_ci95_low", "mu_star_ci95_high", "sigma",
                "mu_star_scaled", "mu_star_per_sd", "score", "important", "seed", "program_version");
            for (int i = 0; i < report.Families.Count; i++)
            {
                var f = report.Families[i];
                bool signed = f.Members.Count <= 1 || report.Coupled;
                for (int o = 0; o < outputs.Count; o++)
                {
                    var x = f.Indices[o];
                    csv.Row((i + 1).ToString(CultureInfo.InvariantCulture), f.Name, f.Members.Count.ToString(CultureInfo.InvariantCulture), outputs[o].Name,
                        N(signed ? x.Mu : double.NaN), N(x.MuStar), N(x.MuStarInterval.Lower), N(x.MuStarInterval.Upper), N(signed ? x.Sigma : double.NaN),
                        N(f.Scaled[o]), N(f.PerSd[o]), N(f.Score), B(f.Important), seed, ProgramInfo.Version);
                }
            }
        }

        await using (var csv = CsvOut.Create(Path.Combine(folder, ParametersFile)))
        {
            csv.Row("rank", "parameter", "group", "stage", "assumption", "source", "output", "mu", "mu_star", "mu_star_ci95_low", "mu_star_ci95_high", "sigma",
                "mu_star_scaled", "mu_star_per_sd", "score", "matters", "seed", "program_version");
            for (int i = 0; i < report.Parameters.Count; i++)
            {
                var p = report.Parameters[i];
                var def = ParameterCatalogue.Find(p.Name)!;
                for (int o = 0; o < outputs.Count; o++)
                {
                    var x = p.Indices[o];
                    csv.Row((i + 1).ToString(CultureInfo.InvariantCulture), p.Name, p.Family, p.Stage.ToString(CultureInfo.InvariantCulture), B(def.IsAssumption), def.Source,
                        outputs[o].Name, N(x.Mu), N(x.MuStar), N(x.MuStarInterval.Lower), N(x.MuStarInterval.Upper), N(x.Sigma),
                        N(p.Scaled[o]), N(p.PerSd[o]), N(p.Score), B(p.Important), seed, ProgramInfo.Version);
                }
            }
        }

        await using (var csv = CsvOut.Create(Path.Combine(folder, OutputsFile)))
        {
            csv.Row("output", "unit", "scenario", "description", "reference_mu_star", "sd", "noise_mu_star");
            for (int o = 0; o < outputs.Count; o++)
                csv.Row(outputs[o].Name, outputs[o].Unit, outputs[o].OnTargets ? report.TargetScenario!.Name : report.Scenario.Name, outputs[o].Description,
                    N(report.Reference[o]), N(report.OutputSd[o]), N(report.Noise.Indices[o].MuStar));
        }

        await using (var csv = CsvOut.Create(Path.Combine(folder, PointsFile)))
        {
            // Long (tidy): one row per design point and output.
            csv.Row("stage", "point", "trajectory", "step", "moved", "output", "value");
            foreach (var (stage, d, y) in stages)
            {
                for (int t = 0; t < d.Trajectories; t++)
                    for (int m = 0; m <= d.Groups.Count; m++)
                    {
                        int i = d.IndexOf(t, m);
                        for (int o = 0; o < outputs.Count; o++)
                            csv.Row(stage.ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture), t.ToString(CultureInfo.InvariantCulture),
                                m.ToString(CultureInfo.InvariantCulture), m == 0 ? "" : d.Groups[d.ChangedGroup(t, m)].Name, outputs[o].Name, N(y[o][i]));
                    }
            }
        }

        await File.WriteAllTextAsync(Path.Combine(folder, DocFile), ScreeningDoc.Standalone(report), new System.Text.UTF8Encoding(false));
    }
}
