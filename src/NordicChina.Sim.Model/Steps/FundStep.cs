using System.Collections.Immutable;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Exchange;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Steps;

/// <summary>
/// What a venture fund does in each phase of a tick (mechanism 5, <see cref="VentureCapital"/>), and the same for a
/// whole <see cref="FundFamily"/> in fund order. Funds 0 .. n_cn-1 are Chinese, the rest Nordic.
/// </summary>
public static class FundStep
{
    /// <summary>Fund families: 0 Chinese, 1 Nordic.</summary>
    public const int Families = 2;

    /// <summary>The index range [first, first + count) of a family's funds.</summary>
    public static (int First, int Count) Range(StepContext ctx, int family)
    {
        long chinese = Population.Scaled(ctx.P.ChineseFunds, ctx.P.PopulationScale);
        long all = Population.Funds(ctx.P);
        return family == 0 ? (0, (int)chinese) : ((int)chinese, (int)(all - chinese));
    }

    /// <summary>The family a fund belongs to.</summary>
    public static int FamilyOf(StepContext ctx, long fundId) =>
        fundId - EntityIds.Fund(0) < Population.Scaled(ctx.P.ChineseFunds, ctx.P.PopulationScale) ? 0 : 1;

    // ---- Initialise ----------------------------------------------------------------------------------------

    public static FundFamily InitializeFamily(StepContext ctx, int family)
    {
        var (first, count) = Range(ctx, family);
        var f = new FundFamily(family, first);
        for (int i = 0; i < count; i++) f.Funds.Add(Initialize(ctx, first + i, family == 0));
        return f;
    }

    /// <summary>A fund at the start year: home region, size, vintage staggered over the fund life, guiding or not.</summary>
    public static VentureFund Initialize(StepContext ctx, int index, bool chinese)
    {
        var p = ctx.P;
        var id = EntityIds.Fund(index);
        var rng = ctx.Stream(id, 0, RandomPurpose.Initialisation);
        var homes = chinese ? Regions.ChineseHubs : Regions.Nordic;
        var fund = new VentureFund
        {
            Id = id,
            Chinese = chinese,
            HomeRegion = homes[rng.Next(homes.Count)].Index,
            Committed = VentureCapital.FundSize(p, chinese, rng),
            Vintage = ctx.Clock.StartYear - rng.NextDouble() * p.FundLife,
            Guiding = chinese && rng.NextDouble() < p.FundGuidingShare,
        };
        fund.Invested = fund.Committed * Math.Min(1, (ctx.Clock.StartYear - fund.Vintage) / p.FundInvestmentPeriod);
        return fund;
    }

    // ---- Decide ---------------------------------------------------------------------------------------------

    /// <summary>Decide phase for a family: every fund's deals, in fund order.</summary>
    public static FundDecision Decide(StepContext ctx, FundFamily family, WorldView view)
    {
        var intents = ImmutableArray.CreateBuilder<InvestmentIntent>();
        var scratch = StepContext.Scratch();
        foreach (var fund in family.Funds) Decide(ctx, fund, view, scratch, intents);
        return new FundDecision(intents.ToImmutable());
    }

    /// <summary>A fund in its investment period draws its deals: follow-ons in companies it holds, or new deals
    /// in a region chosen by <see cref="VentureCapital.ChooseRegion"/>.</summary>
    public static void Decide(StepContext ctx, VentureFund fund, WorldView view, RandomStream scratch, ICollection<InvestmentIntent> intents)
    {
        var p = ctx.P;
        if (!VentureCapital.Investing(p, fund, ctx.Clock.TimeOf(view.Tick))) return;
        var rng = ctx.Stream(scratch, fund.Id, view.Tick, RandomPurpose.FundInvestment);
        long deals = Math.Min(VentureCapital.DealCap(p, fund), Draws.Poisson(rng, VentureCapital.ExpectedDeals(p, fund, view.Policy, ctx.Clock.Dt)));
        for (long i = 0; i < deals; i++)
        {
            if (fund.Holdings.Count > 0 && rng.NextDouble() < p.FundFollowOnShare)
            {
                var held = fund.Holdings[rng.Next(fund.Holdings.Count)];
                intents.Add(new InvestmentIntent(fund.Id, fund.HomeRegion, true, held.Region, InvestmentMode.Equity, -1, held.FirmId));
                continue;
            }
            int region = VentureCapital.ChooseRegion(p, fund, view, rng);
            if (region >= 0)
                intents.Add(new InvestmentIntent(fund.Id, fund.HomeRegion, true, region, InvestmentMode.Equity, -1));
        }
    }

    // ---- Commit ---------------------------------------------------------------------------------------------

    /// <summary>Commit phase for a family. <paramref name="outcomes"/> are the family's deal outcomes in the
    /// canonical order of the tick (host order, then each host's order); each fund gets its own, in that order.
    /// The report sums the funds per home region in fund order.</summary>
    public static FundFamilyReport Commit(StepContext ctx, FundFamily family, int tick, IReadOnlyList<DealOutcome> outcomes, PolicyState policy)
    {
        var byFund = new List<DealOutcome>?[family.Funds.Count];
        long firstId = EntityIds.Fund(family.FirstIndex);
        foreach (var o in outcomes) (byFund[o.Intent.InvestorId - firstId] ??= new()).Add(o);

        int R = Regions.Count;
        var active = new long[R]; var failed = new long[R]; var exits = new long[R]; var writtenOff = new long[R];
        var distributions = new double[R]; var called = new double[R];
        var scratch = StepContext.Scratch();
        for (int i = 0; i < family.Funds.Count; i++)
        {
            var fund = family.Funds[i];
            var r = Commit(ctx, fund, tick, (IReadOnlyList<DealOutcome>?)byFund[i] ?? [], policy, scratch);
            int h = fund.HomeRegion;
            if (fund.Active) active[h]++;
            if (r.Failed) failed[h]++;
            exits[h] += r.Exits;
            distributions[h] += r.Distributions;
            writtenOff[h] += r.WrittenOff;
            called[h] += r.Called;
        }
        return new FundFamilyReport(family.Funds.Count, [.. active], [.. failed], [.. exits], [.. distributions], [.. writtenOff], [.. called]);
    }

    /// <summary>What one fund's commit did: failed this tick, exits, distributions, holdings written off, capital called.</summary>
    public readonly record struct FundTick(bool Failed, int Exits, double Distributions, int WrittenOff, double Called);

    /// <summary>One fund's commit: deals done become holdings; holdings are exited or written off in the order they
    /// were opened; capital is called; the fund may fail, or at the end of its life raise a successor vintage.</summary>
    public static FundTick Commit(StepContext ctx, VentureFund fund, int tick, IReadOnlyList<DealOutcome> outcomes, PolicyState policy, RandomStream scratch)
    {
        var p = ctx.P;
        var clock = ctx.Clock;
        double dealMoney = 0;
        foreach (var o in outcomes)
        {
            if (!o.Completed) continue;
            dealMoney += o.AmountEurM;
            fund.Invested += o.AmountEurM;
            // A new deal in a company already held tops up that holding.
            var held = fund.Holdings.Find(h => h.FirmId == o.TargetFirmId);
            if (held is null) fund.Holdings.Add(held = new Holding { Region = o.Intent.HostRegion, FirmId = o.TargetFirmId });
            held.Invested += o.AmountEurM;
        }

        int exits = 0, writtenOff = 0;
        double distributions = 0;
        var rng = ctx.Stream(scratch, fund.Id, tick, RandomPurpose.FundHoldings);
        fund.Holdings.RemoveAll(h =>
        {
            var (off, proceeds) = VentureCapital.HoldingStep(p, h, clock, rng);
            if (off) { writtenOff++; return true; }
            if (proceeds > 0) { exits++; distributions += proceeds; return true; }
            return false;
        });

        double time = clock.TimeOf(tick);
        double called = VentureCapital.CapitalCall(p, fund, dealMoney, time, clock.Dt);
        bool failed = false;
        rng = ctx.Stream(scratch, fund.Id, tick, RandomPurpose.FundFailure);
        if (fund.Active && !fund.Failed && VentureCapital.Investing(p, fund, time)
            && rng.Bernoulli(VentureCapital.FailureProbability(p, fund, policy, clock)))
        {
            fund.Failed = true;
            fund.Active = false;
            failed = true;
        }
        else if (fund.Active && VentureCapital.EndOfLife(p, fund, time))
        {
            if (rng.Bernoulli(VentureCapital.SuccessorProbability(p, fund, policy)))
            {
                fund.Generation++;
                fund.Vintage = time;
                fund.Committed = VentureCapital.FundSize(p, fund.Chinese, rng);
                fund.Invested = 0;
            }
            else
            {
                fund.Active = false;
            }
        }
        return new FundTick(failed, exits, distributions, writtenOff, called);
    }

    /// <summary>The family's report before its first tick (nothing happened yet).</summary>
    public static FundFamilyReport InitialReport(FundFamily family)
    {
        int R = Regions.Count;
        var active = new long[R];
        foreach (var f in family.Funds) if (f.Active) active[f.HomeRegion]++;
        return new FundFamilyReport(family.Funds.Count, [.. active], [.. new long[R]], [.. new long[R]], [.. new double[R]], [.. new long[R]], [.. new double[R]]);
    }
}
