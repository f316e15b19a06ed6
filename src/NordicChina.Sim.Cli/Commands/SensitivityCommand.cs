using NordicChina.Sim.Hosting;
using NordicChina.Sim.Hosting.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim sensitivity: Morris or Sobol indices of chosen outputs over the parameters' plausible ranges.</summary>
public sealed class SensitivityCommand : AsyncCommand<SensitivitySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SensitivitySettings settings, CancellationToken cancellationToken)
    {
        if (settings.Screening) return await SensitivityScreening.ExecuteAsync(settings, cancellationToken);
        var scenario = Experiments.Scenario(settings.Scenario, settings.Replications);
        if (scenario is null) return ExitCodes.BadInput;
        var method = settings.Method == "sobol" ? SensitivityMethod.Sobol : SensitivityMethod.Morris;
        int samples = settings.Samples ?? (method == SensitivityMethod.Morris ? 10 : 16);
        string outDir = settings.Out ?? Path.Combine("results", $"{scenario.Name}-{settings.Method}");
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;
        try
        {
            var ranges = SensitivityRunner.Ranges(settings.All ? null : settings.Params!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var outputs = settings.Outputs is null ? OutputSpec.Defaults
                : settings.Outputs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(OutputSpec.Parse).ToArray();
            int points = SensitivityRunner.CheckDesignSize(method, samples, ranges.Count);
            var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, settings.Silos, cancellationToken);
            if (opened is null) return openExit;
            await using var cluster = opened;
            AnsiConsole.MarkupLine($"{settings.Method} analysis of [bold]{Markup.Escape(scenario.Name)}[/]: {ranges.Count} parameters, {points} runs x {scenario.Replications} replications.");
            await Experiments.WithProgress("runs", settings.Quiet, async p =>
            {
                await new SensitivityRunner(cluster.GrainFactory, cluster.Silos) { MaxAttempts = Clusters.Attempts(cluster), Log = Clusters.Log }.RunAsync(scenario, method, samples, ranges, outputs, outDir, settings.Resume, p, cancellationToken);
                return 0;
            });
            ReportCommand.Write(outDir);
            AnsiConsole.MarkupLine($"Results in [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/] (sensitivity.csv, points.csv, report.html).");
            return ExitCodes.Ok;
        }
        catch (ExperimentInputException ex) { return Experiments.BadInput(ex); }
    }
}
