using NordicChina.Sim.Model.Randomness;
using NordicChina.Sim.Model.Rules;

namespace NordicChina.Sim.Model.Tests;

public class NestedLogitTests
{
    private const int Modes = 3;
    private static readonly double[] Hosts = [0.5, -0.2, 1.1, 0.0];
    private static readonly double[] ModeUtilities =
    [
        1.0, -1.0, -0.3,
        double.NaN, 0.4, 0.2,
        0.7, double.NaN, double.NaN,
        -2.0, 0.0, 2.5,
    ];

    private static double[] Joint(double[] hosts, double[] modes, double lambda)
    {
        var joint = new double[hosts.Length * Modes];
        Assert.True(NestedLogit.Probabilities(hosts, modes, Modes, lambda, joint));
        return joint;
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.6)]
    [InlineData(0.05)]
    public void ProbabilitiesSumToOneAndUnavailableAlternativesGetZero(double lambda)
    {
        var joint = Joint(Hosts, ModeUtilities, lambda);
        Assert.Equal(1.0, joint.Sum(), 12);
        for (int k = 0; k < joint.Length; k++)
        {
            if (double.IsNaN(ModeUtilities[k])) Assert.Equal(0.0, joint[k]);
            else Assert.True(joint[k] > 0 && joint[k] < 1);
        }
    }

    [Fact]
    public void LambdaOneIsAPlainMultinomialLogitOverHostAndMode()
    {
        var joint = Joint(Hosts, ModeUtilities, 1.0);
        double denom = 0;
        for (int h = 0; h < Hosts.Length; h++)
            for (int m = 0; m < Modes; m++)
                if (!double.IsNaN(ModeUtilities[h * Modes + m])) denom += Math.Exp(Hosts[h] + ModeUtilities[h * Modes + m]);
        for (int h = 0; h < Hosts.Length; h++)
            for (int m = 0; m < Modes; m++)
            {
                double u = ModeUtilities[h * Modes + m];
                double expected = double.IsNaN(u) ? 0 : Math.Exp(Hosts[h] + u) / denom;
                Assert.Equal(expected, joint[h * Modes + m], 12);
            }
    }

    [Fact]
    public void NestedFormulaComputedByHand()
    {
        const double lambda = 0.5;
        var joint = Joint(Hosts, ModeUtilities, lambda);
        var inclusive = new double[Hosts.Length];
        for (int h = 0; h < Hosts.Length; h++)
        {
            double s = 0;
            for (int m = 0; m < Modes; m++)
                if (!double.IsNaN(ModeUtilities[h * Modes + m])) s += Math.Exp(ModeUtilities[h * Modes + m] / lambda);
            inclusive[h] = lambda * Math.Log(s);
        }
        double upper = Hosts.Select((v, h) => Math.Exp(v + inclusive[h])).Sum();
        for (int h = 0; h < Hosts.Length; h++)
        {
            double pHost = Math.Exp(Hosts[h] + inclusive[h]) / upper;
            double s = 0;
            for (int m = 0; m < Modes; m++)
                if (!double.IsNaN(ModeUtilities[h * Modes + m])) s += Math.Exp(ModeUtilities[h * Modes + m] / lambda);
            for (int m = 0; m < Modes; m++)
            {
                double u = ModeUtilities[h * Modes + m];
                double expected = double.IsNaN(u) ? 0 : pHost * Math.Exp(u / lambda) / s;
                Assert.Equal(expected, joint[h * Modes + m], 12);
            }
        }
    }

    [Fact]
    public void LowerLambdaConcentratesChoiceOnTheBestModeWithinAHost()
    {
        // host 3: modes -2, 0, 2.5; the best mode's conditional share rises as lambda falls
        double Share(double lambda)
        {
            var j = Joint(Hosts, ModeUtilities, lambda);
            return j[3 * Modes + 2] / (j[3 * Modes] + j[3 * Modes + 1] + j[3 * Modes + 2]);
        }
        Assert.True(Share(0.3) > Share(0.6));
        Assert.True(Share(0.6) > Share(1.0));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.6)]
    public void AddingAConstantToAllUtilitiesChangesNothing(double lambda)
    {
        var reference = Joint(Hosts, ModeUtilities, lambda);
        foreach (double c in new[] { -50.0, 7.0, 1000.0 })
        {
            var hostsShifted = Hosts.Select(v => v + c).ToArray();
            var modesShifted = ModeUtilities.Select(v => v + c).ToArray();
            var a = Joint(hostsShifted, ModeUtilities, lambda);
            var b = Joint(Hosts, modesShifted, lambda);
            var both = Joint(hostsShifted, modesShifted, lambda);
            for (int k = 0; k < reference.Length; k++)
            {
                Assert.Equal(reference[k], a[k], 10);
                Assert.Equal(reference[k], b[k], 10);
                Assert.Equal(reference[k], both[k], 10);
            }
        }
    }

    [Fact]
    public void HostWithNoAvailableModeOrNaNUtilityGetsNothing()
    {
        var modes = (double[])ModeUtilities.Clone();
        modes[6] = double.NaN;   // host 2 now has no mode
        var joint = Joint(Hosts, modes, 0.6);
        Assert.Equal(0.0, joint[6] + joint[7] + joint[8]);
        Assert.Equal(1.0, joint.Sum(), 12);

        var hosts = (double[])Hosts.Clone();
        hosts[0] = double.NaN;
        joint = Joint(hosts, ModeUtilities, 0.6);
        Assert.Equal(0.0, joint[0] + joint[1] + joint[2]);
        Assert.Equal(1.0, joint.Sum(), 12);
    }

    [Fact]
    public void NothingAvailableReturnsFalseAndClears()
    {
        var modes = Enumerable.Repeat(double.NaN, Hosts.Length * Modes).ToArray();
        var joint = Enumerable.Repeat(0.5, Hosts.Length * Modes).ToArray();
        Assert.False(NestedLogit.Probabilities(Hosts, modes, Modes, 0.6, joint));
        Assert.All(joint, x => Assert.Equal(0.0, x));
    }

    [Fact]
    public void PickWalksTheCumulativeDistributionSkippingZeros()
    {
        double[] p = [0.2, 0.0, 0.5, 0.3, 0.0];
        Assert.Equal(0, NestedLogit.Pick(p, 0.0));
        Assert.Equal(0, NestedLogit.Pick(p, 0.1999));
        Assert.Equal(2, NestedLogit.Pick(p, 0.2));
        Assert.Equal(2, NestedLogit.Pick(p, 0.69));
        Assert.Equal(3, NestedLogit.Pick(p, 0.71));
        Assert.Equal(3, NestedLogit.Pick(p, 0.999999999));
        Assert.Equal(3, NestedLogit.Pick([0.2, 0.0, 0.5, 0.2999999, 0.0], 0.99999999));   // rounding shortfall: last positive
        Assert.Equal(-1, NestedLogit.Pick([0.0, 0.0], 0.5));
        Assert.Equal(-1, NestedLogit.Pick([], 0.5));
    }

    [Fact]
    public void PickFrequenciesMatchTheProbabilities()
    {
        var joint = Joint(Hosts, ModeUtilities, 0.6);
        var counts = new int[joint.Length];
        var rng = new RandomStream(new StreamKey(7, 0, 0, 0, RandomPurpose.GoingOut));
        const int n = 200_000;
        for (int i = 0; i < n; i++) counts[NestedLogit.Pick(joint, rng.NextDouble())]++;
        for (int k = 0; k < joint.Length; k++)
        {
            double se = Math.Sqrt(joint[k] * (1 - joint[k]) / n);
            Assert.InRange(counts[k] / (double)n, joint[k] - 5 * se - 1e-12, joint[k] + 5 * se + 1e-12);
        }
    }
}
