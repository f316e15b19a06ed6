using NordicChina.Sim.Analysis.Statistics;

namespace NordicChina.Sim.Analysis.Tests;

/// <summary>The one convention for the window's closing year (right-censored at the horizon's end).</summary>
public sealed class ClosingYearsTests
{
    private static readonly double[] Years = [2031, double.NaN, 2028, 2035, double.NaN];

    [Fact]
    public void A_window_still_open_counts_as_closing_the_year_after_the_last()
    {
        Assert.Equal([2031, 2041, 2028, 2035, 2041], ClosingYears.Censor(Years, 2040));
        Assert.Equal(2, ClosingYears.NotClosed(Years));
    }

    [Fact]
    public void The_share_closed_by_a_year_counts_every_replication()
    {
        Assert.Equal(0, ClosingYears.ShareClosedBy(Years, 2027));
        Assert.Equal(0.2, ClosingYears.ShareClosedBy(Years, 2028), 12);
        Assert.Equal(0.4, ClosingYears.ShareClosedBy(Years, 2034), 12);
        Assert.Equal(0.6, ClosingYears.ShareClosedBy(Years, 2040), 12);
    }

    [Fact]
    public void The_Kaplan_Meier_median_is_the_first_year_by_which_half_have_closed()
    {
        // Five replications: the third to close (2035) is where the share closed reaches 3/5 >= 1/2.
        Assert.Equal(2035, ClosingYears.Median(Years));
        // Four: the second (2028, 2031 -> 2031) reaches 2/4.
        Assert.Equal(2031, ClosingYears.Median([2031, double.NaN, 2028, double.NaN]));
        // Fewer than half closed: the median lies beyond the horizon.
        Assert.True(double.IsNaN(ClosingYears.Median([2031, double.NaN, double.NaN])));
        // The mean of the censored values is what the tables show, not the mean of the closed ones only.
        Assert.Equal((2031 + 2041 + 2028 + 2035 + 2041) / 5.0, ClosingYears.Censor(Years, 2040).Average(), 12);
    }
}
