using System.Globalization;
using System.Text.RegularExpressions;
using NordicChina.Sim.Model.Parameters;

namespace NordicChina.Sim.Model.Tests;

/// <summary>docs/scenarios.md's table of default population counts and its agent total follow the catalogue.</summary>
public sealed class ScenarioDocCountsTests
{
    [Fact]
    public void The_default_counts_and_the_agent_total_in_scenarios_md_are_the_catalogues()
    {
        string doc = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "scenarios.md"));
        var d = ParameterSet.Defaults;
        int rows = 0;
        long firms = 0;
        foreach (Match m in Regex.Matches(doc, @"^\| ([A-Z]{3}) \| ([0-9-]+) \| ([0-9-]+) \| ([0-9-]+) \| ([0-9-]+) \|$", RegexOptions.Multiline))
        {
            string region = m.Groups[1].Value;
            string[] kinds = ["incumbents", "startups", "champions", "manufacturers"];
            for (int k = 0; k < kinds.Length; k++)
            {
                string cell = m.Groups[k + 2].Value;
                string name = $"population.{region}.{kinds[k]}";
                if (cell == "-") { Assert.Null(ParameterCatalogue.Find(name)); continue; }
                Assert.Equal(d[name], double.Parse(cell, CultureInfo.InvariantCulture));
                firms += long.Parse(cell, CultureInfo.InvariantCulture);
            }
            rows++;
        }
        Assert.Equal(12, rows);
        long funds = (long)(d["population.funds.cn"] + d["population.funds.nordic"]);
        long agents = firms + funds + 12 + 4;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{agents:N0} agents ({firms:N0} firms, {funds} funds, 12 talent pools and 4 governments"), doc.Replace("\n", " "));
    }
}
