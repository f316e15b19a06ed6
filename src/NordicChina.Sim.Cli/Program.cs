using NordicChina.Sim.Cli;
using NordicChina.Sim.Cli.Commands;
using Spectre.Console.Cli;

var (argv, verbose) = Failures.TakeVerbose(args);
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("nordicsim");
    config.SetApplicationVersion(NordicChina.Sim.Hosting.ProgramInfo.Version);
    config.AddCommand<RunCommand>("run").WithDescription("Run a scenario on an embedded localhost cluster (or, with --cluster, a real one) and write metrics.csv, summary.csv and run.json.");
    config.AddCommand<SiloCommand>("silo").WithDescription("Run one silo of a real Orleans cluster (membership and grain state in PostgreSQL), configured by --config and NORDICSIM_* variables.");
    config.AddCommand<ResumeCommand>("resume").WithDescription("Continue an interrupted cluster run from its checkpoints: nordicsim resume <run id> --cluster <config>.");
    config.AddCommand<ValidateCommand>("validate").WithDescription("Check a scenario file without running it.");
    config.AddCommand<BenchCommand>("bench").WithDescription("Measure the Orleans engine against the direct driver (the same steps without Orleans): the baseline's wall and CPU time, the cost per agent-step from 1,000 to 1,000,000 agents, and one large replication's use of the cores.");
    config.AddCommand<CompareCommand>("compare").WithDescription("Compare scenarios with a baseline under common random numbers: differences with 95% CIs and relative changes, comparison.csv and report.html.");
    config.AddCommand<SweepCommand>("sweep").WithDescription("Run a scenario over a grid of parameter values (--vary name=from:to:step), streaming points to disk; --resume continues an interrupted sweep.");
    config.AddCommand<SensitivityCommand>("sensitivity").WithDescription("Morris or Sobol sensitivity analysis over the parameters' plausible ranges and policy levers' intensities (lever.<name>.intensity), with bootstrap intervals.");
    config.AddCommand<CalibrateCommand>("calibrate").WithDescription("Method of simulated moments: fit parameters to target moments (--targets), writing fitted.yaml.");
    config.AddCommand<ReportCommand>("report").WithDescription("Turn a results folder into a self-contained report.html.");
    config.AddCommand<ExploreCommand>("explore").WithDescription("Start the interactive web explorer on the embedded silo (bound to 127.0.0.1; --port, --host) and print its address.");
    config.AddCommand<CatalogueCommand>("catalogue").WithDescription("Write the parameter and metric catalogues (docs/parameters.md, docs/metrics.md).");
    config.PropagateExceptions();
    config.UseStrictParsing();
});
Interruption.Install();
try
{
    return await app.RunAsync(argv, Interruption.Token);
}
catch (Exception) when (Interruption.ExitCode is { } interrupted)
{
    Console.Error.WriteLine($"nordicsim: cancelled by {Interruption.SignalName}; nothing was swapped into the results folder and earlier results are untouched.");
    return interrupted;
}
catch (CommandParseException ex)
{
    Console.Error.WriteLine($"nordicsim: {Failures.CommandLine(ex.Message, argv)}");
    return ExitCodes.BadInput;
}
catch (CommandRuntimeException ex)
{
    Console.Error.WriteLine($"nordicsim: {Failures.CommandLine(ex.Message, argv)}");
    return ExitCodes.BadInput;
}
catch (Exception ex)
{
    // One line by default; the trace (with build paths) only with the global --verbose option.
    Console.Error.WriteLine($"nordicsim: {Failures.Unexpected(ex, verbose)}");
    return ExitCodes.Failure;
}
finally
{
    Experiments.ReleaseOutputs();
}
