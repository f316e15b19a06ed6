namespace NordicChina.Sim.Model.World;

/// <summary>How Chinese money enters a host ("Going Out": M&amp;A, R&amp;D centres abroad, equity and VC;
/// report chapter 4, "China's foreign investment strategy").</summary>
public enum InvestmentMode
{
    Acquisition = 0,
    GreenfieldRdCentre = 1,
    Equity = 2,
}
