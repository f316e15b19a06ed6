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

namespace NordicChina.Sim.Grains;

/// <summary>A venture fund: decides its deals on the snapshot, then commits what the target regions made of them
/// and runs its own cycle (failure, end of life, successor vintage) by <see cref="VentureCapital"/>.</summary>
public sealed class VentureFundGrain : Grain, IVentureFundGrain
{
    private ReplicationSpec _spec = null!;
    private ModelParameters _p = null!;
    private VentureFund _fund = null!;
    private readonly RandomStream _rng = new(0, 0, 0, 0, RandomPurpose.Initialisation);

    public Task<FundReport> Initialize(ReplicationSpec spec, int index)
    {
        _spec = spec;
        _p = new ModelParameters(spec.Parameters);
        long chineseFunds = Population.Scaled(_p.ChineseFunds, _p.PopulationScale);
        bool chinese = index < chineseFunds;
        var id = EntityIds.Fund(index);
        _rng.Reset(new StreamKey(spec.Seed, spec.Replication, id, 0, RandomPurpose.Initialisation));
        var homes = chinese ? Regions.ChineseHubs : Regions.All.Where(VentureCapital.IsNordic).ToArray();
        _fund = new VentureFund
        {
            Id = id,
            Chinese = chinese,
            HomeRegion = homes[_rng.Next(homes.Count)].Index,
            Committed = VentureCapital.FundSize(_p, chinese, _rng),
            // Vintages are staggered over the fund life before the start year.
            Vintage = spec.StartYear - _rng.NextDouble() * _p.FundLife,
        };
        _fund.Invested = _fund.Committed * Math.Min(1, (spec.StartYear - _fund.Vintage) / _p.FundInvestmentPeriod);
        return Task.FromResult(Report(false));
    }

    public Task<FundDecision> Decide(WorldSnapshot snapshot)
    {
        var clock = _spec.Clock;
        var view = snapshot.ToView();
        if (!VentureCapital.Investing(_p, _fund, clock.TimeOf(snapshot.Tick)))
            return Task.FromResult(new FundDecision([]));
        _rng.Reset(new StreamKey(_spec.Seed, _spec.Replication, _fund.Id, snapshot.Tick, RandomPurpose.FundInvestment));
        long deals = Math.Min(VentureCapital.DealCap(_p, _fund), Draws.Poisson(_rng, VentureCapital.ExpectedDeals(_p, _fund, view.Policy, clock.Dt)));
        var intents = ImmutableArray.CreateBuilder<InvestmentIntent>();
        for (long i = 0; i < deals; i++)
        {
            int region = VentureCapital.ChooseRegion(_p, _fund, view, _rng);
            if (region >= 0)
                intents.Add(new InvestmentIntent(_fund.Id, _fund.HomeRegion, true, region, InvestmentMode.Equity, -1));
        }
        return Task.FromResult(new FundDecision(intents.ToImmutable()));
    }

    public Task<FundReport> Commit(int tick, IReadOnlyList<DealOutcome> outcomes, IReadOnlyList<double> policyValues)
    {
        var clock = _spec.Clock;
        var policy = new PolicyState([.. policyValues]);
        foreach (var o in outcomes) if (o.Completed) _fund.Invested += o.AmountEurM;

        double time = clock.TimeOf(tick);
        bool failed = false;
        _rng.Reset(new StreamKey(_spec.Seed, _spec.Replication, _fund.Id, tick, RandomPurpose.FundFailure));
        if (_fund.Active && !_fund.Failed && VentureCapital.Investing(_p, _fund, time)
            && _rng.Bernoulli(VentureCapital.FailureProbability(_p, _fund, policy, clock)))
        {
            _fund.Failed = true;
            _fund.Active = false;
            failed = true;
        }
        else if (_fund.Active && VentureCapital.EndOfLife(_p, _fund, time))
        {
            if (_rng.Bernoulli(VentureCapital.SuccessorProbability(_p, policy)))
            {
                _fund.Generation++;
                _fund.Vintage = time;
                _fund.Committed = VentureCapital.FundSize(_p, _fund.Chinese, _rng);
                _fund.Invested = 0;
            }
            else
            {
                _fund.Active = false;
            }
        }
        return Task.FromResult(Report(failed));
    }

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private FundReport Report(bool failedThisTick) => new(_fund.HomeRegion, _fund.Active, failedThisTick, _fund.Chinese);
}
