namespace TradeScope.Potential.Market;

/// <summary>
/// The assumptions of the export potential by product × market (docs/methods/product-potential.md#assumptions), each
/// with its default. Growth rates are annual, in per cent; the projection factor of a rate g over h years is (1 + g/100)^h.
/// </summary>
/// <param name="HorizonYears">Years the supply and demand are projected ahead of the data year (default 5, as ITC's
/// five-year horizon); 0 = no projection.</param>
/// <param name="SupplyGrowthPct">Annual growth of the exporter's world market share, % (default 0: the share stays).</param>
/// <param name="DemandGrowthPct">Annual growth of every market's imports, % (default 0: imports stay at the data year).</param>
/// <param name="TariffElasticity">σ of the tariff adjustment ((1 + t_ijk)/(1 + t̄_jk))^(−σ) (default 5, near the median
/// of the structural trade-elasticity estimates surveyed by Head and Mayer 2014); used only with a tariff file.</param>
/// <param name="DistanceElasticity">δ of the distance adjustment (d_ij/d̄_jk)^(−δ) (default 1, the round figure of the
/// distance effects in Disdier and Head 2008); used only with distances; 0 switches the adjustment off.</param>
public sealed record PotentialAssumptions(
    double HorizonYears = 5,
    double SupplyGrowthPct = 0,
    double DemandGrowthPct = 0,
    double TariffElasticity = 5,
    double DistanceElasticity = 1
)
{
    /// <summary>The defaults.</summary>
    public static PotentialAssumptions Default { get; } = new();

    /// <summary>The projection factor of supply, (1 + g_s/100)^h.</summary>
    public double SupplyProjection => ExportPotential.Projection(SupplyGrowthPct, HorizonYears);

    /// <summary>The projection factor of demand, (1 + g_d/100)^h.</summary>
    public double DemandProjection => ExportPotential.Projection(DemandGrowthPct, HorizonYears);
}

/// <summary>
/// The formulas of the ITC Export Potential Indicator as TradeScope computes it (Decreux and Spies 2016, "Export
/// Potential Assessments", ITC; docs/methods/product-potential.md): potential exports of exporter i in product k to market
/// j are supply × demand × ease, in US$. Each formula is a small pure function; <see cref="MarketPotential"/> applies them
/// to every market and product.
/// </summary>
public static class ExportPotential
{
    /// <summary>
    /// The exporter's world market share in the product, s_ik = x_ik / x_wk, where x_ik = Σ_j x_ijk and x_wk = Σ_i x_ik
    /// (Decreux and Spies 2016, supply; docs/methods/product-potential.md#supply). NaN with <c>ZERO_DENOM</c> when
    /// x_wk = 0.
    /// </summary>
    public static PotentialValue SupplyShare(double exports, double worldExports) => PotentialValue.Ratio(exports, worldExports);

    /// <summary>The market's share in world imports of the product, m_jk / x_wk (shares over markets sum to one);
    /// NaN with <c>ZERO_DENOM</c> when x_wk = 0 (docs/methods/product-potential.md#demand).</summary>
    public static PotentialValue DemandShare(double imports, double worldExports) => PotentialValue.Ratio(imports, worldExports);

    /// <summary>The projection factor (1 + g/100)^h of an annual growth rate g (%) over h years
    /// (docs/methods/product-potential.md#assumptions).</summary>
    /// <exception cref="ArgumentOutOfRangeException">g ≤ −100 or h &lt; 0 or either not finite.</exception>
    public static double Projection(double growthPct, double horizonYears)
    {
        if (!double.IsFinite(growthPct) || growthPct <= -100)
            throw new ArgumentOutOfRangeException(nameof(growthPct), growthPct, "a growth rate must be finite and above −100 %");
        if (!double.IsFinite(horizonYears) || horizonYears < 0)
            throw new ArgumentOutOfRangeException(nameof(horizonYears), horizonYears, "a horizon must be finite and not negative");
        return Math.Pow(1 + growthPct / 100, horizonYears);
    }

    /// <summary>
    /// The tariff adjustment of demand, ((1 + t_ijk/100) / (1 + t̄_jk/100))^(−σ): below 1 when the exporter pays more than
    /// the market's suppliers on average (t̄_jk, import-weighted), above 1 when it pays less (Decreux and Spies 2016,
    /// market access; docs/methods/product-potential.md#tariffs). NaN with <c>MISSING</c> when a rate is NaN.
    /// </summary>
    public static PotentialValue TariffFactor(double tariffPct, double meanTariffPct, double elasticity)
    {
        if (double.IsNaN(tariffPct) || double.IsNaN(meanTariffPct) || double.IsNaN(elasticity))
            return PotentialValue.NaN(PotentialReason.Missing);
        return PotentialValue.Of(Math.Pow((1 + tariffPct / 100) / (1 + meanTariffPct / 100), -elasticity));
    }

    /// <summary>
    /// The distance adjustment of demand, (d_ij / d̄_jk)^(−δ), d̄_jk the import-weighted mean distance of market j's
    /// suppliers of product k: below 1 for an exporter farther than the market's average supplier (Decreux and Spies 2016,
    /// relative distance; docs/methods/product-potential.md#distance). NaN with <c>NO_DISTANCE</c> when either distance
    /// is unknown (NaN), <c>ZERO_DENOM</c> when either is not positive.
    /// </summary>
    public static PotentialValue DistanceFactor(double distance, double meanDistance, double elasticity)
    {
        if (double.IsNaN(distance) || double.IsNaN(meanDistance))
            return PotentialValue.NaN(PotentialReason.NoDistance);
        if (distance <= 0 || meanDistance <= 0)
            return PotentialValue.NaN(PotentialReason.ZeroDenominator);
        return PotentialValue.Of(Math.Pow(distance / meanDistance, -elasticity));
    }

    /// <summary>
    /// Hypothetical exports of i to j, H_ij = Σ_k s_ik m_jk: what i would sell to j if it held in every product its world
    /// market share of j's imports (Decreux and Spies 2016, ease of trade; docs/methods/product-potential.md#ease).
    /// </summary>
    public static double Hypothetical(ReadOnlySpan<double> shares, ReadOnlySpan<double> imports)
    {
        if (shares.Length != imports.Length)
            throw new ArgumentException("shares and imports need one value per product", nameof(imports));
        var sum = 0.0;
        for (var k = 0; k < shares.Length; k++)
            sum += shares[k] * imports[k];
        return sum;
    }

    /// <summary>
    /// Bilateral ease of trade e_ij = X_ij / H_ij: actual exports of i to j (all products) over hypothetical exports
    /// (<see cref="Hypothetical"/>), so that with neutral assumptions the potential summed over products equals X_ij
    /// (Decreux and Spies 2016, ease of trade; docs/methods/product-potential.md#ease). X_ij = 0 gives a valid 0; NaN with
    /// <c>ZERO_DENOM</c> when H_ij = 0.
    /// </summary>
    public static PotentialValue Ease(double actual, double hypothetical) => PotentialValue.Ratio(actual, hypothetical);

    /// <summary>
    /// Potential exports v_ijk = supply × demand × ease, multiplied in that order (so the reported components multiply
    /// back to it exactly); a NaN component gives NaN with its reason (the first of supply, demand, ease)
    /// (Decreux and Spies 2016; docs/methods/product-potential.md#potential).
    /// </summary>
    public static PotentialValue Of(PotentialValue supply, PotentialValue demand, PotentialValue ease)
    {
        if (!supply.HasValue)
            return supply;
        if (!demand.HasValue)
            return demand;
        if (!ease.HasValue)
            return ease;
        return PotentialValue.Of(supply.Value * demand.Value * ease.Value);
    }

    /// <summary>Unrealised potential max(v_ijk − x_ijk, 0) (Decreux and Spies 2016; docs/methods/product-potential.md#potential);
    /// a NaN potential keeps its reason.</summary>
    public static PotentialValue Unrealised(PotentialValue potential, double actual) =>
        potential.HasValue ? PotentialValue.Of(Math.Max(potential.Value - actual, 0)) : potential;
}
