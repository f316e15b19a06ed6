using System.Text.RegularExpressions;

namespace NordicChina.Sim.Reporting.Tests;

/// <summary>Checks on rendered report HTML shared by the tests.</summary>
public static partial class HtmlChecks
{
    public static int CountSvg(string html) => Regex.Matches(html, "<svg\\b").Count;

    /// <summary>Fails when the page would load anything from elsewhere.</summary>
    public static void AssertSelfContained(string html)
    {
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every id in the document is unique (charts must not share clip paths).</summary>
    public static void AssertUniqueIds(string html)
    {
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var duplicates = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [GeneratedRegex("(?:src|href)\\s*=\\s*[\"']?\\s*(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
