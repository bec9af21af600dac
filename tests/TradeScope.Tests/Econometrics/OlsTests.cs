using TradeScope.Core;
using TradeScope.Econometrics;
using TradeScope.Reports;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary>OLS on in-memory columns: the API the value-chain regression uses, collinearity, leverage, recomputation.</summary>
public sealed class OlsTests
{
    [Fact]
    public void Exact_linear_data_recovers_coefficients_from_in_memory_columns()
    {
        var bp = new[] { 0.1, 0.4, 0.2, 0.9, 0.5, 0.3, 0.7 };
        var fp = new[] { 1.0, 0.5, 2.0, 1.5, 0.2, 0.9, 1.1 };
        var gdp = new[] { 3.0, 5.0, 4.0, 8.0, 1.0, 2.0, 6.0 };
        var noise = new[] { 0.01, -0.02, 0.015, 0.0, -0.01, 0.005, 0.002 };
        var ex = bp.Select((_, i) => 2 + 3 * bp[i] - fp[i] + 0.5 * gdp[i] + noise[i]).ToArray();
        var fit = Ols.Fit(DataFrame.FromColumns(("Ex", ex), ("BP", bp), ("FP", fp), ("GDPpc", gdp)), "Ex ~ BP + FP + GDPpc", VcovSpec.HC1);
        Assert.Equal(3, fit["BP"].Estimate, 0.1);
        Assert.Equal(-1, fit["FP"].Estimate, 0.05);
        Assert.Equal(0.5, fit["GDPpc"].Estimate, 0.02);
        Assert.Equal(7, fit.N);
        Assert.Equal(4, fit.K);
        Assert.True(fit.Fit.RSquared > 0.99);
    }

    [Fact]
    public void A_constant_regressor_is_dropped_as_collinear_and_reported()
    {
        var data = DataFrame.FromColumns(
            ("y", new[] { 1.0, 2, 4, 3, 5 }),
            ("x", new[] { 1.0, 2, 3, 4, 5 }),
            ("gdp", new[] { 7.0, 7, 7, 7, 7 })
        );
        var fit = Ols.Fit(data, "y ~ x + gdp");
        Assert.Equal(["gdp"], fit.Collinear);
        Assert.Equal(["(Intercept)", "x"], fit.Coefficients.Select(c => c.Term));
        Assert.Contains(fit.Warnings, w => w.Contains("gdp"));
    }

    [Fact]
    public void A_regressor_absorbed_by_fixed_effects_is_dropped()
    {
        var data = DataFrame.FromColumns(
            ("y", new[] { 1.0, 2, 4, 3, 5, 6 }),
            ("x", new[] { 1.0, 3, 2, 5, 4, 4 }),
            ("size", new[] { 10.0, 10, 20, 20, 30, 30 }),
            ("g", new[] { "a", "a", "b", "b", "c", "c" })
        );
        var fit = Ols.Fit(data, "y ~ x + size | g");
        Assert.Equal(["size"], fit.Collinear);
    }

    [Fact]
    public void Leverage_one_gives_NaN_for_HC2_and_HC3_with_a_warning()
    {
        // d is 1 on one observation only: its leverage is 1.
        var data = DataFrame.FromColumns(
            ("y", new[] { 1.0, 2, 4, 3, 5, 9 }),
            ("x", new[] { 1.0, 2, 3, 4, 5, 6 }),
            ("d", new[] { 0.0, 0, 0, 0, 0, 1 })
        );
        var hc3 = Ols.Fit(data, "y ~ x + d", VcovSpec.HC3);
        Assert.All(hc3.Coefficients, c => Assert.True(double.IsNaN(c.StdError)));
        Assert.Contains(hc3.Warnings, w => w.Contains("leverage 1"));
        var hc1 = hc3.WithVcov(VcovSpec.HC1);
        Assert.All(hc1.Coefficients, c => Assert.False(double.IsNaN(c.StdError)));
        Assert.Equal(hc3["x"].Estimate, hc1["x"].Estimate);
    }

    [Fact]
    public void Missing_and_non_finite_rows_are_dropped_and_counted()
    {
        var data = DataFrame.FromColumns(("y", new[] { 1.0, double.NaN, 4, 3, 5, 6, 2 }), ("x", new[] { 1.0, 2, 3, 0, 5, 6, 3 }));
        var fit = Ols.Fit(data, "y ~ log(x)");
        Assert.Equal(5, fit.N);
        Assert.Equal(1, fit.Dropped.Single(d => d.Reason == DropReason.Missing).Count);
        Assert.Equal([3], fit.Dropped.Single(d => d.Reason == DropReason.NonFinite).Rows);
    }

    [Fact]
    public void Interacted_fixed_effects_equal_dummies_of_the_combination()
    {
        var rng = new Random(7);
        var n = 120;
        var e = Enumerable.Range(0, n).Select(i => new[] { "A", "B", "C" }[i % 3]).ToArray();
        var t = Enumerable.Range(0, n).Select(i => (double)(2000 + i / 3 % 4)).ToArray();
        var et = e.Zip(t, (a, b) => $"{a}{b}").ToArray();
        var x = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        var y = x.Select((v, i) => 2 * v + (e[i] == "B" ? 1 : 0) * (t[i] - 2000) + rng.NextDouble()).ToArray();
        var data = DataFrame.FromColumns(("y", y), ("x", x), ("e", e), ("t", t), ("et", et));
        var interacted = Ols.Fit(data, "y ~ x | e^t", VcovSpec.Cluster("e^t"));
        var combined = Ols.Fit(data, "y ~ x | et", VcovSpec.Cluster("et"));
        Assert.Equal(combined["x"].Estimate, interacted["x"].Estimate, 1e-10);
        Assert.Equal(combined["x"].StdError, interacted["x"].StdError, 1e-10);
        Assert.Equal(12, interacted.FixedEffectParameters);
    }

    [Fact]
    public void HC2_with_absorbed_fixed_effects_is_refused()
    {
        var data = DataFrame.FromColumns(("y", new[] { 1.0, 2, 4, 3 }), ("x", new[] { 1.0, 3, 2, 5 }), ("g", new[] { "a", "a", "b", "b" }));
        Assert.Throws<InputException>(() => Ols.Fit(data, "y ~ x | g", VcovSpec.HC2));
    }

    [Fact]
    public void Side_by_side_table_has_one_column_per_model()
    {
        var data = DataFrame.FromColumns(
            ("y", new[] { 1.0, 2, 4, 3, 5, 7 }),
            ("x", new[] { 1.0, 2, 3, 4, 5, 6 }),
            ("z", new[] { 2.0, 1, 0, 1, 3, 2 })
        );
        var a = Ols.Fit(data, "y ~ x").Named("(1)");
        var b = Ols.Fit(data, "y ~ x + z").Named("(2)");
        var table = RegressionTables.SideBySide([a, b]);
        Assert.Equal(3, table.Columns.Count);
        var zRow = table.Rows.First(r => (string?)r[0] == "z");
        Assert.Equal("", zRow[1]);
        // The estimate is kept as a number (stars are decoration), so XLSX can store it as a number.
        var estimate = Assert.IsType<DecoratedNumber>(zRow[2]);
        Assert.Equal(b["z"].Estimate, estimate.Value);
        Assert.StartsWith(b["z"].Estimate.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), estimate.Show(Language.En));
        var tidy = RegressionTables.Tidy([a, b]);
        Assert.Equal(5, tidy.Rows.Count);
    }
}
