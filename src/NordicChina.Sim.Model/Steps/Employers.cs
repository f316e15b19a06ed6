using System.Buffers;
using NordicChina.Sim.Model.Agents;

namespace NordicChina.Sim.Model.Steps;

/// <summary>
/// The employers of a region's hiring market in the order the market serves them: the region's firms in id order
/// (position i is firm i; a firm that failed this tick asks for nobody), then its R&amp;D centres in id order. Demand is
/// written in place by position, so chunks of firms fill their own ranges on several cores with no merging. An
/// employer with no demand gets nobody and does not change what the others get (<see cref="Rules.Hiring"/>), so the
/// failed firms' empty slots leave the market's result as it would be without them. The arrays are pooled: a tick
/// of ten million agents allocates no large arrays.
/// </summary>
public sealed class Employers : IDisposable
{
    private readonly List<Firm> _firms;
    private readonly List<RdCentre> _centres;
    private readonly long[] _demand;
    private readonly int _count;

    public Employers(List<Firm> firms, List<RdCentre> centres)
    {
        _firms = firms;
        _centres = centres;
        _count = firms.Count + centres.Count;
        _demand = ArrayPool<long>.Shared.Rent(Math.Max(1, _count));
        Array.Clear(_demand, 0, _count);
    }

    public Span<long> Demands => _demand.AsSpan(0, _count);

    /// <summary>Sets the demand of the firm at position <paramref name="firm"/>.</summary>
    public void SetFirm(int firm, long demand) => _demand[firm] = demand;

    /// <summary>Sets the demand of the centre at position <paramref name="centre"/> among the centres.</summary>
    public void SetCentre(int centre, long demand) => _demand[_firms.Count + centre] = demand;

    /// <summary>The firm at market position <paramref name="i"/>, or null for a centre.</summary>
    public Firm? Firm(int i) => i < _firms.Count ? _firms[i] : null;

    /// <summary>The centre at market position <paramref name="i"/>, or null for a firm.</summary>
    public RdCentre? Centre(int i) => i >= _firms.Count ? _centres[i - _firms.Count] : null;

    public void Dispose() => ArrayPool<long>.Shared.Return(_demand);
}
