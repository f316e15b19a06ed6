namespace NordicChina.Sim.Hosting.Experiments;

/// <summary>An experiment's options are wrong (unknown parameter, range outside the catalogue, empty grid, ...).
/// The command line reports the message and exits with code 2 before anything is written.</summary>
public sealed class ExperimentInputException(string message) : Exception(message);
