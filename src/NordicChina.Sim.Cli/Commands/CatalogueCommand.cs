using NordicChina.Sim.Model.Documentation;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim catalogue: regenerates docs/parameters.md and docs/metrics.md from the code.</summary>
public sealed class CatalogueCommand : Command<CatalogueSettings>
{
    public override int Execute(CommandContext context, CatalogueSettings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Docs);
        File.WriteAllText(Path.Combine(settings.Docs, "parameters.md"), CatalogueDocument.Parameters());
        File.WriteAllText(Path.Combine(settings.Docs, "metrics.md"), CatalogueDocument.Metrics());
        Console.WriteLine($"Wrote {Path.Combine(settings.Docs, "parameters.md")} and {Path.Combine(settings.Docs, "metrics.md")}.");
        return ExitCodes.Ok;
    }
}
