namespace NordicChina.Sim.Hosting.Output;

/// <summary>One line of window.csv: for a sector ("heavy" or a sector code) and the end of a year, the replications
/// counted (<see cref="N"/>), those whose window had closed, the share, those still open and the Kaplan-Meier median
/// closing year (NaN when fewer than half closed within the horizon).</summary>
public sealed record ClosingYearRow(string Sector, int Year, int N, int Closed, double ShareClosed, int NotClosed, double MedianClosingYear);
