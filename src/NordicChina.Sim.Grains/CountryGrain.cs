using System.Collections.Immutable;
using NordicChina.Sim.Contracts.Grains;
using NordicChina.Sim.Contracts.Messages;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Policies;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;
using MathNet.Numerics.Distributions;
using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Grains.Placement;

namespace NordicChina.Sim.Grains;

/// <summary>A government: evaluates the levers it owns; for China and Sweden, carries sector capability
/// forward with <see cref="CatchUp"/>.</summary>
[ReplicationAgentPlacement]
public sealed class CountryGrain : Grain, ICountryGrain
{
    private ReplicationSpec _spec = null!;
    private ModelParameters _p = null!;
    private IReadOnlyList<PolicySetting> _policies = [];
    private string _country = "";
    private double[] _capability = [];
    private double _robotDensity;
    private RandomStream _rng = null!;

    public Task<CountryState> Initialize(ReplicationSpec spec, string country)
    {
        _spec = spec;
        _p = new ModelParameters(spec.Parameters);
        _policies = spec.PolicySettings;
        _country = country;
        _rng = new RandomStream(spec.Seed, spec.Replication, EntityIds.Country(Countries.IndexOf(country)), 0, RandomPurpose.Initialisation);
        _capability = country switch
        {
            Countries.China => (double[])_p.InitialCapabilityCn.Clone(),
            Countries.Sweden => (double[])_p.InitialCapabilitySe.Clone(),
            _ => [],
        };
        _robotDensity = country == Countries.China ? CatchUp.InitialRobotDensity(_p, spec.StartYear) : 0;
        return Task.FromResult(State(0));
    }

    public Task<CountryState> Advance(int tick, KnowledgeFlows flows)
    {
        LostState.Require(_spec, this, "country grain");
        if (tick > 0 && _capability.Length > 0)
        {
            var clock = _spec.Clock;
            var policy = PolicySchedule.Evaluate(_policies, _p.Set, clock.YearOf(tick), _country);
            _rng.Reset(new StreamKey(_spec.Seed, _spec.Replication, EntityIds.Country(Countries.IndexOf(_country)), tick, RandomPurpose.CapabilityShock));
            // A modelled deal or R&D person-year stands for 1 / population.scale real ones, so national
            // dynamics do not depend on the sampling scale of the firm population.
            double perModelled = 1.0 / _p.PopulationScale;
            if (_country == Countries.China)
            {
                _robotDensity = CatchUp.StepRobotDensity(_p, _robotDensity, policy[PolicyLevers.AutomationSubsidy], clock.Dt);
                double readiness = CatchUp.Readiness(_p, _robotDensity);
                foreach (var s in Sectors.All)
                    _capability[s.Index] = CatchUp.StepChina(_p, s, _capability[s.Index], readiness, policy[PolicyLevers.AiPlan],
                        flows.AcquisitionsBySector[s.Index] * perModelled, flows.RdPersonYearsBySector[s.Index] * perModelled, clock.Dt, Normal.Sample(_rng, 0, 1));
            }
            else
            {
                foreach (var s in Sectors.All)
                    _capability[s.Index] = CatchUp.StepSweden(_p, _capability[s.Index], flows.SwedishHostedRdPersonYearsBySector[s.Index] * perModelled, clock.Dt, Normal.Sample(_rng, 0, 1));
            }
        }
        return Task.FromResult(State(tick));
    }

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<byte[]> Snapshot()
    {
        LostState.Require(_spec, this, "country grain");
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer))
        {
            AgentState.WriteHeader(w);
            w.Write(_robotDensity);
            w.Write(_capability.Length);
            foreach (var c in _capability) w.Write(c);
        }
        return Task.FromResult(buffer.ToArray());
    }

    public Task Restore(ReplicationSpec spec, string country, byte[] state)
    {
        Initialize(spec, country);
        using var r = new BinaryReader(new MemoryStream(state));
        AgentState.ReadHeader(r);
        _robotDensity = r.ReadDouble();
        var capability = new double[r.ReadInt32()];
        for (int i = 0; i < capability.Length; i++) capability[i] = r.ReadDouble();
        _capability = capability;
        return Task.CompletedTask;
    }

    private CountryState State(int tick) =>
        new(_country,
            [.. PolicySchedule.Evaluate(_policies, _p.Set, _spec.Clock.YearOf(tick), _country).Values],
            [.. _capability],
            _robotDensity);
}
