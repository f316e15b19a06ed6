namespace NordicChina.Sim.Reporting.Input;

/// <summary>sweep.csv and sweep.json: the varied parameters and the results at each grid point.</summary>
internal sealed class SweepFile
{
    private SweepFile(IReadOnlyList<string> parameters, IReadOnlyList<SweepRow> rows, IReadOnlyList<(string, string)> settings)
    {
        Parameters = parameters;
        Rows = rows;
        Settings = settings;
    }

    public IReadOnlyList<string> Parameters { get; }

    public IReadOnlyList<SweepRow> Rows { get; }

    public IReadOnlyList<(string Name, string Value)> Settings { get; }

    public static SweepFile Load(string folder)
    {
        var csv = CsvTable.Load(Path.Combine(folder, "sweep.csv"));
        int point = csv.Column("point"), metric = csv.Column("metric"), region = csv.Column("region"), sector = csv.Column("sector"),
            n = csv.Column("n"), mean = csv.Column("mean"), low = csv.Column("ci95_low"), high = csv.Column("ci95_high");

        // The parameter columns sit between "point" and "metric"; sweep.json, when present, names them too.
        var columns = Enumerable.Range(point + 1, Math.Max(0, metric - point - 1)).ToList();
        IReadOnlyList<(string, string)> settings = [];
        var jsonPath = Path.Combine(folder, "sweep.json");
        if (File.Exists(jsonPath))
        {
            var json = JsonFile.Load(jsonPath);
            settings = JsonFile.ScalarProperties(json, "parameters");
            var named = JsonFile.Strings(json, "parameters").Where(csv.Has).Select(csv.Column).ToList();
            if (named.Count > 0)
            {
                columns = named;
            }
        }

        var rows = csv.Rows.Select(r => new SweepRow(
            CsvTable.Field(r, point).Trim(),
            columns.Select(c => CsvTable.Field(r, c).Trim()).ToList(),
            CsvTable.SeriesName(csv, r, metric),
            CsvTable.Field(r, region).Trim(),
            CsvTable.Field(r, sector).Trim(),
            CsvTable.Number(CsvTable.Field(r, n)),
            CsvTable.Number(CsvTable.Field(r, mean)),
            CsvTable.Number(CsvTable.Field(r, low)),
            CsvTable.Number(CsvTable.Field(r, high)))).ToList();
        return new SweepFile(columns.Select(c => csv.Header[c]).ToList(), rows, settings);
    }
}
