namespace NordicChina.Sim.Cli;

/// <summary>The years --from and --until select within a run's horizon (both default to the horizon's ends).</summary>
public static class YearWindow
{
    /// <summary>The window, null when neither option was given; an error message when a year lies outside the
    /// horizon or --from is after --until.</summary>
    public static ((int From, int Until)? Window, string? Error) Resolve(int? from, int? until, int startYear, int endYear)
    {
        if (from is null && until is null) return (null, null);
        int f = from ?? startYear, u = until ?? endYear;
        if (f < startYear || f > endYear) return (null, $"--from {f} is outside the simulated years {startYear}-{endYear}");
        if (u < startYear || u > endYear) return (null, $"--until {u} is outside the simulated years {startYear}-{endYear}");
        if (f > u) return (null, $"--from {f} is after --until {u}");
        return ((f, u), null);
    }

    /// <summary>"2020-2035" or "2035" for a window of one year.</summary>
    public static string Label((int From, int Until) w) => w.From == w.Until ? $"{w.From}" : $"{w.From}-{w.Until}";
}
