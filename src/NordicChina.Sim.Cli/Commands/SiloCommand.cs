using NordicChina.Sim.Hosting.Cluster;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim silo: runs one silo of a real cluster until stopped (Ctrl+C or SIGTERM).</summary>
public sealed class SiloCommand : AsyncCommand<SiloSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SiloSettings settings, CancellationToken cancellationToken)
    {
        ClusterSettings config;
        try
        {
            config = ClusterSettings.Load(settings.Config);
            config.RequireStore();
        }
        catch (ClusterSettingsException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        try
        {
            await ClusterSilo.RunAsync(config, cancellationToken);
            return ExitCodes.Ok;
        }
        catch (StoreUnavailableException ex)
        {
            Console.Error.WriteLine($"error: the silo could not start: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Orleans' own start-up failures (membership table unreachable, port in use): one clear line, no secret.
            Console.Error.WriteLine($"error: the silo could not start ({PostgresStore.Describe(config)}, cluster '{config.ClusterId}'): {ex.GetBaseException().Message}");
            return ExitCodes.Failure;
        }
    }
}
