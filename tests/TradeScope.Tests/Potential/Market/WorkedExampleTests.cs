using TradeScope.Potential.Market;
using Xunit;

namespace TradeScope.Tests.Potential.Market;

/// <summary>
/// The worked example of docs/methods/product-potential.md#worked-example, computed by hand: exporters A, B, C; markets
/// X, Y, Z; products p1, p2. Flows x_ijk: A→X p1 10; A→Y p1 20, p2 10; B→X p1 30, p2 20; B→Y p2 10; B→Z p1 10;
/// C→X p2 10; C→Y p1 10; C→Z p1 20, p2 40. Imports m_jk: X (40, 30), Y (30, 20), Z (30, 40); world exports (100, 90).
/// For exporter A: s_A = (30/100, 10/90); H_AX = 0.3·40 + 30/9 = 46/3, e_AX = 10/(46/3) = 30/46; H_AY = 9 + 20/9 = 101/9,
/// e_AY = 30/(101/9) = 270/101; H_AZ = 9 + 40/9 = 121/9, e_AZ = 0/… = 0.
/// </summary>
public sealed class WorkedExampleTests
{
    private static readonly string[] Markets = ["X", "Y", "Z"];
    private static readonly string[] Products = ["p1", "p2"];

    /// <summary>m_jk, markets × products.</summary>
    private static readonly double[] Imports = [40, 30, 30, 20, 30, 40];

    /// <summary>x_ijk of each exporter, markets × products.</summary>
    private static readonly Dictionary<string, double[]> Exports = new()
    {
        ["A"] = [10, 0, 20, 10, 0, 0],
        ["B"] = [30, 20, 0, 10, 10, 0],
        ["C"] = [0, 10, 10, 0, 20, 40],
    };

    private static MarketPotentialResult Compute(string exporter, PotentialAssumptions? assumptions = null) =>
        MarketPotential.Compute(new MarketPotentialInput(exporter, Markets, Products, Imports, Exports[exporter]), assumptions);

    private static PairPotential Pair(MarketPotentialResult result, string market, string product) =>
        result.Pairs.Single(p => result.Markets[p.Market] == market && result.Products[p.Product] == product);

    [Fact]
    public void Supply_is_the_world_market_share_and_demand_the_markets_imports()
    {
        var a = Compute("A");
        Assert.Equal(0.3, Pair(a, "X", "p1").Supply.Value, 15);
        Assert.Equal(10.0 / 90, Pair(a, "X", "p2").Supply.Value, 15);
        Assert.Equal(40, Pair(a, "X", "p1").Demand.Value);
        Assert.Equal(20, Pair(a, "Y", "p2").Demand.Value);
        Assert.Equal([100.0, 90.0], a.WorldExports);
        Assert.Equal([30.0, 10.0], a.ExporterExports);
    }

    [Fact]
    public void Ease_is_actual_over_hypothetical_trade()
    {
        var a = Compute("A");
        var ease = a.Ease.ToDictionary(e => a.Markets[e.Market]);
        Assert.Equal(46.0 / 3, ease["X"].Hypothetical, 12);
        Assert.Equal(30.0 / 46, ease["X"].Ease.Value, 14);
        Assert.Equal(101.0 / 9, ease["Y"].Hypothetical, 12);
        Assert.Equal(270.0 / 101, ease["Y"].Ease.Value, 14);
        Assert.Equal(121.0 / 9, ease["Z"].Hypothetical, 12);
        Assert.Equal(0, ease["Z"].Ease.Value); // no trade at all: a valid zero, not NaN
        Assert.True(ease["Z"].Ease.HasValue);
    }

    [Fact]
    public void Potential_and_unrealised_potential_match_the_hand_computation()
    {
        var a = Compute("A");
        // X p1: 0.3·40·30/46 = 360/46; actual 10 → nothing unrealised.
        Assert.Equal(360.0 / 46, Pair(a, "X", "p1").Potential.Value, 12);
        Assert.Equal(0, Pair(a, "X", "p1").Unrealised.Value);
        // X p2: (1/9)·30·30/46 = 100/46; actual 0 → all unrealised.
        Assert.Equal(100.0 / 46, Pair(a, "X", "p2").Potential.Value, 12);
        Assert.Equal(100.0 / 46, Pair(a, "X", "p2").Unrealised.Value, 12);
        // Y p1: 0.3·30·270/101 = 2430/101; actual 20 → 410/101 unrealised.
        Assert.Equal(2430.0 / 101, Pair(a, "Y", "p1").Potential.Value, 12);
        Assert.Equal(410.0 / 101, Pair(a, "Y", "p1").Unrealised.Value, 12);
        // Y p2: (1/9)·20·270/101 = 600/101; actual 10 → nothing unrealised.
        Assert.Equal(600.0 / 101, Pair(a, "Y", "p2").Potential.Value, 12);
        Assert.Equal(0, Pair(a, "Y", "p2").Unrealised.Value);
        // Z: ease 0 → potential 0.
        Assert.Equal(0, Pair(a, "Z", "p1").Potential.Value);
        Assert.Equal(6, a.Pairs.Count);
    }

    [Fact]
    public void Sums_by_market_and_by_product()
    {
        var a = Compute("A");
        var markets = a.ByMarket().ToDictionary(t => t.Code);
        Assert.Equal(10, markets["X"].Potential.Value, 12); // 360/46 + 100/46 = X_AX
        Assert.Equal(30, markets["Y"].Potential.Value, 12); // 2430/101 + 600/101 = X_AY
        Assert.Equal(100.0 / 46, markets["X"].Unrealised.Value, 12);
        var products = a.ByProduct().ToDictionary(t => t.Code);
        Assert.Equal(360.0 / 46 + 2430.0 / 101, products["p1"].Potential.Value, 12);
        Assert.Equal(30, products["p1"].Actual);
        Assert.Equal(3, products["p1"].Pairs);
    }

    [Fact]
    public void Projections_multiply_supply_and_demand()
    {
        // h = 2, supply +10 %/year → 1.21; demand −50 %/year → 0.25. X p1: 0.3·1.21 · 40·0.25 · 30/46.
        var a = Compute("A", new PotentialAssumptions(HorizonYears: 2, SupplyGrowthPct: 10, DemandGrowthPct: -50));
        var pair = Pair(a, "X", "p1");
        Assert.Equal(0.363, pair.Supply.Value, 14);
        Assert.Equal(10, pair.Demand.Value, 14);
        Assert.Equal(0.363 * 10 * 30 / 46, pair.Potential.Value, 12);
        Assert.Equal(0.3, pair.Share, 15); // the data year's share is kept beside the projection
    }

    [Fact]
    public void Tariff_and_distance_adjustments_scale_demand()
    {
        // X p1: A pays 0 %, B 10 %: the mean over X's suppliers weighted by imports (10 from A, 30 from B) is 7.5 %.
        // Factor (1.00/1.075)^(−5) = 1.075^5. Distance: A 1000 km, B 3000 km → mean 2500; factor (1000/2500)^(−1) = 2.5.
        var cells = Markets.Length * Products.Length;
        var own = Enumerable.Repeat(double.NaN, cells).ToArray();
        var mean = Enumerable.Repeat(double.NaN, cells).ToArray();
        own[0] = 0;
        mean[0] = 7.5;
        var meanDistance = Enumerable.Repeat(2500.0, cells).ToArray();
        var input = new MarketPotentialInput(
            "A",
            Markets,
            Products,
            Imports,
            Exports["A"],
            new MarketTariffs(own, mean),
            new MarketDistances([1000, 2500, 2500], meanDistance)
        );
        var a = MarketPotential.Compute(input);
        var pair = Pair(a, "X", "p1");
        Assert.Equal(Math.Pow(1.075, 5), pair.TariffFactor.Value, 12);
        Assert.Equal(2.5, pair.DistanceFactor.Value, 14);
        Assert.Equal(40 * Math.Pow(1.075, 5) * 2.5, pair.Demand.Value, 10);
        Assert.Equal(1, Pair(a, "X", "p2").TariffFactor.Value); // no tariff data: factor 1
        Assert.Equal(1, Pair(a, "Y", "p1").DistanceFactor.Value); // the market's mean distance: factor 1
    }

    [Fact]
    public void Zero_bases_give_NaN_with_a_reason()
    {
        Assert.Equal(PotentialReason.ZeroDenominator, ExportPotential.SupplyShare(0, 0).Reason);
        Assert.Equal(PotentialReason.ZeroDenominator, ExportPotential.DemandShare(5, 0).Reason);
        Assert.Equal(PotentialReason.ZeroDenominator, ExportPotential.Ease(5, 0).Reason);
        Assert.Equal(PotentialReason.ZeroDenominator, ExportPotential.DistanceFactor(100, 0, 1).Reason);
        Assert.Equal(PotentialReason.NoDistance, ExportPotential.DistanceFactor(double.NaN, 100, 1).Reason);
        Assert.Equal(PotentialReason.Missing, ExportPotential.TariffFactor(double.NaN, 5, 5).Reason);
        var nan = ExportPotential.Of(PotentialValue.Of(0.5), PotentialValue.Of(10), ExportPotential.Ease(5, 0));
        Assert.Equal(PotentialReason.ZeroDenominator, nan.Reason);
        Assert.True(double.IsNaN(nan.Value));
        Assert.Equal(PotentialReason.ZeroDenominator, ExportPotential.Unrealised(nan, 3).Reason);
    }

    [Fact]
    public void A_market_that_imports_none_of_the_exporters_products_has_NaN_ease_and_potential()
    {
        // W imports only p2, which D does not export: H_DW = 0.
        string[] markets = ["V", "W"];
        double[] imports = [10, 0, 0, 5];
        double[] exports = [4, 0, 0, 0];
        var d = MarketPotential.Compute(new MarketPotentialInput("D", markets, Products, imports, exports));
        var w = d.ByMarket().Single(t => t.Code == "W");
        Assert.Equal(PotentialReason.ZeroDenominator, w.Potential.Reason);
        Assert.Equal(PotentialReason.ZeroDenominator, d.Ease.Single(e => d.Markets[e.Market] == "W").Ease.Reason);
    }

    [Fact]
    public void Missing_distances_give_NaN_pairs_that_sums_leave_out_and_count()
    {
        var cells = Markets.Length * Products.Length;
        var input = new MarketPotentialInput(
            "A",
            Markets,
            Products,
            Imports,
            Exports["A"],
            Distances: new MarketDistances([1000, double.NaN, 1000], Enumerable.Repeat(1000.0, cells).ToArray())
        );
        var a = MarketPotential.Compute(input);
        Assert.Equal(PotentialReason.NoDistance, Pair(a, "Y", "p1").Potential.Reason);
        var p1 = a.ByProduct().Single(t => t.Code == "p1");
        Assert.Equal(1, p1.PairsNaN);
        Assert.Equal(360.0 / 46, p1.Potential.Value, 12); // X p1 + Z p1 (0); Y p1 left out
        Assert.Equal(PotentialReason.NoDistance, a.ByMarket().Single(t => t.Code == "Y").Potential.Reason);
    }

    [Fact]
    public void The_exporter_is_not_its_own_market()
    {
        string[] markets = ["A", "X"];
        double[] imports = [5, 5, 40, 30];
        double[] exports = [0, 0, 10, 0];
        var a = MarketPotential.Compute(new MarketPotentialInput("A", markets, Products, imports, exports));
        Assert.DoesNotContain(a.Pairs, p => a.Markets[p.Market] == "A");
        Assert.DoesNotContain(a.Ease, e => a.Markets[e.Market] == "A");
    }
}
