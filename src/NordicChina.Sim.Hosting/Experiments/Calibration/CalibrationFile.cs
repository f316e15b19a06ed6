using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Hosting.Experiments.Calibration;

/// <summary>One targets file of a calibration with the scenario its moments are simulated on.</summary>
public sealed record CalibrationFile(string Path, CalibrationTargets Targets, ScenarioDefinition Scenario);
