using NordicChina.Sim.Cli.Explore;
using NordicChina.Sim.Hosting;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim explore: an interactive web explorer on the embedded silo (the engine of run), or with --cluster
/// a client of a real cluster (as run --cluster), until Ctrl+C.</summary>
public sealed class ExploreCommand : AsyncCommand<ExploreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExploreSettings settings, CancellationToken cancellationToken)
    {
        var (opened, openExit) = await Clusters.OpenAsync(settings.Cluster, 1, cancellationToken);
        if (opened is null) return openExit;
        await using var cluster = opened;
        var server = new ExplorerServer(cluster, new ExplorerOptions(settings.Host, settings.Port, Path.GetFullPath(settings.Scenarios), Path.GetFullPath(settings.Out)));
        Microsoft.AspNetCore.Builder.WebApplication started;
        try { started = await server.StartAsync(); }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"error: --host {settings.Host} --port {settings.Port}: cannot listen there ({ex.Message}); try another --port, or --port 0 for a free one.");
            return ExitCodes.BadInput;
        }
        await using var app = started;
        Console.WriteLine($"Explorer: {server.Url}");
        if (server.Token is not null)
            Console.WriteLine($"Bound to {settings.Host}, not loopback: every request needs the access token (open the address above, which carries it).");
        Console.WriteLine("Press Ctrl+C to stop.");
        try { await Task.Delay(Timeout.Infinite, cancellationToken); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}
