using NordicChina.Sim.Model.Documentation;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

/// <summary>nordicsim catalogue: regenerates docs/parameters.md and docs/metrics.md from the code.</summary>
public sealed class CatalogueCommand : Command<CatalogueSettings>
{
    public override int Execute(CommandContext context, CatalogueSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            // Each file is written as a temporary file renamed over its name: a symbolic link there is replaced, not followed.
            Directory.CreateDirectory(settings.Docs);
            Hosting.Output.OutputFolder.WriteFileAtomically(Path.Combine(settings.Docs, "parameters.md"), CatalogueDocument.Parameters());
            Hosting.Output.OutputFolder.WriteFileAtomically(Path.Combine(settings.Docs, "metrics.md"), CatalogueDocument.Metrics());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {settings.Docs}: cannot write the catalogues there ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}).");
            return ExitCodes.BadInput;
        }
        Console.WriteLine($"Wrote {Path.Combine(settings.Docs, "parameters.md")} and {Path.Combine(settings.Docs, "metrics.md")}.");
        return ExitCodes.Ok;
    }
}
