using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim sweep: a scenario over a parameter grid, one row per point and metric with mean and interval.</summary>
public sealed class SweepCommand : AsyncCommand<SweepSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        var scenario = Experiments.Scenario(settings.Scenario, settings.Replications);
        if (scenario is null) return ExitCodes.BadInput;
        var (ensemble, ensembleOk) = Experiments.Uncertainty(settings);
        if (!ensembleOk) return ExitCodes.BadInput;
        scenario = scenario.WithUncertainty(ensemble);
        ParameterGrid grid;
        try { grid = ParameterGrid.Parse(settings.Vary); }
        catch (ExperimentInputException ex) { return Experiments.BadInput(ex); }
        var groups = CompareCommand.ParseGroups(settings.Groups);
        if (groups is null) return ExitCodes.BadInput;
        string outDir = settings.Out ?? Path.Combine("results", scenario.Name + "-sweep");
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;

        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancellationToken);
        if (opened is null) return openExit;
        await using var cluster = opened;
        var runner = new SweepRunner(cluster.GrainFactory, cluster.Silos) { MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log, Groups = groups };
        try
        {
            AnsiConsole.MarkupLine($"Sweep of [bold]{Markup.Escape(scenario.Name)}[/]: {grid.Points.Count} points x {scenario.Replications} replications, seed {scenario.Seed}.");
            int ran = await Experiments.WithProgress("points", settings.Quiet, p => runner.RunAsync(scenario, grid, outDir, settings.Resume, p, cancellationToken));
            ReportCommand.Write(outDir);
            AnsiConsole.MarkupLine($"Ran {ran} point(s){(settings.Resume ? $", {grid.Points.Count - ran} found from the interrupted run" : "")}. Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (sweep.csv, sweep.parquet, sweep.json, report.html).");
            return ExitCodes.Ok;
        }
        catch (ExperimentInputException ex) { return Experiments.BadInput(ex); }
    }
}
