using System.ComponentModel;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class SiloSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("Cluster configuration (JSON). NORDICSIM_<Section>__<Key> environment variables override it; without a file, they alone configure the silo.")]
    public string? Config { get; init; }
}
