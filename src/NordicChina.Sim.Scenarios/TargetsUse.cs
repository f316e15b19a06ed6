namespace NordicChina.Sim.Scenarios;

/// <summary>What a targets file is for: fitting (calibration) or checking a fit out of sample (validation, never fitted).</summary>
public enum TargetsUse
{
    Calibration,
    Validation,
}
