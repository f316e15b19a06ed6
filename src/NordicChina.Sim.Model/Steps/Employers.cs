using NordicChina.Sim.Model.Agents;

namespace NordicChina.Sim.Model.Steps;

/// <summary>The employers of a region's hiring market in the order the market serves them (firms in id order,
/// then R&amp;D centres in id order), with their demand for high-skill staff this tick.</summary>
public sealed class Employers(int capacity)
{
    private long[] _demand = new long[Math.Max(4, capacity)];
    private object[] _who = new object[Math.Max(4, capacity)];
    private int _count;

    public int Count => _count;

    public ReadOnlySpan<long> Demands => _demand.AsSpan(0, _count);

    public void Add(long demand, Firm? firm, RdCentre? centre)
    {
        if (_count == _demand.Length)
        {
            Array.Resize(ref _demand, _count * 2);
            Array.Resize(ref _who, _count * 2);
        }
        _demand[_count] = demand;
        _who[_count] = (object?)firm ?? centre ?? throw new ArgumentException("An employer is a firm or a centre.");
        _count++;
    }

    public Firm? Firm(int i) => _who[i] as Firm;

    public RdCentre? Centre(int i) => _who[i] as RdCentre;
}
