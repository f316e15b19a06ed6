using System.Collections.Immutable;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.Scenarios;
using NordicChina.Sim.Model.World;
using NordicChina.Sim.Grains.Placement;

namespace NordicChina.Sim.Grains;

/// <summary>A venture fund: decides its new and follow-on deals on the snapshot, then commits what the target
/// regions made of them and runs its own cycle (holdings exited or written off, failure, end of life, successor
/// vintage) by <see cref="VentureCapital"/>.</summary>
[ReplicationAgentPlacement]
public sealed class VentureFundGrain : Grain, IVentureFundGrain
{
    private ReplicationSpec _spec = null!;
    private ModelParameters _p = null!;
    private VentureFund _fund = null!;
    private readonly RandomStream _rng = new(0, 0, 0, 0, RandomPurpose.Initialisation);

    private RandomStream Stream(int tick, RandomPurpose purpose) =>
        _rng.Reset(new StreamKey(_spec.Seed, _spec.Replication, _fund.Id, tick, purpose));

    public Task<FundReport> Initialize(ReplicationSpec spec, int index)
    {
        _spec = spec;
        _p = new ModelParameters(spec.Parameters);
        long chineseFunds = Population.Scaled(_p.ChineseFunds, _p.PopulationScale);
        bool chinese = index < chineseFunds;
        var id = EntityIds.Fund(index);
        var rng = _rng.Reset(new StreamKey(spec.Seed, spec.Replication, id, 0, RandomPurpose.Initialisation));
        var homes = chinese ? Regions.ChineseHubs : Regions.All.Where(r => r.IsNordic).ToArray();
        _fund = new VentureFund
        {
            Id = id,
            Chinese = chinese,
            HomeRegion = homes[rng.Next(homes.Count)].Index,
            Committed = VentureCapital.FundSize(_p, chinese, rng),
            // Vintages are staggered over the fund life before the start year.
            Vintage = spec.StartYear - rng.NextDouble() * _p.FundLife,
            Guiding = chinese && rng.NextDouble() < _p.FundGuidingShare,
        };
        _fund.Invested = _fund.Committed * Math.Min(1, (spec.StartYear - _fund.Vintage) / _p.FundInvestmentPeriod);
        return Task.FromResult(Report(false, 0, 0, 0, 0));
    }

    public Task<FundDecision> Decide(WorldSnapshot snapshot)
    {
        RequireState();
        var clock = _spec.Clock;
        var view = snapshot.ToView();
        if (!VentureCapital.Investing(_p, _fund, clock.TimeOf(snapshot.Tick)))
            return Task.FromResult(new FundDecision([]));
        var rng = Stream(snapshot.Tick, RandomPurpose.FundInvestment);
        long deals = Math.Min(VentureCapital.DealCap(_p, _fund), Draws.Poisson(rng, VentureCapital.ExpectedDeals(_p, _fund, view.Policy, clock.Dt)));
        var intents = ImmutableArray.CreateBuilder<InvestmentIntent>();
        for (long i = 0; i < deals; i++)
        {
            if (_fund.Holdings.Count > 0 && rng.NextDouble() < _p.FundFollowOnShare)
            {
                var held = _fund.Holdings[rng.Next(_fund.Holdings.Count)];
                intents.Add(new InvestmentIntent(_fund.Id, _fund.HomeRegion, true, held.Region, InvestmentMode.Equity, -1, held.FirmId));
                continue;
            }
            int region = VentureCapital.ChooseRegion(_p, _fund, view, rng);
            if (region >= 0)
                intents.Add(new InvestmentIntent(_fund.Id, _fund.HomeRegion, true, region, InvestmentMode.Equity, -1));
        }
        return Task.FromResult(new FundDecision(intents.ToImmutable()));
    }

    public Task<FundReport> Commit(int tick, IReadOnlyList<DealOutcome> outcomes, IReadOnlyList<double> policyValues)
    {
        RequireState();
        var clock = _spec.Clock;
        var policy = new PolicyState([.. policyValues]);

        // Deals done: money invested, holdings opened or topped up (outcomes arrive in canonical order).
        double dealMoney = 0;
        foreach (var o in outcomes)
        {
            if (!o.Completed) continue;
            dealMoney += o.AmountEurM;
            _fund.Invested += o.AmountEurM;
            // A new deal in a company already held tops up that holding.
            var held = _fund.Holdings.Find(h => h.FirmId == o.TargetFirmId);
            if (held is null) _fund.Holdings.Add(held = new Holding { Region = o.Intent.HostRegion, FirmId = o.TargetFirmId });
            held.Invested += o.AmountEurM;
        }

        // Holdings: written off or exited, in the order they were opened.
        int exits = 0, writtenOff = 0;
        double distributions = 0;
        var rng = Stream(tick, RandomPurpose.FundHoldings);
        _fund.Holdings.RemoveAll(h =>
        {
            var (off, proceeds) = VentureCapital.HoldingStep(_p, h, clock, rng);
            if (off) { writtenOff++; return true; }
            if (proceeds > 0) { exits++; distributions += proceeds; return true; }
            return false;
        });

        double time = clock.TimeOf(tick);
        double called = VentureCapital.CapitalCall(_p, _fund, dealMoney, time, clock.Dt);
        bool failed = false;
        rng = Stream(tick, RandomPurpose.FundFailure);
        if (_fund.Active && !_fund.Failed && VentureCapital.Investing(_p, _fund, time)
            && rng.Bernoulli(VentureCapital.FailureProbability(_p, _fund, policy, clock)))
        {
            _fund.Failed = true;
            _fund.Active = false;
            failed = true;
        }
        else if (_fund.Active && VentureCapital.EndOfLife(_p, _fund, time))
        {
            if (rng.Bernoulli(VentureCapital.SuccessorProbability(_p, _fund, policy)))
            {
                _fund.Generation++;
                _fund.Vintage = time;
                _fund.Committed = VentureCapital.FundSize(_p, _fund.Chinese, rng);
                _fund.Invested = 0;
            }
            else
            {
                _fund.Active = false;
            }
        }
        return Task.FromResult(Report(failed, exits, distributions, writtenOff, called));
    }

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<byte[]> Snapshot()
    {
        RequireState();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer))
        {
            AgentState.WriteHeader(w);
            AgentState.Write(w, _fund);
        }
        return Task.FromResult(buffer.ToArray());
    }

    public Task Restore(ReplicationSpec spec, int index, byte[] state)
    {
        _spec = spec;
        _p = new ModelParameters(spec.Parameters);
        using var r = new BinaryReader(new MemoryStream(state));
        AgentState.ReadHeader(r);
        _fund = AgentState.ReadFund(r);
        if (_fund.Id != EntityIds.Fund(index)) throw new InvalidDataException($"checkpoint of fund {_fund.Id} restored into fund {EntityIds.Fund(index)}");
        return Task.CompletedTask;
    }

    private void RequireState() => LostState.Require(_fund, this, "fund grain");

    private FundReport Report(bool failedThisTick, int exits, double distributions, int writtenOff, double called) =>
        new(_fund.HomeRegion, _fund.Active, failedThisTick, _fund.Chinese, exits, distributions, writtenOff, called);
}
