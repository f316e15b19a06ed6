namespace NordicChina.Sim.Cli;

/// <summary>The program's exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    /// <summary>Bad input: a scenario or option that fails validation. Nothing was written.</summary>
    public const int BadInput = 2;
}
