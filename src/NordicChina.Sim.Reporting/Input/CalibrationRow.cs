namespace NordicChina.Sim.Reporting.Input;

/// <summary>One row of calibration.csv: an empirical moment, its target, the fitted model's value, weight and relative error.</summary>
internal sealed record CalibrationRow(string Moment, double Target, double Simulated, double Weight, double RelativeError)
{
    public static IReadOnlyList<CalibrationRow> Load(string path)
    {
        var csv = CsvTable.Load(path);
        int moment = csv.Column("moment"), target = csv.Column("target"), simulated = csv.Column("simulated");
        var weight = csv.Has("weight") ? csv.Column("weight") : -1;
        var error = csv.Has("relative_error") ? csv.Column("relative_error") : -1;
        return csv.Rows.Select(r => new CalibrationRow(
            CsvTable.Field(r, moment).Trim(),
            CsvTable.Number(CsvTable.Field(r, target)),
            CsvTable.Number(CsvTable.Field(r, simulated)),
            CsvTable.Number(CsvTable.Field(r, weight)),
            CsvTable.Number(CsvTable.Field(r, error)))).ToList();
    }
}
