using System.Collections.Immutable;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.Steps;
using NordicChina.Sim.Model.World;
using static NordicChina.Sim.Model.Tests.Steps.StepWorld;

namespace NordicChina.Sim.Model.Tests.Steps;

/// <summary>A whole tick of a fund family (decide, commit) driven directly, without a cluster.</summary>
public sealed class FundStepTests
{
    [Fact]
    public void Families_partition_the_funds_chinese_first()
    {
        var ctx = Context(scale: 3);
        var cn = FundStep.InitializeFamily(ctx, 0);
        var nordic = FundStep.InitializeFamily(ctx, 1);
        Assert.Equal(237, cn.Funds.Count);   // 3 x 79 (population.funds.cn, calibrated)
        Assert.Equal(90, nordic.Funds.Count);
        Assert.All(cn.Funds, f => Assert.True(f.Chinese && Regions.All[f.HomeRegion].IsChinese));
        Assert.All(nordic.Funds, f => Assert.True(!f.Chinese && Regions.All[f.HomeRegion].IsNordic));
        Assert.Equal(Enumerable.Range(0, 327).Select(i => EntityIds.Fund(i)), cn.Funds.Concat(nordic.Funds).Select(f => f.Id));
        Assert.All(cn.Funds, f => Assert.Equal(0, FundStep.FamilyOf(ctx, f.Id)));
        Assert.All(nordic.Funds, f => Assert.Equal(1, FundStep.FamilyOf(ctx, f.Id)));
    }

    [Fact]
    public void A_family_tick_turns_completed_deals_into_holdings_and_reports_per_home_region()
    {
        var ctx = Context(scale: 3);
        var family = FundStep.InitializeFamily(ctx, 0);
        var snapshot = Snapshot(ctx);
        var decision = FundStep.Decide(ctx, family, snapshot.ToView());
        Assert.NotEmpty(decision.Investments);
        var ids = decision.Investments.Select(i => i.InvestorId).ToArray();
        Assert.Equal(ids.Order(), ids);   // fund order
        Assert.All(decision.Investments, i =>
        {
            Assert.True(i.ByFund);
            Assert.Equal(InvestmentMode.Equity, i.Mode);
            Assert.Equal(family.Funds.Single(f => f.Id == i.InvestorId).HomeRegion, i.OriginRegion);
        });

        // Every intent completes at EUR 2m in a new company.
        var outcomes = decision.Investments.Select((i, k) => new DealOutcome(i, DealStatus.Completed, InvestmentMode.Equity, 9_000_000 + k, 2.0, 0)).ToImmutableArray();
        var investedBefore = family.Funds.ToDictionary(f => f.Id, f => f.Invested);
        var report = FundStep.Commit(ctx, family, snapshot.Tick, outcomes, new PolicyState([.. snapshot.Policy]));

        foreach (var fund in family.Funds)
        {
            int deals = outcomes.Count(o => o.Intent.InvestorId == fund.Id);
            if (fund.Generation == 0) Assert.Equal(investedBefore[fund.Id] + 2.0 * deals, fund.Invested, 9);
        }
        Assert.Equal(family.Funds.Count, report.Funds);
        Assert.Equal(family.Funds.Count(f => f.Active), report.Active.Sum());
        Assert.All(Regions.All.Where(r => !r.IsChinese), r => Assert.Equal(0, report.Active[r.Index]));
        Assert.True(report.Called.Sum() > 0);
    }

    [Fact]
    public void A_family_restored_from_its_checkpoint_continues_bit_for_bit()
    {
        var ctx = Context(scale: 3);
        var family = FundStep.InitializeFamily(ctx, 1);
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) family.Write(w);
        buffer.Position = 0;
        var restored = FundFamily.Read(new BinaryReader(buffer));
        var snapshot = Snapshot(ctx, 3);
        var a = FundStep.Decide(ctx, family, snapshot.ToView());
        var b = FundStep.Decide(ctx, restored, snapshot.ToView());
        Assert.Equal(a.Investments.ToArray(), b.Investments.ToArray());
        var policy = new PolicyState([.. snapshot.Policy]);
        var ra = FundStep.Commit(ctx, family, 3, [], policy);
        var rb = FundStep.Commit(ctx, restored, 3, [], policy);
        Assert.Equal(ra.Distributions.ToArray(), rb.Distributions.ToArray());
        Assert.Equal(ra.Called.ToArray(), rb.Called.ToArray());
    }
}
