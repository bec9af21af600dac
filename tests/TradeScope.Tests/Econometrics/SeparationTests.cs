using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary>ppmlhdfe's separation data sets (Fixtures/ppmlhdfe/README.md): the separated observations are found,
/// dropped and reported, and the estimates on the rest are the correct ones stated upstream.</summary>
public sealed class SeparationTests
{
    private static DataFrame Load(string name) => TidyData.Read(Fixtures.Path("ppmlhdfe", name));

    private static int[] SeparatedLines(RegressionResult fit) =>
        fit.Dropped.Where(d => d.Reason == DropReason.Separated).SelectMany(d => d.Lines).Order().ToArray();

    [Fact]
    public void Example1_drops_observation_5_and_reproduces_the_correct_intercept()
    {
        var fit = Ppml.Fit(Load("sep_example1.csv"), "y ~ x1 + x2 + x3 + x4", VcovSpec.HC1);
        Assert.Equal([6], SeparatedLines(fit)); // observation 5 = line 6 (line 1 is the header)
        Assert.Equal(["x2"], fit.Collinear);
        Assert.Equal(11, fit.N);
        Assert.Equal(0.59094763, fit["(Intercept)"].Estimate, 1e-6);
        Assert.Equal(-0.45065230, fit["x1"].Estimate, 1e-6);
        Assert.Equal(-0.47084943, fit["x3"].Estimate, 1e-6);
        Assert.Equal(-0.03778627, fit["x4"].Estimate, 1e-6);
        Assert.Equal(15.9558, fit.Fit.Deviance, 1e-4);
        Assert.Contains(fit.Warnings, w => w.Contains("separated"));
    }

    [Fact]
    public void Benchmark10_drops_observations_1_and_5()
    {
        var fit = Ppml.Fit(Load("sep_benchmark10.csv"), "y ~ x1 + x2 + x3", VcovSpec.HC1);
        Assert.Equal([2, 6], SeparatedLines(fit));
        Assert.Equal(["x2"], fit.Collinear);
        Assert.Equal(0.91629073, fit["(Intercept)"].Estimate, 1e-6);
        Assert.Equal(-0.07701635, fit["x1"].Estimate, 1e-6);
        Assert.Equal(0.06639047, fit["x3"].Estimate, 1e-6);
    }

    [Fact]
    public void Primer_example_gives_log_1_5()
    {
        var data = DataFrame.FromColumns(("y", new double[] { 0, 0, 0, 1, 2, 3 }), ("x", new double[] { 1, 1, 0, 0, 0, 0 }));
        var fit = Ppml.Fit(data, "y ~ x");
        Assert.Equal([0, 1], fit.Dropped.Single(d => d.Reason == DropReason.Separated).Rows);
        Assert.Equal(["x"], fit.Collinear);
        Assert.Equal(Math.Log(1.5), fit["(Intercept)"].Estimate, 1e-9);
    }

    [Fact]
    public void Example2_drops_all_nine_zero_outcomes_and_fits_the_three_positive_ones_exactly()
    {
        // All 9 zero outcomes (lines 2-10) are separated (README: found independently by linear programming in
        // ../crosscheck/make_crosscheck.py). The rest, (x1, x2, x3, x4; y) = (0,0,0,18; 9), (2,0,6,-1; 4), (1,0,0,-7; 2),
        // has x2 = 0 and rank 3, so x2 and x4 are collinear and ln y = b0 + b1 x1 + b3 x3 holds exactly:
        // b0 = ln 9, b1 = ln 2 - ln 9 = ln(2/9), b3 = (ln 4 - b0 - 2 b1) / 6 = ln 3 / 3.
        var fit = Ppml.Fit(Load("sep_example2.csv"), "y ~ x1 + x2 + x3 + x4", VcovSpec.HC1);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 10], SeparatedLines(fit));
        Assert.Equal(3, fit.N);
        Assert.Equal(["x2", "x4"], fit.Collinear.Order());
        Assert.Equal(["(Intercept)", "x1", "x3"], fit.Coefficients.Select(c => c.Term));
        Assert.Equal(Math.Log(9), fit["(Intercept)"].Estimate, 1e-7);
        Assert.Equal(Math.Log(2.0 / 9), fit["x1"].Estimate, 1e-7);
        Assert.Equal(Math.Log(3) / 3, fit["x3"].Estimate, 1e-7);
        Assert.Equal(0, fit.Fit.Deviance, 1e-8);
        Assert.Contains(fit.Warnings, w => w.Contains("separated"));
    }

    [Theory]
    [InlineData("sep_example1.csv", "y ~ x1 + x2 + x3 + x4")]
    [InlineData("sep_example2.csv", "y ~ x1 + x2 + x3 + x4")]
    [InlineData("sep_benchmark10.csv", "y ~ x1 + x2 + x3")]
    [InlineData("sep_fe1.csv", "y ~ x1 + x2 | i + j")]
    [InlineData("sep_fe2.csv", "y ~ x1 | i + j")]
    [InlineData("sep_fe3.csv", "y ~ x1 | i + j")]
    public void Relu_certificate_is_zero_on_positive_and_nonnegative_on_zero_outcomes(string file, string formula)
    {
        var frame = ModelFrame.Build(Load(file), Formula.Parse(formula), []);
        var (separated, z, _) = Separation.Relu(
            frame.Y,
            frame.X,
            frame.FixedEffects,
            1e-6,
            1000,
            1e-12,
            TradeScope.LinearAlgebra.ManagedLinearAlgebra.Instance
        );
        for (var i = 0; i < frame.N; i++)
        {
            if (frame.Y[i] > 0)
                Assert.True(Math.Abs(z[i]) < 1e-6, $"z[{i}] = {z[i]} on y > 0");
            else
                Assert.True(z[i] > -1e-6, $"z[{i}] = {z[i]} on y = 0");
        }
        Assert.All(separated, i => Assert.True(frame.Y[i] == 0 && z[i] > 1e-6));
    }
}
