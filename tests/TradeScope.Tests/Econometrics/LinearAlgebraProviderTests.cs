using TradeScope.Econometrics;
using TradeScope.LinearAlgebra;
using TradeScope.Tests.LinearAlgebra;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary>OLS and PPML through the <see cref="ILinearAlgebra"/> provider: block-wise cross products equal plain sums,
/// leverages have the hat matrix's trace, both providers give the same fit, and the result names its provider.</summary>
public sealed class LinearAlgebraProviderTests
{
    private static double[][] Columns(int k, int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 4 - 1).ToArray()).ToArray();
    }

    /// <summary>Managed always; OpenBLAS where it loads (CI installs it).</summary>
    public static TheoryData<string> Providers()
    {
        var names = new TheoryData<string> { "managed" };
        if (LinearAlgebraProviders.IsOpenBlasAvailable)
            names.Add("openblas");
        return names;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Cross_products_over_row_blocks_equal_the_plain_sums(string provider)
    {
        var algebra = LinearAlgebraProviders.FromName(provider);
        var n = 2 * WeightedLeastSquares.BlockRows + 17; // two full blocks and a partial one
        var x = Columns(3, n, 1);
        var w = Columns(1, n, 2)[0].Select(Math.Abs).ToArray();
        var v = Columns(1, n, 3)[0];
        var a = WeightedLeastSquares.CrossProduct(x, w, algebra);
        var b = WeightedLeastSquares.CrossProduct(x, w, v, algebra);
        for (var p = 0; p < 3; p++)
        {
            double bp = 0;
            for (var i = 0; i < n; i++)
                bp += w[i] * x[p][i] * v[i];
            Assert.Equal(bp, b[p], 1e-9 * Math.Abs(bp) + 1e-12);
            for (var q = 0; q < 3; q++)
            {
                double apq = 0;
                for (var i = 0; i < n; i++)
                    apq += w[i] * x[p][i] * x[q][i];
                Assert.Equal(apq, a[p + q * 3], 1e-9 * Math.Abs(apq) + 1e-12);
                Assert.Equal(a[p + q * 3], a[q + p * 3]); // exactly symmetric
            }
        }
    }

    [Fact]
    public void Leverages_sum_to_the_number_of_regressors()
    {
        // The (weighted) hat matrix is a projection onto the k regressors, so its trace Σ h_ii is k (OLS and PPML alike).
        var n = WeightedLeastSquares.BlockRows + 123;
        var x = Columns(2, n, 4);
        var random = new Random(5);
        var y = Enumerable
            .Range(0, n)
            .Select(i => Math.Round(Math.Exp(0.3 * x[0][i] - 0.2 * x[1][i]) * (0.5 + random.NextDouble())))
            .ToArray();
        var data = DataFrame.FromColumns(("y", y), ("x1", x[0]), ("x2", x[1]));
        foreach (var fit in new[] { Ols.Fit(data, "y ~ x1 + x2", VcovSpec.HC2), Ppml.Fit(data, "y ~ x1 + x2", VcovSpec.HC2) })
        {
            var h = Variance.Leverage(fit.State);
            Assert.Equal(3.0, h.Sum(), 1e-8);
            Assert.All(h, v => Assert.InRange(v, 0.0, 1.0));
        }
    }

    [Fact]
    public void A_fit_names_its_provider_managed_by_default()
    {
        var data = DataFrame.FromColumns(("y", new[] { 1.0, 3, 2, 5, 4 }), ("x", new[] { 1.0, 2, 3, 4, 5 }));
        Assert.Equal(LinearAlgebraProviders.Managed.Name, Ols.Fit(data, "y ~ x").LinearAlgebraProvider);
        Assert.Equal(LinearAlgebraProviders.Managed.Name, Ppml.Fit(data, "y ~ x").LinearAlgebraProvider);
        Assert.StartsWith("managed (TradeScope", Ols.Fit(data, "y ~ x").WithVcov(VcovSpec.Iid).LinearAlgebraProvider);
    }

    [OpenBlasFact]
    public void OpenBlas_and_managed_give_the_same_fits()
    {
        var trade = TidyData.Read(Fixtures.Path("fixest", "fixest_trade.csv.gz"));
        const string ppml = "Euros ~ log(dist_km) | Origin + Destination + Product + Year";
        const string ols = "log(Euros) ~ log(dist_km)"; // well conditioned: differences are rounding only
        var twoWay = VcovSpec.Cluster("Origin", "Destination");
        var pairs = new[]
        {
            (
                Ppml.Fit(trade, ppml, twoWay, PpmlOptions.Default with { Algebra = LinearAlgebraProviders.Managed }),
                Ppml.Fit(trade, ppml, twoWay, PpmlOptions.Default with { Algebra = LinearAlgebraProviders.OpenBlas })
            ),
            (
                Ols.Fit(trade, ols, VcovSpec.HC3, new OlsOptions(Algebra: LinearAlgebraProviders.Managed)),
                Ols.Fit(trade, ols, VcovSpec.HC3, new OlsOptions(Algebra: LinearAlgebraProviders.OpenBlas))
            ),
        };
        foreach (var (managed, native) in pairs)
        {
            Assert.Equal(LinearAlgebraProviders.OpenBlas.Name, native.LinearAlgebraProvider);
            Assert.StartsWith("OpenBLAS", native.LinearAlgebraProvider);
            foreach (var c in managed.Coefficients)
            {
                Assert.Equal(c.Estimate, native[c.Term].Estimate, 1e-9 * Math.Abs(c.Estimate));
                Assert.Equal(c.StdError, native[c.Term].StdError, 1e-8 * c.StdError);
            }
            Assert.Equal(managed.Wald.F, native.Wald.F, 1e-8 * managed.Wald.F);
        }
    }
}
