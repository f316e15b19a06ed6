namespace NordicChina.Sim.Analysis.Calibration;

/// <summary>Why <see cref="AbcSmc"/> stopped.</summary>
public enum AbcSmcStop
{
    /// <summary>The tolerance reached <see cref="AbcSmcOptions.TargetTolerance"/>.</summary>
    TargetTolerance,

    /// <summary><see cref="AbcSmcOptions.MaxGenerations"/> were run.</summary>
    MaxGenerations,

    /// <summary>A generation's acceptance rate fell below <see cref="AbcSmcOptions.MinimumAcceptanceRate"/>.</summary>
    LowAcceptance,

    /// <summary>The simulation budget ran out during a generation (that generation is discarded).</summary>
    SimulationBudget,
}
