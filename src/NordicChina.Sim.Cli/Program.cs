using NordicChina.Sim.Cli;
using NordicChina.Sim.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("nordicsim");
    config.AddCommand<RunCommand>("run").WithDescription("Run a scenario on an embedded localhost cluster and write metrics.csv, summary.csv and run.json.");
    config.AddCommand<ValidateCommand>("validate").WithDescription("Check a scenario file without running it.");
    config.AddCommand<BenchCommand>("bench").WithDescription("Measure grain-call throughput, agent-steps per second on the baseline, and cost per agent-step at 1,000 and 100,000 agents.");
    config.AddCommand<CatalogueCommand>("catalogue").WithDescription("Write the parameter and metric catalogues (docs/parameters.md, docs/metrics.md).");
    config.PropagateExceptions();
});
try
{
    return await app.RunAsync(args);
}
catch (CommandParseException ex)
{
    Console.Error.WriteLine($"nordicsim: {ex.Message}");
    return ExitCodes.BadInput;
}
catch (CommandRuntimeException ex)
{
    Console.Error.WriteLine($"nordicsim: {ex.Message}");
    return ExitCodes.BadInput;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"nordicsim: the run failed: {ex}");
    return ExitCodes.Failure;
}
