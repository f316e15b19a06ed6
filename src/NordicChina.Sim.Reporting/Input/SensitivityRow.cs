namespace NordicChina.Sim.Reporting.Input;

/// <summary>One row of sensitivity.csv: a sensitivity index of an output to a parameter, with its 95% confidence interval.</summary>
internal sealed record SensitivityRow(string Method, string Output, string Parameter, string Index, double Value, double CiLow, double CiHigh)
{
    public static IReadOnlyList<SensitivityRow> Load(string path)
    {
        var csv = CsvTable.Load(path);
        int method = csv.Column("method"), output = csv.Column("output"), parameter = csv.Column("parameter"),
            index = csv.Column("index"), value = csv.Column("value"), low = csv.Column("ci95_low"), high = csv.Column("ci95_high");
        return csv.Rows.Select(r => new SensitivityRow(
            CsvTable.Field(r, method).Trim(),
            CsvTable.Field(r, output).Trim(),
            CsvTable.Field(r, parameter).Trim(),
            CsvTable.Field(r, index).Trim(),
            CsvTable.Number(CsvTable.Field(r, value)),
            CsvTable.Number(CsvTable.Field(r, low)),
            CsvTable.Number(CsvTable.Field(r, high)))).ToList();
    }
}
