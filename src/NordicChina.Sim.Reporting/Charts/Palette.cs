using ScottPlot;

namespace NordicChina.Sim.Reporting.Charts;

/// <summary>Colour-blind safe colours (Okabe and Ito); the baseline is always dark grey.</summary>
internal static class Palette
{
    public static readonly Color Baseline = Color.FromHex("#3a3a3a");

    private static readonly Color[] Colors =
    [
        Color.FromHex("#0072B2"),
        Color.FromHex("#D55E00"),
        Color.FromHex("#009E73"),
        Color.FromHex("#CC79A7"),
        Color.FromHex("#E69F00"),
        Color.FromHex("#56B4E9"),
        Color.FromHex("#8C564B"),
        Color.FromHex("#7F3C8D"),
    ];

    public static Color At(int index) => Colors[((index % Colors.Length) + Colors.Length) % Colors.Length];
}
