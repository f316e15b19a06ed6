using System.Globalization;

namespace NordicChina.Sim.Reporting;

/// <summary>Number formatting used everywhere in the report (InvariantCulture, "NA" for missing values).</summary>
public static class Fmt
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// A number with a precision that suits its size: thousands separators from 1,000 up, one decimal from 10,
    /// two from 1, three significant digits below 1.
    /// </summary>
    public static string Number(double v)
    {
        if (double.IsNaN(v) || double.IsInfinity(v))
        {
            return "NA";
        }

        var a = Math.Abs(v);
        string text;
        if (a >= 1000)
        {
            text = v.ToString("N0", Inv);
        }
        else if (a >= 10)
        {
            text = v.ToString("0.0", Inv);
        }
        else if (a >= 1)
        {
            text = v.ToString("0.00", Inv);
        }
        else if (a == 0)
        {
            text = "0";
        }
        else if (a >= 1e-6)
        {
            var decimals = Math.Min(8, 2 - (int)Math.Floor(Math.Log10(a)));
            text = v.ToString("0." + new string('0', decimals), Inv);
        }
        else
        {
            text = v.ToString("0.00e0", Inv);
        }

        // "-0.0" reads oddly in a table.
        return text.StartsWith('-') && text.Trim('-', '0', '.', ',').Length == 0 ? text[1..] : text;
    }

    /// <summary>A number with an explicit sign ("+12.3", "-4.50"), for differences.</summary>
    public static string Signed(double v)
    {
        var text = Number(v);
        return text != "NA" && v > 0 && text != "0" ? "+" + text : text;
    }

    /// <summary>A confidence interval of a level as "low to high".</summary>
    public static string Interval(double low, double high) =>
        double.IsNaN(low) && double.IsNaN(high) ? "NA" : $"{Number(low)} to {Number(high)}";

    /// <summary>A confidence interval of a difference, with signs: "+1.2 to +3.4".</summary>
    public static string SignedInterval(double low, double high) =>
        double.IsNaN(low) && double.IsNaN(high) ? "NA" : $"{Signed(low)} to {Signed(high)}";

    /// <summary>A fraction as a signed percentage: 0.123 becomes "+12.3%".</summary>
    public static string Percent(double fraction)
    {
        if (double.IsNaN(fraction) || double.IsInfinity(fraction))
        {
            return "NA";
        }

        var p = fraction * 100;
        var text = Math.Abs(p) >= 10 ? p.ToString("N0", Inv) : p.ToString("0.0", Inv);
        if (text is "0" or "0.0" or "-0" or "-0.0")
        {
            return "0%";
        }

        return (p > 0 ? "+" : "") + text + "%";
    }

    /// <summary>A whole number with thousands separators, or the fallback text when it is not a number.</summary>
    public static string Integer(double v, string fallback) =>
        double.IsNaN(v) ? fallback : Math.Round(v).ToString("N0", Inv);

    /// <summary>A value as written, up to six significant digits: for parameter values, where 0.1 must not read "0.100".</summary>
    public static string Plain(double v) =>
        double.IsNaN(v) || double.IsInfinity(v) ? "NA" : v.ToString("G6", Inv);

    /// <summary>An axis tick label: compact, no trailing zeros.</summary>
    public static string Tick(double v)
    {
        var a = Math.Abs(v);
        if (a >= 1e6)
        {
            return (v / 1e6).ToString("0.##", Inv) + "M";
        }

        if (a >= 1000)
        {
            return v.ToString("#,0.##", Inv);
        }

        return a < 1e-9 ? "0" : v.ToString("0.####", Inv);
    }

    /// <summary>A calendar year on an axis: no thousands separator, no decimals.</summary>
    /// <summary>A value in its unit: a (mean) year without thousands separators and with one decimal where it is not
    /// whole, anything else as <see cref="Number"/>.</summary>
    public static string Value(double v, string unit) =>
        unit != "year" || double.IsNaN(v) || double.IsInfinity(v) ? Number(v)
        : Math.Abs(v - Math.Round(v)) < 0.05 ? Math.Round(v).ToString("0", Inv) : v.ToString("0.0", Inv);

    public static string Year(double v) => Math.Round(v).ToString("0", Inv);
}
