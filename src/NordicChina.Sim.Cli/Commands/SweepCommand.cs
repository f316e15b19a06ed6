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
        foreach (var axis in grid.Axes)
        {
            if (LeverAxis.IsLever(axis.Parameter) && LeverAxis.Parse(axis.Parameter, axis.Parameter).Axis is { From: { } from, To: { } to }
                && (to < scenario.StartYear || from > scenario.EndYear))
                return Experiments.BadInput(new ExperimentInputException(
                    $"--vary {axis.Parameter}: {from}-{to} lies outside {scenario.Name}'s years, {scenario.StartYear}-{scenario.EndYear}; the lever would change nothing"));
            if (LeverAxis.DefaultNote(scenario, axis.Parameter) is { } note) Console.Error.WriteLine($"note: {note}.");
        }
        var groups = CompareCommand.ParseGroups(settings.Groups);
        if (groups is null) return ExitCodes.BadInput;
        string outDir = settings.Out ?? Path.Combine("results", scenario.Name + "-sweep");
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;

        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancellationToken);
        if (opened is null) return openExit;
        await using var cluster = opened;
        var runner = new SweepRunner(cluster.GrainFactory, cluster.Silos) { MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log, Groups = Hosting.Output.HeadlineTable.Groups(groups) };
        try
        {
            AnsiConsole.MarkupLine($"Sweep of [bold]{Markup.Escape(scenario.Name)}[/]: {grid.Points.Count} points x {scenario.Replications} replications, seed {scenario.Seed}.");
            int ran = await Experiments.WithProgress("points", settings.Quiet, p => runner.RunAsync(scenario, grid, outDir, settings.Resume, p, cancellationToken));
            ReportCommand.Write(outDir);
            PrintTable(outDir, grid, groups, scenario.EndYear);
            AnsiConsole.MarkupLine($"Ran {ran} point(s){(settings.Resume ? $", {grid.Points.Count - ran} found from the interrupted run" : "")}. Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (sweep.csv, sweep.parquet, sweep.json, report.html).");
            return ExitCodes.Ok;
        }
        catch (ExperimentInputException ex) { return Experiments.BadInput(ex); }
    }

    /// <summary>The headline indicators (the one list) at each grid point, over the whole horizon: one column per point
    /// (the first 8; sweep.csv has them all), each cell the mean over replications with its 95% CI on the line below.</summary>
    private static void PrintTable(string outDir, ParameterGrid grid, IReadOnlyList<Model.World.RegionGroup> groups, int endYear)
    {
        var file = Hosting.Output.CsvOut.ReadFile(Path.Combine(outDir, "sweep.csv"));
        int Col(string name) => Array.IndexOf(file[0], name);
        int pt = Col("point"), me = Col("metric"), re = Col("region"), de = Col("destination"), se = Col("sector"), mean = Col("mean"), lo = Col("ci95_low"), hi = Col("ci95_high");
        var rows = file.Skip(1).ToLookup(f => (f[pt], f[me], f[re], f[de], f[se]));
        int shown = Math.Min(8, grid.Points.Count);
        var table = new Table().Title(Markup.Escape($"Sweep: headline indicators over the whole horizon (mean, 95% CI below it; flows summed, stocks at the end of {endYear}); columns: {string.Join(", ", grid.Axes.Select(a => a.Parameter))}")).AddColumn("Indicator");
        for (int p = 0; p < shown; p++)
            table.AddColumn(new TableColumn(Markup.Escape(string.Join(", ", grid.Axes.Select((a, k) => grid.Points[p][k].ToString("G", System.Globalization.CultureInfo.InvariantCulture))))).RightAligned());
        foreach (var (title, unit, metric, region, destination, sector) in Hosting.Output.HeadlineTable.Definitions(groups, endYear))
        {
            var cells = new List<string> { Markup.Escape($"{title} ({unit})") };
            for (int p = 0; p < shown; p++)
            {
                var f = rows[(p.ToString(System.Globalization.CultureInfo.InvariantCulture), metric, region, destination, sector)].FirstOrDefault();
                cells.Add(f is null || f[mean].Length == 0 ? "-" : Reporting.Fmt.Value(Number(f[mean]), unit)
                    + (f[lo].Length == 0 || f[hi].Length == 0 ? "" : $"\n({Reporting.Fmt.Value(Number(f[lo]), unit)} .. {Reporting.Fmt.Value(Number(f[hi]), unit)})"));
            }
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
        if (grid.Points.Count > shown) AnsiConsole.MarkupLine($"The first {shown} of {grid.Points.Count} points; sweep.csv has them all.");
    }

    private static double Number(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
