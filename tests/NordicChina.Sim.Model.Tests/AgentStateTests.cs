using System.Reflection;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

/// <summary>Checkpoint codec: every settable property of every agent type survives a write and read bit for bit,
/// so an agent field added without being checkpointed fails here.</summary>
public sealed class AgentStateTests
{
    [Fact]
    public void A_firm_round_trips_every_property()
    {
        var firm = Filled(new Firm { Id = 1, Region = 2, Sector = 3, Kind = FirmKind.ChineseStartup });
        var copy = RoundTrip(w => AgentState.Write(w, firm), AgentState.ReadFirm);
        AssertSameProperties(firm, copy);
    }

    [Fact]
    public void An_rd_centre_round_trips_every_property()
    {
        var centre = Filled(new RdCentre { Id = 1, ParentId = 2, ParentRegion = 3, HostRegion = 4, Sector = 5, PlannedStaff = 6, OpenedTick = 7 });
        AssertSameProperties(centre, RoundTrip(w => AgentState.Write(w, centre), AgentState.ReadCentre));
    }

    [Fact]
    public void A_talent_pool_round_trips_every_property()
    {
        var pool = Filled(new TalentPool());
        var copy = RoundTrip(w => AgentState.Write(w, pool), r => { var p = new TalentPool(); AgentState.ReadPool(r, p); return p; });
        AssertSameProperties(pool, copy);
    }

    [Fact]
    public void A_fund_round_trips_every_property_and_its_holdings_in_order()
    {
        var fund = Filled(new VentureFund { Id = 9, Chinese = true, HomeRegion = 8 });
        fund.Holdings.Add(new Holding { Region = 1, FirmId = 11, Invested = 0.1 + 0.2 });
        fund.Holdings.Add(new Holding { Region = 2, FirmId = 12, Invested = Math.PI });
        var copy = RoundTrip(w => AgentState.Write(w, fund), AgentState.ReadFund);
        AssertSameProperties(fund, copy);
        Assert.Equal(fund.Holdings.Select(h => (h.Region, h.FirmId, BitConverter.DoubleToInt64Bits(h.Invested))),
            copy.Holdings.Select(h => (h.Region, h.FirmId, BitConverter.DoubleToInt64Bits(h.Invested))));
    }

    [Fact]
    public void A_state_of_another_layout_version_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer)) w.Write(AgentState.Version + 1);
        using var r = new BinaryReader(new MemoryStream(buffer.ToArray()));
        Assert.Throws<InvalidDataException>(() => AgentState.ReadHeader(r));
    }

    private static T RoundTrip<T>(Action<BinaryWriter> write, Func<BinaryReader, T> read)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer)) write(w);
        using var r = new BinaryReader(new MemoryStream(buffer.ToArray()));
        var value = read(r);
        Assert.Equal(r.BaseStream.Length, r.BaseStream.Position);   // everything written was read
        return value;
    }

    /// <summary>Gives every settable property a distinct value unlike its default (doubles with awkward bits).</summary>
    private static T Filled<T>(T agent)
    {
        int n = 0;
        foreach (var p in Settable(typeof(T)))
        {
            n++;
            object value = p.PropertyType switch
            {
                var t when t == typeof(double) => n * 1.1 + 1e-13,
                var t when t == typeof(long) => 1_000_000_007L * n,
                var t when t == typeof(int) => n + 100,
                var t when t == typeof(bool) => !(bool)p.GetValue(agent)!,
                var t when t.IsEnum => Enum.GetValues(t).Cast<object>().Last(v => !v.Equals(p.GetValue(agent))),
                var t => throw new InvalidOperationException($"{typeof(T).Name}.{p.Name}: no test value for {t.Name}"),
            };
            if (p.Name is "Id" or "Region" or "Sector" or "Kind" or "HomeRegion" or "Chinese") continue;   // set by the caller
            p.SetValue(agent, value);
        }
        return agent;
    }

    private static void AssertSameProperties<T>(T expected, T actual)
    {
        foreach (var p in Settable(typeof(T)))
        {
            var e = p.GetValue(expected);
            var a = p.GetValue(actual);
            if (e is double d) Assert.True(BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits((double)a!), $"{typeof(T).Name}.{p.Name}: {d} became {a}");
            else Assert.True(Equals(e, a), $"{typeof(T).Name}.{p.Name}: {e} became {a}");
        }
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null).OrderBy(p => p.Name, StringComparer.Ordinal);
}
