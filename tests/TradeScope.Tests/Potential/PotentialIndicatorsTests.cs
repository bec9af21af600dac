using TradeScope.Potential.ExportPotential;
using Xunit;

namespace TradeScope.Tests.Potential;

/// <summary>Each formula of the export-potential indicators on numbers small enough to compute by hand.</summary>
public sealed class PotentialIndicatorsTests
{
    [Fact]
    public void Export_size_is_the_natural_log_and_needs_positive_exports()
    {
        Assert.Equal(Math.Log(1000.0), PotentialIndicators.LogExports(1000).Value, 12);
        Assert.Equal(PotentialReasons.NoExports, PotentialIndicators.LogExports(0).Reason);
        Assert.Equal(PotentialReasons.NoExports, PotentialIndicators.LogExports(double.NaN).Reason);
    }

    [Fact]
    public void Growth_is_the_compound_annual_rate_over_the_window()
    {
        // 100 → 121 over two years: 10 % a year.
        Assert.Equal(0.10, PotentialIndicators.Growth(100, 121, 2).Value, 12);
        Assert.Equal(PotentialReasons.NoHistory, PotentialIndicators.Growth(double.NaN, 121, 2).Reason);
        Assert.Equal(PotentialReasons.NoExports, PotentialIndicators.Growth(100, 0, 2).Reason);
    }

    [Fact]
    public void Herfindahl_is_the_sum_of_squared_shares()
    {
        // shares 0.5, 0.3, 0.2 → 0.25 + 0.09 + 0.04 = 0.38; zero entries do not count.
        Assert.Equal(0.38, PotentialIndicators.Herfindahl([50, 30, 20, 0]).Value, 12);
        Assert.Equal(0.25, PotentialIndicators.Herfindahl([1, 1, 1, 1]).Value, 12);
        Assert.Equal(PotentialReasons.NoExports, PotentialIndicators.Herfindahl([0, 0]).Reason);
    }

    [Fact]
    public void Herfindahl_agrees_with_the_product_indices()
    {
        double[] values = [7, 3, 11, 0.5, 2];
        Assert.Equal(TradeScope.Products.Concentration.Herfindahl(values).Value, PotentialIndicators.Herfindahl(values).Value, 12);
    }

    [Fact]
    public void Persistence_counts_only_partners_served_in_every_year()
    {
        // A served in all three years (60 now), B missing in the middle year (30 now), C new (10 now): 60 / 100.
        var y1 = new Dictionary<string, double> { ["A"] = 5, ["B"] = 5 };
        var y2 = new Dictionary<string, double> { ["A"] = 5, ["B"] = 0 };
        var y3 = new Dictionary<string, double>
        {
            ["A"] = 60,
            ["B"] = 30,
            ["C"] = 10,
        };
        Assert.Equal(0.6, PotentialIndicators.Persistence([y1, y2, y3]).Value, 12);
        Assert.Equal(PotentialReasons.NoHistory, PotentialIndicators.Persistence([null, y2, y3]).Reason);
    }

    [Fact]
    public void Weighted_complexity_uses_shares_over_products_with_a_pci()
    {
        // (30 × 2 + 10 × −1) / 40 = 1.25; the product without a PCI is left out of the shares.
        var value = PotentialIndicators.WeightedComplexity([(30, 2.0), (10, -1.0), (60, null)]);
        Assert.Equal(1.25, value.Value, 12);
        Assert.Equal(PotentialReasons.NoPci, PotentialIndicators.WeightedComplexity([(5, null)]).Reason);
    }

    [Fact]
    public void Share_needs_a_positive_total()
    {
        Assert.Equal(0.25, PotentialIndicators.Share(1, 4).Value, 12);
        Assert.Equal(PotentialReasons.NoExports, PotentialIndicators.Share(1, 0).Reason);
    }
}
