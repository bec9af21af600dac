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
    public void Example2_separation_is_detected_and_the_fit_is_finite()
    {
        var fit = Ppml.Fit(Load("sep_example2.csv"), "y ~ x1 + x2 + x3 + x4", VcovSpec.HC1);
        Assert.NotEmpty(SeparatedLines(fit));
        Assert.All(fit.Coefficients, c => Assert.True(Math.Abs(c.Estimate) < 50, $"{c.Term} = {c.Estimate}"));
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
        var (separated, z, _) = Separation.Relu(frame.Y, frame.X, frame.FixedEffects, 1e-6, 1000, 1e-12, TradeScope.LinearAlgebra.ManagedLinearAlgebra.Instance);
        for (var i = 0; i < frame.N; i++)
        {
            if (frame.Y[i] > 0) Assert.True(Math.Abs(z[i]) < 1e-6, $"z[{i}] = {z[i]} on y > 0");
            else Assert.True(z[i] > -1e-6, $"z[{i}] = {z[i]} on y = 0");
        }
        Assert.All(separated, i => Assert.True(frame.Y[i] == 0 && z[i] > 1e-6));
    }
}
