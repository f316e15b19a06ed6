using System.Text;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Hosting.Uncertainty;
using NordicChina.Sim.Scenarios;

namespace NordicChina.Sim.Grains.Tests;

/// <summary>The ensemble loader: a good file, and every problem located as file:line:column: field: message.</summary>
public sealed class ParameterEnsembleTests
{
    private static ScenarioException Fails(string text) =>
        Assert.Throws<ScenarioException>(() => ParameterEnsemble.Parse(Encoding.UTF8.GetBytes(text), "e.csv", "e.csv"));

    [Fact]
    public void A_good_file_gives_every_member_in_catalogue_order_of_its_columns_and_its_hash()
    {
        var text = "member,firm.startup_failure_rate,\"population.GSR.incumbents\"\r\n0,0.05,200\r\n1,0.1,800\r\n2,0.15,400\r\n";
        var e = ParameterEnsemble.Parse(Encoding.UTF8.GetBytes(text), "e.csv", "source");
        Assert.Equal(["firm.startup_failure_rate", "population.GSR.incumbents"], e.Names.ToArray());
        Assert.Equal(3, e.Members);
        Assert.Equal(0.1, e.Value(1, 0));
        Assert.Equal(400, e.Value(2, 1));
        Assert.Equal("source", e.Source);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))), e.Sha256);
    }

    [Fact]
    public void The_test_fixture_loads()
    {
        var e = ParameterEnsemble.Load(Path.Combine(TestScenarios.RepoRoot, "tests", "NordicChina.Sim.Cli.Tests", "Fixtures", "ensemble.csv"));
        Assert.Equal(3, e.Members);
        Assert.Equal(64, e.Sha256.Length);
    }

    [Fact]
    public void An_unknown_parameter_is_located_in_the_header_with_a_suggestion()
    {
        var ex = Fails("member,firm.startup_failure_rate,catchup.rate.CN.hevy\n0,0.1,0.1\n");
        var e = Assert.Single(ex.Errors);
        Assert.Equal("e.csv:1:34: header: unknown parameter 'catchup.rate.CN.hevy' (did you mean catchup.rate.CN.heavy?)", e.ToString());
    }

    [Fact]
    public void An_out_of_range_value_is_located_by_line_and_column()
    {
        var ex = Fails("member,firm.startup_failure_rate,population.GSR.incumbents\n0,0.1,200\n1,1.5,200\n2,0.1,12.5\n");
        Assert.Equal(2, ex.Errors.Count);
        Assert.Equal("e.csv:3:3: firm.startup_failure_rate: firm.startup_failure_rate must be between 0 and 1 (per year), got 1.5", ex.Errors[0].ToString());
        Assert.StartsWith("e.csv:4:7: population.GSR.incumbents: population.GSR.incumbents must be a whole number", ex.Errors[1].ToString());
    }

    [Theory]
    [InlineData("", "e.csv:1:1: header: the file is empty")]
    [InlineData("id,firm.startup_failure_rate\n0,0.1\n", "e.csv:1:1: header: the first column must be 'member', got 'id'")]
    [InlineData("member,firm.startup_failure_rate,firm.startup_failure_rate\n0,0.1,0.1\n", "e.csv:1:34: header: parameter 'firm.startup_failure_rate' appears twice")]
    [InlineData("member,firm.startup_failure_rate\n", "e.csv:1:1: member: no members")]
    [InlineData("member,firm.startup_failure_rate\n0,0.1\n2,0.1\n", "e.csv:3:1: member: expected member number 1")]
    [InlineData("member,firm.startup_failure_rate\n0,0.1,7\n", "e.csv:2:1: row: 3 field(s) where the header has 2")]
    [InlineData("member,firm.startup_failure_rate\n0,abc\n", "e.csv:2:3: firm.startup_failure_rate: expected a number, got 'abc'")]
    [InlineData("member,firm.startup_failure_rate\n0,\"0.1\"\n1,NaN\n", "e.csv:3:3: firm.startup_failure_rate: expected a number, got 'NaN'")]
    public void Problems_are_reported_as_file_line_column_field_message(string text, string expected)
    {
        Assert.StartsWith(expected, Fails(text).Errors[0].ToString());
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_name()
    {
        var ex = Assert.Throws<ScenarioException>(() => ParameterEnsemble.Load("/nonexistent/ensemble.csv"));
        Assert.Equal("/nonexistent/ensemble.csv: file: file not found", ex.Errors[0].ToString());
    }

    [Fact]
    public void The_shipped_ensemble_is_embedded_when_the_file_exists_at_build_time()
    {
        bool exists = File.Exists(Path.Combine(TestScenarios.RepoRoot, "scenarios", "calibration", "ensemble.csv"));
        Assert.Equal(exists, ParameterEnsemble.HasShipped);
        if (exists) Assert.Equal(ParameterUncertaintyShipped(), ParameterEnsemble.Shipped().Source);
        else Assert.Contains("ships no parameter ensemble", Assert.Throws<ScenarioException>(ParameterEnsemble.Shipped).Message);
    }

    private static string ParameterUncertaintyShipped() => Model.Parameters.ParameterUncertainty.Shipped;

    [Fact]
    public void A_replication_spec_carries_its_members_values_and_the_scenario_record_keeps_the_ensemble()
    {
        var ensemble = ParameterEnsemble.Parse(Encoding.UTF8.GetBytes("member,firm.startup_failure_rate\n0,0.01\n1,0.5\n"), "e.csv", "e.csv");
        var scenario = TestScenarios.Small(years: 1, replications: 8).WithUncertainty(ensemble);
        for (int r = 0; r < 8; r++)
            Assert.Equal(ensemble.Value(scenario.MemberOf(r)!.Value, 0), ReplicationSpec.From(scenario, "k", r).Parameters["firm.startup_failure_rate"]);
        var back = ScenarioRecord.From(scenario).ToDefinition();
        Assert.Equal(Enumerable.Range(0, 8).Select(r => scenario.ParametersFor(r).Values), Enumerable.Range(0, 8).Select(r => back.ParametersFor(r).Values),
            new ValuesComparer());
    }

    private sealed class ValuesComparer : IEqualityComparer<System.Collections.Immutable.ImmutableArray<double>>
    {
        public bool Equals(System.Collections.Immutable.ImmutableArray<double> a, System.Collections.Immutable.ImmutableArray<double> b) => a.SequenceEqual(b);
        public int GetHashCode(System.Collections.Immutable.ImmutableArray<double> a) => a.Length;
    }
}
