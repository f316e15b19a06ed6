using NordicChina.Sim.Model.Rules;
using NordicChina.Sim.Model.World;

namespace NordicChina.Sim.Model.Tests;

public class CatchUpTests
{
    private static readonly Sector Digital = Sectors.ByCode("digital");
    private static readonly Sector Manufacturing = Sectors.ByCode("manufacturing");

    [Fact]
    public void ChinaConvergesFasterInDigitalThanInHeavySectors()
    {
        var p = TestWorld.Defaults;
        const double dt = 0.25;
        double rho = CatchUp.InitialRobotDensity(p, 2020);
        double digital = 0.5, heavy = 0.5;
        for (int t = 0; t < 40; t++)
        {
            double readiness = CatchUp.Readiness(p, rho);
            double d = CatchUp.StepChina(p, Digital, digital, readiness, 0, 0, 0, dt, 0);
            double h = CatchUp.StepChina(p, Manufacturing, heavy, readiness, 0, 0, 0, dt, 0);
            Assert.True(d > digital && h > heavy, "without shocks capability must rise toward the frontier");
            Assert.True(d <= 1 && h <= 1);
            digital = d; heavy = h;
            rho = CatchUp.StepRobotDensity(p, rho, 0, dt);
        }
        Assert.True(1 - digital < (1 - heavy) / 2, $"digital {digital}, heavy {heavy}");
        Assert.True(digital > 0.95, $"digital {digital}");
    }

    [Fact]
    public void DigitalStepIsTheCatalogueRateTimesTheDistanceToTheFrontier()
    {
        var p = TestWorld.Defaults;
        double next = CatchUp.StepChina(p, Digital, 0.6, readiness: 0.1, aiPlan: 0, acquisitions: 0, rdPersonYears: 0, dt: 0.25, standardNormal: 0);
        Assert.Equal(0.6 + p.CatchUpCnDigital * 0.4 * 0.25, next, 12);
        // readiness only matters for heavy industry
        Assert.Equal(next, CatchUp.StepChina(p, Digital, 0.6, 1.0, 0, 0, 0, 0.25, 0), 12);
        double heavy = CatchUp.StepChina(p, Manufacturing, 0.6, 0.5, 0, 0, 0, 0.25, 0);
        Assert.Equal(0.6 + p.CatchUpCnHeavy * 0.5 * 0.4 * 0.25, heavy, 12);
    }

    [Fact]
    public void HeavyCatchUpRisesWithReadiness()
    {
        var p = TestWorld.Defaults;
        double low = CatchUp.StepChina(p, Manufacturing, 0.5, 0.2, 0, 0, 0, 1, 0);
        double high = CatchUp.StepChina(p, Manufacturing, 0.5, 0.9, 0, 0, 0, 1, 0);
        Assert.True(high > low);
        Assert.Equal(0.5, CatchUp.StepChina(p, Manufacturing, 0.5, 0, 0, 0, 0, 1, 0), 12);
    }

    [Fact]
    public void ReadinessIsCappedAtOneAndIncreasingInRobotDensity()
    {
        var p = TestWorld.Defaults;
        double previous = -1;
        for (double rho = 0; rho < p.RobotsSe; rho += 10)
        {
            double r = CatchUp.Readiness(p, rho);
            Assert.InRange(r, 0, 1);
            Assert.True(r > previous, $"readiness not increasing at {rho}");
            previous = r;
        }
        Assert.Equal(1.0, CatchUp.Readiness(p, p.RobotsSe));
        Assert.Equal(1.0, CatchUp.Readiness(p, p.RobotsSe * 3));
        Assert.Equal(140 / p.RobotsSe, CatchUp.Readiness(p, 140), 12);   // elasticity 1
        Assert.Equal(0.0, CatchUp.Readiness(p, -5));
    }

    [Fact]
    public void InitialRobotDensityPassesThroughTheReportFigure()
    {
        var p = TestWorld.Defaults;
        Assert.Equal(p.RobotsCn2018, CatchUp.InitialRobotDensity(p, 2018), 9);
        Assert.Equal(Math.Log(140.0 / 25.0) / 5, CatchUp.RobotGrowthRate(p), 12);
        double previous = 0;
        for (int year = 2010; year <= 2060; year++)
        {
            double rho = CatchUp.InitialRobotDensity(p, year);
            Assert.True(rho > previous && rho < p.RobotsCnCeiling, $"density {rho} in {year}");
            previous = rho;
        }
        Assert.True(CatchUp.InitialRobotDensity(p, 2100) > 0.99 * p.RobotsCnCeiling);
    }

    [Fact]
    public void RobotDensityStepFollowsTheLogisticAndSubsidiesSpeedItUp()
    {
        var p = TestWorld.Defaults;
        double rho = CatchUp.InitialRobotDensity(p, 2020);
        double plain = CatchUp.StepRobotDensity(p, rho, 0, 0.25);
        double subsidised = CatchUp.StepRobotDensity(p, rho, 1, 0.25);
        Assert.True(plain > rho);
        Assert.True(subsidised > plain);
        // a small Euler step agrees with the closed-form path
        double stepped = rho;
        for (int i = 0; i < 1000; i++) stepped = CatchUp.StepRobotDensity(p, stepped, 0, 0.001);
        Assert.Equal(CatchUp.InitialRobotDensity(p, 2021), stepped, 0.1);
        Assert.Equal(p.RobotsCnCeiling, CatchUp.StepRobotDensity(p, p.RobotsCnCeiling, 1, 0.25), 9);
    }

    [Fact]
    public void KnowledgeInflowsAndTheAiPlanRaiseChinasCapability()
    {
        var p = TestWorld.Defaults;
        double baseline = CatchUp.StepChina(p, Manufacturing, 0.5, 0.5, 0, 0, 0, 0.25, 0);
        double acquisitions = CatchUp.StepChina(p, Manufacturing, 0.5, 0.5, 0, 3, 0, 0.25, 0);
        double rdCentres = CatchUp.StepChina(p, Manufacturing, 0.5, 0.5, 0, 0, 10_000, 0.25, 0);
        double plan = CatchUp.StepChina(p, Manufacturing, 0.5, 0.5, 1, 0, 0, 0.25, 0);
        Assert.Equal(baseline + 3 * p.KnowledgePerAcquisition, acquisitions, 12);
        Assert.Equal(baseline + 10_000 * p.KnowledgePerRdPersonYear, rdCentres, 12);
        Assert.True(plan > baseline);
    }

    [Fact]
    public void SwedenMovesTowardTheFrontierAndGainsFromSpillovers()
    {
        var p = TestWorld.Defaults;
        double a = 0.8;
        double next = CatchUp.StepSweden(p, a, 0, 0.25, 0);
        Assert.Equal(a + p.CatchUpSe * (1 - a) * 0.25, next, 12);
        Assert.True(next > a && next < 1);
        Assert.True(CatchUp.StepSweden(p, a, 5000, 0.25, 0) > next);
        Assert.Equal(1.0, CatchUp.StepSweden(p, 1.0, 0, 0.25, 0));
    }

    [Fact]
    public void CapabilityStaysInsideItsBoundsWhateverTheShock()
    {
        var p = TestWorld.Defaults;
        Assert.Equal(1.0, CatchUp.StepChina(p, Digital, 0.99, 1, 5, 1000, 0, 0.25, 50));
        Assert.Equal(0.001, CatchUp.StepChina(p, Digital, 0.01, 1, 0, 0, 0, 0.25, -1e6));
        Assert.Equal(1.0, CatchUp.StepSweden(p, 0.99, 0, 0.25, 1e6));
        Assert.Equal(0.001, CatchUp.StepSweden(p, 0.01, 0, 0.25, -1e6));
        double up = CatchUp.StepSweden(p, 0.5, 0, 0.25, 1);
        double down = CatchUp.StepSweden(p, 0.5, 0, 0.25, -1);
        Assert.Equal(2 * p.CapabilityShockSd * Math.Sqrt(0.25), up - down, 12);
    }
}
