namespace NordicChina.Sim.Model.Policies;

/// <summary>One scenario entry: lever <paramref name="Lever"/> at <paramref name="Intensity"/> from the start
/// of <paramref name="StartYear"/> to the end of <paramref name="EndYear"/>, optionally only in some host
/// regions (codes). Later entries override earlier ones where they overlap.</summary>
public sealed record PolicySetting(string Lever, int StartYear, int EndYear, double Intensity, IReadOnlyList<string> Regions)
{
    public bool Covers(int year) => year >= StartYear && year <= EndYear;
}
