namespace TradeScope.Products;

/// <summary>
/// The flows of one reporter (a member of a bloc, or the bloc as a whole) at one date, from which the lead coefficient
/// is built (docs/methods/products.md#lead-notation): exports of product group i to the other members (mutual, m_i)
/// and to the world (total, g_i), and the same over all goods (m, g). A date is one year or the average over the years
/// of a period (<see cref="Average"/>). Values are in one currency unit (e.g. US$), never negative; NaN means missing.
/// </summary>
/// <param name="Mutual">m_i: exports of group i to the other members.</param>
/// <param name="Total">g_i: exports of group i to the world.</param>
/// <param name="MutualAllGoods">m: exports of all goods to the other members.</param>
/// <param name="TotalAllGoods">g: exports of all goods to the world.</param>
public readonly record struct LeadFlows(double Mutual, double Total, double MutualAllGoods, double TotalAllGoods)
{
    /// <summary>e_i = g_i − m_i: exports of group i to third countries (negative when the data disagree).</summary>
    public double Third => Total - Mutual;

    /// <summary>e = g − m: exports of all goods to third countries.</summary>
    public double ThirdAllGoods => TotalAllGoods - MutualAllGoods;

    /// <summary>
    /// The average over the years of a period, term by term (each of m_i, g_i, m, g averaged before any ratio is taken;
    /// docs/methods/products.md#lead-conventions).
    /// </summary>
    public static LeadFlows Average(IReadOnlyCollection<LeadFlows> years)
    {
        if (years.Count == 0)
            throw new ArgumentException("a period needs at least one year", nameof(years));
        return new LeadFlows(
            years.Average(y => y.Mutual),
            years.Average(y => y.Total),
            years.Average(y => y.MutualAllGoods),
            years.Average(y => y.TotalAllGoods)
        );
    }
}

/// <summary>The shares of product group i, in percent, at one date (docs/methods/products.md#lead-notation).</summary>
/// <param name="Mutual">s^m_i = 100·m_i/m: the group's share in mutual exports.</param>
/// <param name="Total">s^g_i = 100·g_i/g: its share in total exports.</param>
/// <param name="Third">s^e_i = 100·e_i/e with e = g − m: its share in exports to third countries.</param>
public readonly record struct LeadShares(ProductValue Mutual, ProductValue Total, ProductValue Third)
{
    /// <summary>The three shares of a date: NaN with <c>ZERO_DENOM</c> when the total over all goods is zero, with
    /// <c>NEGATIVE_RESIDUAL</c> when e_i or e is negative, with <c>MISSING</c> when an input is NaN.</summary>
    public static LeadShares Of(LeadFlows flows) =>
        new(
            Percent(flows.Mutual, flows.MutualAllGoods),
            Percent(flows.Total, flows.TotalAllGoods),
            flows.Third < 0 || flows.ThirdAllGoods < 0
                ? ProductValue.NaN(ProductReason.NegativeResidual)
                : Percent(flows.Third, flows.ThirdAllGoods)
        );

    private static ProductValue Percent(double part, double whole)
    {
        var ratio = ProductValue.Ratio(part, whole);
        return ratio.HasValue ? ProductValue.Of(100 * ratio.Value) : ratio;
    }
}

/// <summary>
/// The lead coefficient (коэффициент опережения) of one reporter and product group between a start date t₀ and an
/// end
/// date t₁, in the four variants of docs/methods/products.md#lead-variants, with the flows and shares it is built from.
/// Every variant is NaN with a reason where a base is zero (docs/methods/products.md#lead-conventions): a zero base at
/// t₀ gives <c>NEW_FLOW</c> (or <c>ZERO_BOTH</c> when the end value is zero too), a zero denominator at t₁
/// <c>ZERO_DENOM</c>, a negative third-country residual <c>NEGATIVE_RESIDUAL</c> (A′, B′); m_i(t₁) = 0 over a positive
/// base is a valid 0.
/// </summary>
public sealed class LeadCoefficient
{
    private LeadCoefficient(LeadFlows start, LeadFlows end)
    {
        Start = start;
        End = end;
        StartShares = LeadShares.Of(start);
        EndShares = LeadShares.Of(end);
        A = GrowthRatio(start.Mutual, end.Mutual, start.Total, end.Total);
        AThird =
            start.Third < 0 || end.Third < 0
                ? ProductValue.NaN(ProductReason.NegativeResidual)
                : GrowthRatio(start.Mutual, end.Mutual, start.Third, end.Third);
        ATotal = GrowthRatio(start.MutualAllGoods, end.MutualAllGoods, start.TotalAllGoods, end.TotalAllGoods);
        B = GrowthRatio(StartShares.Mutual, EndShares.Mutual, StartShares.Total, EndShares.Total);
        BThird = GrowthRatio(StartShares.Mutual, EndShares.Mutual, StartShares.Third, EndShares.Third);
    }

    /// <summary>The flows at t₀.</summary>
    public LeadFlows Start { get; }

    /// <summary>The flows at t₁.</summary>
    public LeadFlows End { get; }

    /// <summary>The shares at t₀, in percent.</summary>
    public LeadShares StartShares { get; }

    /// <summary>The shares at t₁, in percent.</summary>
    public LeadShares EndShares { get; }

    /// <summary>Variant A: K^A_i = [m_i(t₁)/m_i(t₀)] / [g_i(t₁)/g_i(t₀)] (docs/methods/products.md#lead-variants).</summary>
    public ProductValue A { get; }

    /// <summary>Variant A′: [m_i(t₁)/m_i(t₀)] / [e_i(t₁)/e_i(t₀)], against exports to third countries e_i = g_i −
    /// m_i.</summary>
    public ProductValue AThird { get; }

    /// <summary>Variant B: K^B_i = [s^m_i(t₁)/s^m_i(t₀)] / [s^g_i(t₁)/s^g_i(t₀)], the ratio of share dynamics; equals
    /// K^A_i / K^A_total.</summary>
    public ProductValue B { get; }

    /// <summary>Variant B′: [s^m_i(t₁)/s^m_i(t₀)] / [s^e_i(t₁)/s^e_i(t₀)] with s^e_i = 100·e_i/e, e = g − m (the growth
    /// factor of Yeats' (1998) regional orientation index).</summary>
    public ProductValue BThird { get; }

    /// <summary>K^A_total = [m(t₁)/m(t₀)] / [g(t₁)/g(t₀)]: variant A over all goods.</summary>
    public ProductValue ATotal { get; }

    /// <summary>The first reason among A, A′, B, B′ (in that order), or <see cref="ProductReason.None"/> when all four are
    /// computed: the one reason column of a tidy output.</summary>
    public ProductReason Reason =>
        new[] { A, AThird, B, BThird }.Select(v => v.Reason).FirstOrDefault(r => r != ProductReason.None, ProductReason.None);

    /// <summary>The lead coefficient between two dates (docs/methods/products.md#lead-coefficient).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A flow is negative (NaN flows give <c>MISSING</c>).</exception>
    public static LeadCoefficient Compute(LeadFlows start, LeadFlows end)
    {
        CheckNotNegative(start, nameof(start));
        CheckNotNegative(end, nameof(end));
        return new LeadCoefficient(start, end);
    }

    private static void CheckNotNegative(LeadFlows flows, string name)
    {
        if (flows.Mutual < 0 || flows.Total < 0 || flows.MutualAllGoods < 0 || flows.TotalAllGoods < 0)
            throw new ArgumentOutOfRangeException(name, flows, "exports must not be negative");
    }

    /// <summary>[n(t₁)/n(t₀)] / [d(t₁)/d(t₀)] with the edge rules of docs/methods/products.md#lead-conventions.</summary>
    private static ProductValue GrowthRatio(double n0, double n1, double d0, double d1)
    {
        if (double.IsNaN(n0) || double.IsNaN(n1) || double.IsNaN(d0) || double.IsNaN(d1))
            return ProductValue.NaN(ProductReason.Missing);
        if (n0 == 0)
            return ProductValue.NaN(n1 == 0 ? ProductReason.ZeroBoth : ProductReason.NewFlow);
        if (d0 == 0)
            return ProductValue.NaN(d1 == 0 ? ProductReason.ZeroBoth : ProductReason.NewFlow);
        if (d1 == 0)
            return ProductValue.NaN(ProductReason.ZeroDenominator);
        return ProductValue.Of(n1 / n0 / (d1 / d0));
    }

    /// <summary>The same ratio of share dynamics; a share that is itself NaN passes its reason on.</summary>
    private static ProductValue GrowthRatio(ProductValue n0, ProductValue n1, ProductValue d0, ProductValue d1)
    {
        foreach (var share in new[] { n0, n1, d0, d1 })
            if (!share.HasValue)
                return share;
        return GrowthRatio(n0.Value, n1.Value, d0.Value, d1.Value);
    }
}
