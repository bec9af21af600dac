using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary>fixest's EU15 trade panel (Fixtures/fixest/README.md): PPML and OLS with four absorbed fixed effects.</summary>
public sealed class FixestTradeTests
{
    private static readonly Lazy<DataFrame> Trade = new(() => TidyData.Read(Fixtures.Path("fixest", "fixest_trade.csv.gz")));

    private static readonly Lazy<RegressionResult> PpmlFit = new(() =>
        Ppml.Fit(Trade.Value, "Euros ~ log(dist_km) | Origin + Destination + Product + Year", VcovSpec.Cluster("Origin"))
    );

    private static readonly Lazy<RegressionResult> OlsFit = new(() =>
        Ols.Fit(Trade.Value, "log(Euros) ~ log(dist_km) | Origin + Destination + Product + Year", VcovSpec.HC1)
    );

    [Fact]
    public void Ppml_coefficient_matches_fixest()
    {
        var fit = PpmlFit.Value;
        Assert.Equal(38325, fit.N);
        Assert.Equal(-1.52787437, fit["log(dist_km)"].Estimate, 1e-6);
        Assert.Equal(57, fit.FixedEffectParameters);
        Assert.NotNull(fit.Convergence);
    }

    [Fact]
    public void Ppml_origin_clustered_se_uses_fixest_small_sample_convention()
    {
        var fit = PpmlFit.Value;
        Assert.Equal(0.11567817, fit["log(dist_km)"].StdError, 1e-5);
        Assert.Equal(44, fit.VcovInfo.K); // 58 − the 14 Origin coefficients nested in the clusters
        Assert.Equal([15], fit.VcovInfo.ClusterCounts);
    }

    [Fact]
    public void Ppml_other_covariances_match_the_fixture_readme()
    {
        var fit = PpmlFit.Value;
        Assert.Equal(0.02183079, fit.WithVcov(VcovSpec.HC0)["log(dist_km)"].StdError, 2e-8);
        Assert.Equal(0.02184733, fit.WithVcov(VcovSpec.HC1)["log(dist_km)"].StdError, 2e-8);
        var cr0 = VcovSpec.Cluster("Origin") with { SmallSample = new SmallSample(false, FixedEffectsInK.Nested, false) };
        Assert.Equal(0.11169301, fit.WithVcov(cr0)["log(dist_km)"].StdError, 1e-6);
        var product = VcovSpec.Cluster("Product") with { SmallSample = new SmallSample(false) };
        Assert.Equal(0.09824520, fit.WithVcov(product)["log(dist_km)"].StdError, 1e-6);
        var twoWayRaw = VcovSpec.Cluster("Origin", "Destination") with { SmallSample = new SmallSample(false, ClusterAdjust: false) };
        Assert.Equal(0.12625330, fit.WithVcov(twoWayRaw)["log(dist_km)"].StdError, 1e-6);
        var twoWayMin = VcovSpec.Cluster("Origin", "Destination") with { SmallSample = new SmallSample(false) };
        Assert.Equal(0.13068458, fit.WithVcov(twoWayMin)["log(dist_km)"].StdError, 1e-6);
    }

    [Fact]
    public void Ppml_fit_statistics_match_the_fixture_readme()
    {
        var fit = PpmlFit.Value;
        Assert.Equal(-7.024704e11, fit.Fit.LogLikelihood, 1e11 * 1e-6 * 7.1);
        Assert.Equal(-2.976972e12, fit.Fit.NullLogLikelihood, 2.98e12 * 1e-6);
        Assert.Equal(0.764032, fit.Fit.PseudoRSquared, 1e-6);
    }

    [Fact]
    public void Ols_coefficient_and_hc1_se_match_the_fixture_readme()
    {
        var fit = OlsFit.Value;
        Assert.Equal(-2.16987598, fit["log(dist_km)"].Estimate, 1e-7);
        Assert.Equal(0.01821175, fit["log(dist_km)"].StdError, 2e-8);
        Assert.Equal(0.02092752, fit.WithVcov(VcovSpec.Iid)["log(dist_km)"].StdError, 2e-8);
        var sandwichCluster = VcovSpec.Cluster("Origin") with { SmallSample = SmallSample.Sandwich };
        Assert.Equal(0.15431166, fit.WithVcov(sandwichCluster)["log(dist_km)"].StdError, 2e-8);
    }

    [Fact]
    public void Ppml_without_fixed_effects_matches_the_fixture_readme()
    {
        var fit = Ppml.Fit(Trade.Value, "Euros ~ log(dist_km)", VcovSpec.Cluster("Product") with { SmallSample = SmallSample.Sandwich });
        Assert.Equal(-1.02895541, fit["log(dist_km)"].Estimate, 1e-7);
        Assert.Equal(24.70888734, fit["(Intercept)"].Estimate, 1e-6);
        Assert.Equal(0.04595741, fit["log(dist_km)"].StdError, 2e-8);
    }
}
