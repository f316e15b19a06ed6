using NordicChina.Sim.Model.Agents;
using NordicChina.Sim.Model.Parameters;
using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Rules;

/// <summary>Outcome of one inbound investment request.</summary>
public enum DealStatus
{
    Completed = 0,
    /// <summary>Stopped by FDI screening.</summary>
    Blocked = 1,
    /// <summary>Blocked as an acquisition, then opened as an R&amp;D centre instead.</summary>
    Redirected = 2,
    /// <summary>No eligible target was left this tick.</summary>
    NoTarget = 3,
}

/// <summary>What the host's market made of one request.</summary>
public readonly record struct DealResolution(DealStatus Status, InvestmentMode Mode, long TargetFirmId, double AmountEurM, long PlannedJobs);

/// <summary>
/// Mechanisms 2 and 3 at the host: the market for Chinese (and venture) money in one region for one tick.
/// Requests are resolved one by one in canonical order (investor id, then mode) with the host's own stream:
/// <list type="bullet">
/// <item>acquisition: blocked by screening with probability SCR_h x sens_s; a blocked investor opens an
/// R&amp;D centre instead with probability screening.redirect_share; otherwise a domestic, unacquired firm of
/// the sector with revenue up to deal.acquisition_max_revenue is drawn uniformly; none left = no deal;</item>
/// <item>R&amp;D centre: always possible; lognormal investment, planned jobs per EUR m;</item>
/// <item>equity: a domestic startup valued at or above deal.deeptech_min_valuation is drawn uniformly; a startup
/// can take several investors;</item>
/// <item>follow-on (a fund's deal in a company it holds): completed if the firm is alive and not Chinese-owned.</item>
/// </list>
/// A firm taken over is Chinese-owned from then on and never a target again; within a tick it is removed from the
/// market as soon as it is drawn. The market is built from the firms in id order.
/// </summary>
public sealed class InboundMarket
{
    private readonly ModelParameters _p;
    private readonly List<Firm>[] _targetsBySector;
    private readonly List<Firm> _startups;
    private readonly RandomStream _rng;
    private readonly IReadOnlyList<Firm> _all;

    /// <summary>A market over the firms in id order. <paramref name="lists"/> (the sector target lists and the startup
    /// list, reused from tick to tick by the region that owns the market) are cleared and filled here.</summary>
    public InboundMarket(ModelParameters p, IReadOnlyList<Firm> firmsInIdOrder, RandomStream rng, MarketLists? lists = null)
    {
        _p = p;
        _rng = rng;
        _all = firmsInIdOrder;
        lists ??= new MarketLists();
        _targetsBySector = lists.TargetsBySector;
        _startups = lists.Startups;
        foreach (var l in _targetsBySector) l.Clear();
        _startups.Clear();
        foreach (var f in firmsInIdOrder)
        {
            if (IsAcquirable(p, f)) _targetsBySector[f.Sector].Add(f);
            if (IsEquityEligible(p, f)) _startups.Add(f);
        }
    }

    public static bool IsAcquirable(ModelParameters p, Firm f) =>
        f.Alive && !f.ChineseOwned && !f.IsChinese && f.Revenue <= p.AcquisitionMaxRevenue;

    public static bool IsEquityEligible(ModelParameters p, Firm f) =>
        f.Alive && f.IsStartup && !f.ChineseOwned && f.Valuation(p.StartupMultiple) >= p.DeepTechMinValuation;

    /// <summary>Resolves one request; <paramref name="byFund"/> sizes an equity deal as a venture deal (fund.deal_size).</summary>
    public DealResolution Resolve(int sector, InvestmentMode mode, double screeningIntensity, bool byFund = false, long followOnFirmId = 0)
    {
        if (followOnFirmId != 0)
        {
            return _all.FindById(followOnFirmId) is { } held && held.Alive && !held.ChineseOwned
                ? new DealResolution(DealStatus.Completed, InvestmentMode.Equity, held.Id, DealSizing.VentureDeal(_p, _rng), 0)
                : new DealResolution(DealStatus.NoTarget, InvestmentMode.Equity, 0, 0, 0);
        }
        switch (mode)
        {
            case InvestmentMode.Acquisition:
                if (sector >= 0 && _rng.Bernoulli(screeningIntensity * _p.SectorSensitivity[sector]))
                {
                    return _rng.Bernoulli(_p.ScreeningRedirectShare)
                        ? OpenRdCentre(DealStatus.Redirected)
                        : new DealResolution(DealStatus.Blocked, mode, 0, 0, 0);
                }
                var target = Take(sector >= 0 ? _targetsBySector[sector] : null);
                return target is null
                    ? new DealResolution(DealStatus.NoTarget, mode, 0, 0, 0)
                    : new DealResolution(DealStatus.Completed, mode, target.Id, DealSizing.AcquisitionPrice(_p, target.Revenue), 0);
            case InvestmentMode.GreenfieldRdCentre:
                return OpenRdCentre(DealStatus.Completed);
            default:
                var startup = PickStartup();
                return startup is null
                    ? new DealResolution(DealStatus.NoTarget, mode, 0, 0, 0)
                    : new DealResolution(DealStatus.Completed, mode, startup.Id,
                        byFund ? DealSizing.VentureDeal(_p, _rng) : DealSizing.EquityStake(_p, _rng), 0);
        }
    }

    private DealResolution OpenRdCentre(DealStatus status)
    {
        double amount = DealSizing.RdCentreInvestment(_p, _rng);
        return new DealResolution(status, InvestmentMode.GreenfieldRdCentre, 0, amount, DealSizing.PlannedRdJobs(_p, amount));
    }

    /// <summary>Draws and removes a firm from the list (swap-remove keeps it O(1)).</summary>
    private Firm? Take(List<Firm>? list)
    {
        if (list is null || list.Count == 0) return null;
        int i = _rng.Next(list.Count);
        var f = list[i];
        list[i] = list[^1];
        list.RemoveAt(list.Count - 1);
        return f;
    }

    private Firm? PickStartup() => _startups.Count == 0 ? null : _startups[_rng.Next(_startups.Count)];
}
