using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NordicChina.Sim.Cli.Commands;

public sealed class ExploreSettings : CommandSettings
{
    [CommandOption("--port <PORT>")]
    [Description("TCP port of the explorer (default 5714; 0 picks a free one).")]
    public int Port { get; init; } = 5714;

    [CommandOption("--host <ADDRESS>")]
    [Description("Address to listen on (default 127.0.0.1). Any other than a loopback address requires the access token printed at start.")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("--scenarios <DIR>")]
    [Description("The scenario library: a folder of *.yaml scenarios (default: scenarios). Its baseline.yaml is the baseline of comparisons.")]
    public string Scenarios { get; init; } = "scenarios";

    [CommandOption("--out <DIR>")]
    [Description("Where the explorer's runs write their results (default: results/explore).")]
    public string Out { get; init; } = Path.Combine("results", "explore");

    [CommandOption("--cluster <CONFIG>")]
    [Description("Submit the explorer's runs to a real Orleans cluster as a client, configured by this JSON file (and NORDICSIM_* variables), as run --cluster does, instead of an embedded silo.")]
    public string? Cluster { get; init; }

    public override ValidationResult Validate()
    {
        if (Port is < 0 or > 65535) return ValidationResult.Error($"--port {Port}: a TCP port is 0 to 65535");
        if (!IPAddress.TryParse(Host, out _) && Host != "localhost") return ValidationResult.Error($"--host {Host}: not an IP address (e.g. 127.0.0.1 or 0.0.0.0)");
        if (!Directory.Exists(Scenarios)) return ValidationResult.Error($"--scenarios {Scenarios}: no such folder");
        return ValidationResult.Success();
    }
}
