using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary><see cref="RegressionResult.FittedValues"/>: PPML means in input row order, NaN outside the sample.</summary>
public sealed class FittedValuesTests
{
    [Fact]
    public void Ppml_fitted_values_are_the_exponential_of_the_linear_predictor_and_NaN_for_dropped_rows()
    {
        double[] x = [0.1, 0.5, double.NaN, 1.2, 2.0, 2.5, 3.1];
        double[] y = [1, 2, 5, 2, 6, 9, 20];
        var data = DataFrame.FromColumns(("y", y), ("x", x));
        var fit = Ppml.Fit(data, "y ~ x");
        var fitted = fit.FittedValues(data.RowCount);
        Assert.True(double.IsNaN(fitted[2]));
        var (b0, b1) = (fit["(Intercept)"].Estimate, fit["x"].Estimate);
        foreach (var i in new[] { 0, 1, 3, 4, 5, 6 })
            Assert.Equal(Math.Exp(b0 + b1 * x[i]), fitted[i], 1e-9 * fitted[i]);
        // With an intercept, Poisson's first-order condition makes the fitted values sum to the outcome on the sample.
        Assert.Equal(y.Where((_, i) => i != 2).Sum(), fitted.Where(v => !double.IsNaN(v)).Sum(), 1e-7);
    }

    [Fact]
    public void Ppml_fitted_values_include_the_fixed_effects()
    {
        string[] g = ["a", "a", "a", "b", "b", "b"];
        double[] x = [0, 1, 2, 0, 1, 2];
        double[] y = [1, 3, 4, 10, 12, 30];
        var data = DataFrame.FromColumns(("y", y), ("x", x), ("g", g));
        var fitted = Ppml.Fit(data, "y ~ x | g").FittedValues(data.RowCount);
        Assert.Equal(8.0, fitted[..3].Sum(), 1e-7);
        Assert.Equal(52.0, fitted[3..].Sum(), 1e-7);
        Assert.Equal(fitted[1] / fitted[0], fitted[4] / fitted[3], 1e-9); // same slope in both groups
    }

    [Fact]
    public void Ols_results_have_no_fitted_means()
    {
        var data = DataFrame.FromColumns(("y", new[] { 1.0, 2, 4, 3 }), ("x", new[] { 0.0, 1, 2, 3 }));
        Assert.Throws<InvalidOperationException>(() => Ols.Fit(data, "y ~ x").FittedValues(data.RowCount));
    }
}
