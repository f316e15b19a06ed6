using System.Globalization;
using System.Text.RegularExpressions;
using NordicChina.Sim.Model.Parameters;

namespace NordicChina.Sim.Model.Tests;

/// <summary>
/// The catalogue and the shipped calibration agree: every parameter the calibration spec varies is labelled
/// "calibrated" in the catalogue, and its default is the shipped central value (central-values.yaml: the point of the
/// ensemble's most plausible member) to the three significant digits the catalogue keeps.
/// </summary>
public class CalibratedDefaultsTests
{
    private static string Calibration(string file) => Path.Combine(RepoRoot.Path, "scenarios", "calibration", file);

    private static IReadOnlyList<string> SpecParameters() =>
        File.ReadLines(Calibration("calibration.yaml"))
            .Select(l => Regex.Match(l, @"^\s*-\s*\{\s*name:\s*([A-Za-z0-9_.]+)"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();

    private static Dictionary<string, double> CentralValues() =>
        File.ReadLines(Calibration("central-values.yaml"))
            .Select(l => Regex.Match(l, @"^\s+([A-Za-z0-9_.]+):\s*([-0-9.eE+]+)\s*$"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));

    [Fact]
    public void Every_parameter_of_the_calibration_is_labelled_calibrated()
    {
        var names = SpecParameters();
        Assert.True(names.Count >= 30, $"{names.Count} parameters read from calibration.yaml");
        Assert.All(names, n => Assert.StartsWith("calibrated", ParameterCatalogue.Find(n)!.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_calibrated_default_is_the_shipped_central_value_to_three_significant_digits()
    {
        var central = CentralValues();
        Assert.Equal(SpecParameters().Order(StringComparer.Ordinal), central.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, value) in central)
        {
            var def = ParameterCatalogue.Find(name)!;
            double expected = def.IsInteger ? Math.Round(value) : double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(def.Default - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{name}: default {def.Default}, shipped central value {value}");
        }
    }
}
