using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeScope.Products;
using Xunit;

namespace TradeScope.Tests.Products;

/// <summary>The lead coefficient of docs/methods/products.md#lead-coefficient: the worked example, the edge rules and the
/// identity K^B = K^A / K^A_total.</summary>
public sealed class LeadCoefficientTests
{
    // Belarus chemicals, US$ bn (docs/methods/products.md#lead-example): m 20 → 25, g 30 → 38, m_i 1.42 → 2.05,
    // g_i 1.80 → 2.356.
    private static readonly LeadFlows Start = new(1.42, 1.80, 20, 30);
    private static readonly LeadFlows End = new(2.05, 2.356, 25, 38);

    [Fact]
    public void Worked_example_gives_the_four_variants_to_four_decimals()
    {
        var lead = LeadCoefficient.Compute(Start, End);
        // By hand: A = (2.05/1.42)/(2.356/1.80); A′ = (2.05/1.42)/(0.306/0.38);
        // B = (8.2/7.1)/(6.2/6.0); B′ = (8.2/7.1)/((0.306/13)/(0.38/10)), e = g − m = 10 → 13.
        Assert.Equal(1.1030, lead.A.Value, 4);
        Assert.Equal(1.7928, lead.AThird.Value, 4);
        Assert.Equal(1.1177, lead.B.Value, 4);
        Assert.Equal(1.8645, lead.BThird.Value, 4);
        Assert.Equal(25.0 / 20 / (38.0 / 30), lead.ATotal.Value, 12);
        Assert.Equal(ProductReason.None, lead.Reason);
    }

    [Fact]
    public void Worked_example_reports_the_six_shares_in_percent_and_the_third_country_flows()
    {
        var lead = LeadCoefficient.Compute(Start, End);
        Assert.Equal(7.10, lead.StartShares.Mutual.Value, 10);
        Assert.Equal(8.20, lead.EndShares.Mutual.Value, 10);
        Assert.Equal(6.00, lead.StartShares.Total.Value, 10);
        Assert.Equal(6.20, lead.EndShares.Total.Value, 10);
        Assert.Equal(3.80, lead.StartShares.Third.Value, 10);
        Assert.Equal(100 * 0.306 / 13, lead.EndShares.Third.Value, 10);
        Assert.Equal(0.38, lead.Start.Third, 12);
        Assert.Equal(0.306, lead.End.Third, 12);
    }

    [Fact]
    public void Zero_base_of_mutual_exports_is_a_new_flow_or_zero_in_both_years()
    {
        var newFlow = LeadCoefficient.Compute(Start with { Mutual = 0 }, End);
        Assert.Equal(ProductReason.NewFlow, newFlow.A.Reason);
        Assert.Equal(ProductReason.NewFlow, newFlow.B.Reason);
        Assert.True(double.IsNaN(newFlow.A.Value));
        Assert.Equal(ProductReason.NewFlow, newFlow.Reason);
        var none = LeadCoefficient.Compute(Start with { Mutual = 0 }, End with { Mutual = 0 });
        Assert.Equal(ProductReason.ZeroBoth, none.A.Reason);
        Assert.Equal(ProductReason.ZeroBoth, none.BThird.Reason);
    }

    [Fact]
    public void Zero_base_of_total_exports_is_a_new_flow()
    {
        var lead = LeadCoefficient.Compute(new LeadFlows(0, 0, 20, 30), End);
        Assert.Equal(ProductReason.NewFlow, lead.A.Reason);
        Assert.Equal("NEW_FLOW", lead.A.Reason.Code());
    }

    [Fact]
    public void Mutual_exports_falling_to_zero_give_a_valid_zero()
    {
        var lead = LeadCoefficient.Compute(Start, End with { Mutual = 0 });
        Assert.Equal(ProductReason.None, lead.A.Reason);
        Assert.Equal(0, lead.A.Value);
        Assert.Equal(0, lead.B.Value);
        Assert.Equal(0, lead.AThird.Value);
    }

    [Fact]
    public void No_exports_to_third_countries_make_only_the_primed_variants_undefined()
    {
        // Everything goes to the members at t₁: e_i(t₁) = 0 is a zero denominator growth factor.
        var lead = LeadCoefficient.Compute(Start, End with { Total = 2.05 });
        Assert.True(lead.A.HasValue);
        Assert.True(lead.B.HasValue);
        Assert.Equal(ProductReason.ZeroDenominator, lead.AThird.Reason);
        Assert.Equal(ProductReason.ZeroDenominator, lead.BThird.Reason);
        Assert.Equal(ProductReason.ZeroDenominator, lead.Reason);
    }

    [Fact]
    public void A_negative_third_country_residual_has_its_own_reason()
    {
        // Mirror and reported data disagree: mutual exports above total exports at t₀.
        var lead = LeadCoefficient.Compute(Start with { Mutual = 1.9 }, End);
        Assert.True(lead.A.HasValue);
        Assert.Equal(ProductReason.NegativeResidual, lead.AThird.Reason);
        Assert.Equal(ProductReason.NegativeResidual, lead.BThird.Reason);
        Assert.Equal(ProductReason.NegativeResidual, lead.StartShares.Third.Reason);
        Assert.Equal("NEGATIVE_RESIDUAL", lead.AThird.Reason.Code());
    }

    [Fact]
    public void Zero_total_over_all_goods_makes_the_shares_and_B_undefined()
    {
        var lead = LeadCoefficient.Compute(Start, End with { Mutual = 0, MutualAllGoods = 0 });
        Assert.Equal(ProductReason.ZeroDenominator, lead.EndShares.Mutual.Reason);
        Assert.Equal(ProductReason.ZeroDenominator, lead.B.Reason);
        Assert.Equal(0, lead.A.Value); // A does not use the all-goods totals
    }

    [Fact]
    public void Missing_and_negative_inputs()
    {
        Assert.Equal(ProductReason.Missing, LeadCoefficient.Compute(Start with { Total = double.NaN }, End).A.Reason);
        Assert.Throws<ArgumentOutOfRangeException>(() => LeadCoefficient.Compute(Start with { Mutual = -1 }, End));
    }

    [Fact]
    public void Period_average_averages_each_term_before_the_ratios()
    {
        var first = new LeadFlows(1, 2, 10, 20);
        var second = new LeadFlows(3, 4, 30, 60);
        var average = LeadFlows.Average([first, second]);
        Assert.Equal(new LeadFlows(2, 3, 20, 40), average);
        Assert.Equal(100 * 3.0 / 40, LeadShares.Of(average).Total.Value, 12); // 7.5 %, not mean(10 %, 6.67 %) = 8.33 %
        Assert.Throws<ArgumentException>(() => LeadFlows.Average([]));
    }

    /// <summary>K^B = K^A / K^A_total and B′ = A′ / A′_total (docs/methods/products.md#lead-variants), with K^A_total
    /// computed here from the all-goods flows, on random positive flows.</summary>
    [Property(MaxTest = 300)]
    public bool B_is_A_net_of_the_growth_of_mutual_against_total_trade(int seed)
    {
        var random = new Random(seed);
        LeadFlows Draw()
        {
            var mutualAll = Math.Exp(random.NextDouble() * 10);
            var totalAll = mutualAll * (1 + Math.Exp(random.NextDouble() * 4 - 2));
            var mutual = mutualAll * random.NextDouble();
            var total = mutual + (totalAll - mutualAll) * random.NextDouble();
            return new LeadFlows(mutual, total, mutualAll, totalAll);
        }
        var start = Draw();
        var end = Draw();
        var lead = LeadCoefficient.Compute(start, end);
        var aTotal = end.MutualAllGoods / start.MutualAllGoods / (end.TotalAllGoods / start.TotalAllGoods);
        var aThirdTotal = end.MutualAllGoods / start.MutualAllGoods / (end.ThirdAllGoods / start.ThirdAllGoods);
        return Close(lead.B.Value, lead.A.Value / aTotal) && Close(lead.BThird.Value, lead.AThird.Value / aThirdTotal);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
}
