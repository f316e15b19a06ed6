namespace NordicChina.Sim.Model.Parameters;

/// <summary>Where a parameter's default comes from (<see cref="ParameterDefinition.SourceKind"/>).</summary>
public enum ParameterSourceKind
{
    /// <summary>The word "assumption": no source.</summary>
    Assumption,

    /// <summary>Calibrated to the public record (scenarios/calibration/).</summary>
    Calibrated,

    /// <summary>The report, cited as "report ch.N ..." or "report 'Section' ...".</summary>
    Report,

    /// <summary>Other published work, including other publishers' reports ("Annual Report") and figures "reported by" the press.</summary>
    Published,
}
