namespace NordicChina.Sim.Cli.Explore;

/// <summary>A row of window.csv (<see cref="Hosting.Output.ClosingYearRow"/>) for JSON: missing numbers are null.</summary>
public sealed record WindowClosing(string Sector, int Year, int N, int Closed, double? ShareClosed, int NotClosed, double? MedianClosingYear);
