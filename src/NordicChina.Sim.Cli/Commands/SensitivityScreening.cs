using System.Globalization;
using NordicChina.Sim.Hosting.Experiments;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;
using Spectre.Console;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim sensitivity --screening: two-stage Morris screening of every catalogue parameter
/// (<see cref="ScreeningRunner"/>), in this process on the direct engine.</summary>
public static class SensitivityScreening
{
    /// <summary>Replications per design point when --replications is not given.</summary>
    public const int DefaultReplications = 2;

    public static async Task<int> ExecuteAsync(SensitivitySettings settings, CancellationToken cancel)
    {
        int replications = settings.Replications ?? DefaultReplications;
        var scenario = Experiments.Scenario(settings.Scenario, replications);
        if (scenario is null) return ExitCodes.BadInput;
        CalibrationTargets? targets = null;
        ScenarioDefinition? targetScenario = null;
        if (settings.Targets is { } targetsPath)
        {
            try { targets = TargetsLoader.Load(targetsPath); }
            catch (ScenarioException ex)
            {
                ScenarioInput.Report(targetsPath, ex);
                return ExitCodes.BadInput;
            }
            targetScenario = targets.ScenarioPath is { } sp ? Experiments.Scenario(sp, replications) : scenario;
            if (targetScenario is null) return ExitCodes.BadInput;
            foreach (var m in targets.Moments)
                foreach (int y in new[] { m.FromYear, m.ToYear }.Concat(m.RelativeFrom is { } f ? [f, m.RelativeTo!.Value] : []))
                    if (y < targetScenario.StartYear || y > targetScenario.EndYear)
                    {
                        Console.Error.WriteLine($"error: {targetsPath}: moment '{m.Name}' uses year {y}, outside {targetScenario.Name}'s {targetScenario.StartYear}-{targetScenario.EndYear}; nothing was run.");
                        return ExitCodes.BadInput;
                    }
        }
        if (settings.Doc is { } doc && ScreeningDoc.Check(doc) is { } docProblem)
        {
            Console.Error.WriteLine($"error: {docProblem}; nothing was run.");
            return ExitCodes.BadInput;
        }
        string outDir = settings.Out ?? Path.Combine("results", scenario.Name + "-screening");
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;

        var runner = new ScreeningRunner
        {
            Trajectories = settings.Trajectories ?? 20,
            Threshold = settings.Threshold ?? 0.1,
            CoupledFamilies = settings.CoupledFamilies,
            Log = line => AnsiConsole.MarkupLine(Markup.Escape(line)),
            Invocation = "nordicsim sensitivity --screening " + Quote(settings.Scenario)
                + (settings.Targets is { } t ? " --targets " + Quote(t) : "")
                + (settings.Trajectories is { } r ? $" --trajectories {r}" : "")
                + (settings.Replications is { } n ? $" --replications {n}" : "")
                + (settings.Threshold is { } th ? " --threshold " + th.ToString(CultureInfo.InvariantCulture) : "")
                + (settings.CoupledFamilies ? " --coupled-families" : ""),
        };
        try
        {
            int families = ScreeningRunner.FamilyGroups().Count - 1;
            int scenarios = targetScenario is null ? 1 : 2;
            AnsiConsole.MarkupLine($"Screening [bold]{Markup.Escape(scenario.Name)}[/]" + (targets is null ? "" : $" and the moments of [bold]{Markup.Escape(targets.Name)}[/] on {Markup.Escape(targetScenario!.Name)}")
                + $": {families} parameter families, {runner.Trajectories} trajectories, {replications} replication(s) per point and scenario, {Environment.ProcessorCount} cores (direct engine).");
            AnsiConsole.MarkupLine($"Stage 1: {runner.Stage1Points():N0} points ({runner.Stage1Points() * (long)replications * scenarios:N0} replications); stage 2 follows for the families that matter.");
            var report = await Experiments.WithProgress("points", settings.Quiet,
                p => runner.RunAsync(scenario, targets, targetScenario, outDir, settings.Resume, p, cancel));
            if (settings.Doc is { } docPath) ScreeningDoc.Update(docPath, report);

            var table = new Table().Title("Parameter families by score (largest scaled mu* over the outputs)")
                .AddColumn(new TableColumn("Rank").RightAligned()).AddColumn("Family").AddColumn(new TableColumn("Params").RightAligned())
                .AddColumn(new TableColumn("Score").RightAligned()).AddColumn("Matters");
            foreach (var (f, i) in report.Families.Select((f, i) => (f, i)).Take(15))
                table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(f.Name), f.Members.Count.ToString(CultureInfo.InvariantCulture),
                    f.Score.ToString("0.00", CultureInfo.InvariantCulture), f.Important ? "yes" : "");
            AnsiConsole.Write(table);
            int matter = report.Parameters.Count(p => p.Important);
            int assumptions = report.Parameters.Count(p => p.Important && Model.Parameters.ParameterCatalogue.Find(p.Name)!.IsAssumption);
            AnsiConsole.MarkupLine($"{report.Families.Count(f => f.Important)} families and {matter} parameters matter ({assumptions} of them assumptions), threshold {report.Threshold.ToString(CultureInfo.InvariantCulture)}.");
            AnsiConsole.MarkupLine($"{report.Stage1Points + report.Stage2Points:N0} points, {report.Simulations:N0} replications simulated; wall time {report.WallSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
            AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (screening-groups.csv, screening-parameters.csv, sensitivity.md)"
                + (settings.Doc is { } d ? $"; [bold]{Markup.Escape(d)}[/] updated." : "."));
            return ExitCodes.Ok;
        }
        catch (ExperimentInputException ex) { return Experiments.BadInput(ex); }
    }

    private static string Quote(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$') ? "'" + path.Replace("'", "'\\''") + "'" : path;
}
