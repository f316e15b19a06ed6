namespace NordicChina.Sim.Cli.Explore;

/// <summary>Numbers for JSON: NaN and infinities (no JSON number) become null.</summary>
public static class Json
{
    public static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
