using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Hosting.Cluster;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim resume: continues an interrupted cluster run from each replication's last checkpoint
/// (replications that had finished are taken as they were) and writes the same results an uninterrupted run would.</summary>
public sealed class ResumeCommand : AsyncCommand<ResumeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ResumeSettings settings, CancellationToken cancellationToken)
    {
        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, 1, cancellationToken);
        if (opened is null) return openExit;
        await using var cluster = opened;
        var connection = (ClusterConnection)cluster;
        var record = await cluster.GrainFactory.GetGrain<IRunGrain>(GrainKeys.Run(settings.RunId)).Get();
        if (record is null)
        {
            Console.Error.WriteLine($"error: no run '{settings.RunId}' is recorded in this cluster's store (service id '{connection.Settings.ServiceId}'); nothing was run.");
            return ExitCodes.BadInput;
        }
        string outDir = settings.Out ?? record.OutputFolder;
        if (!Experiments.OutputAllowed(outDir)) return ExitCodes.BadInput;
        Console.Error.WriteLine($"Resuming run {record.RunId}: scenario {record.Scenario.Name}, {record.Scenario.Replications} replication(s), seed {record.Scenario.Seed}{(record.Finished ? " (it had finished; its results are written again from its checkpoints)" : "")}.");
        return await RunCommand.RunOnClusterAsync(connection, record, outDir, settings.Quiet, cancellationToken);
    }
}
