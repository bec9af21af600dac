namespace TradeScope.Potential.Market;

/// <summary>
/// The data of one exporter's potential in one year: every market's imports and the exporter's exports by market and
/// product (dense, row-major markets × products, US$), and optionally the tariff and distance data of the adjustments.
/// Importers are the markets; world exports of a product are the sum of all markets' imports of it (mirror flows).
/// </summary>
/// <param name="Exporter">The exporter i (a code of <paramref name="Markets"/> or not).</param>
/// <param name="Markets">Importers j (rows), sorted.</param>
/// <param name="Products">Products k (columns), sorted.</param>
/// <param name="Imports">m_jk: imports of j in k from every exporter (including i).</param>
/// <param name="Exports">x_ijk: exports of i to j in k (each at most m_jk).</param>
/// <param name="Tariffs">The tariff data, or null: no tariff adjustment.</param>
/// <param name="Distances">The distance data, or null: no distance adjustment.</param>
public sealed record MarketPotentialInput(
    string Exporter,
    IReadOnlyList<string> Markets,
    IReadOnlyList<string> Products,
    double[] Imports,
    double[] Exports,
    MarketTariffs? Tariffs = null,
    MarketDistances? Distances = null
);

/// <summary>Tariffs of one exporter's potential (markets × products, row-major; NaN = unknown).</summary>
/// <param name="ExporterPct">t_ijk: the tariff market j applies to the exporter on product k, %.</param>
/// <param name="MeanPct">t̄_jk: the import-weighted mean tariff j applies to its suppliers of k, %.</param>
public sealed record MarketTariffs(double[] ExporterPct, double[] MeanPct);

/// <summary>Distances of one exporter's potential (NaN = unknown).</summary>
/// <param name="ToMarket">d_ij, one per market, km.</param>
/// <param name="MeanOfSuppliers">d̄_jk: the import-weighted mean distance of j's suppliers of k (markets × products), km.</param>
public sealed record MarketDistances(double[] ToMarket, double[] MeanOfSuppliers);

/// <summary>The potential of the exporter in one product and market, with its components.</summary>
/// <param name="Market">Index into <see cref="MarketPotentialResult.Markets"/>.</param>
/// <param name="Product">Index into <see cref="MarketPotentialResult.Products"/>.</param>
/// <param name="Share">s_ik, the exporter's world market share in the data year.</param>
/// <param name="Imports">m_jk, the market's imports in the data year, US$.</param>
/// <param name="TariffFactor">The tariff adjustment (1 when not applied).</param>
/// <param name="DistanceFactor">The distance adjustment (1 when not applied).</param>
/// <param name="Supply">s_ik projected: s_ik × (1 + g_s)^h.</param>
/// <param name="Demand">m_jk projected and adjusted: m_jk × (1 + g_d)^h × tariff × distance, US$.</param>
/// <param name="Ease">e_ij.</param>
/// <param name="Potential">Supply × demand × ease, US$.</param>
/// <param name="Actual">x_ijk, US$.</param>
/// <param name="Unrealised">max(potential − actual, 0), US$.</param>
public readonly record struct PairPotential(
    int Market,
    int Product,
    double Share,
    double Imports,
    PotentialValue TariffFactor,
    PotentialValue DistanceFactor,
    PotentialValue Supply,
    PotentialValue Demand,
    PotentialValue Ease,
    PotentialValue Potential,
    double Actual,
    PotentialValue Unrealised
);

/// <summary>The ease of trade of the exporter with one market.</summary>
/// <param name="Market">Index into <see cref="MarketPotentialResult.Markets"/>.</param>
/// <param name="Actual">X_ij, exports of i to j over all products, US$.</param>
/// <param name="Hypothetical">H_ij = Σ_k s_ik m_jk, US$.</param>
/// <param name="Ease">X_ij / H_ij.</param>
public sealed record MarketEase(int Market, double Actual, double Hypothetical, PotentialValue Ease);

/// <summary>A sum of pair potentials over markets (for a product) or over products (for a market).</summary>
/// <param name="Code">The product or market.</param>
/// <param name="Potential">Σ potential over the pairs with a value; NaN with the reason of the pairs when none has one.</param>
/// <param name="Actual">Σ actual exports over the same pairs, US$.</param>
/// <param name="Unrealised">Σ unrealised potential over the pairs with a value (not max of the sums).</param>
/// <param name="Pairs">Pairs summed.</param>
/// <param name="PairsNaN">Pairs left out because their potential is NaN.</param>
public sealed record PotentialTotal(
    string Code,
    PotentialValue Potential,
    double Actual,
    PotentialValue Unrealised,
    int Pairs,
    int PairsNaN
);

/// <summary>The exporter's potential in every market and product (docs/methods/product-potential.md).</summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class MarketPotentialResult
{
    internal MarketPotentialResult(
        MarketPotentialInput input,
        PotentialAssumptions assumptions,
        double[] worldExports,
        double[] exporterTotals,
        IReadOnlyList<MarketEase> ease,
        IReadOnlyList<PairPotential> pairs
    )
    {
        Exporter = input.Exporter;
        Markets = input.Markets;
        Products = input.Products;
        Assumptions = assumptions;
        WorldExports = worldExports;
        ExporterExports = exporterTotals;
        Ease = ease;
        Pairs = pairs;
        TariffsApplied = input.Tariffs is not null;
        DistanceApplied = input.Distances is not null && assumptions.DistanceElasticity != 0;
    }

    /// <summary>The exporter i.</summary>
    public string Exporter { get; }

    /// <summary>The markets j.</summary>
    public IReadOnlyList<string> Markets { get; }

    /// <summary>The products k.</summary>
    public IReadOnlyList<string> Products { get; }

    /// <summary>The assumptions applied.</summary>
    public PotentialAssumptions Assumptions { get; }

    /// <summary>x_wk = Σ_j m_jk, by product.</summary>
    public IReadOnlyList<double> WorldExports { get; }

    /// <summary>x_ik = Σ_j x_ijk, by product.</summary>
    public IReadOnlyList<double> ExporterExports { get; }

    /// <summary>The ease of trade with every market other than the exporter that imports anything.</summary>
    public IReadOnlyList<MarketEase> Ease { get; }

    /// <summary>Every market and product with supply and demand (s_ik &gt; 0 and m_jk &gt; 0), ordered by market then
    /// product.</summary>
    public IReadOnlyList<PairPotential> Pairs { get; }

    /// <summary>True when a tariff adjustment was asked for.</summary>
    public bool TariffsApplied { get; }

    /// <summary>True when the distance adjustment was applied.</summary>
    public bool DistanceApplied { get; }

    /// <summary>Sums by product over markets.</summary>
    public IReadOnlyList<PotentialTotal> ByProduct() => Totals(p => p.Product, Products, null);

    /// <summary>Sums by market over products; a market whose ease is NaN has a NaN potential with that reason.</summary>
    public IReadOnlyList<PotentialTotal> ByMarket() => Totals(p => p.Market, Markets, Ease);

    private List<PotentialTotal> Totals(Func<PairPotential, int> key, IReadOnlyList<string> codes, IReadOnlyList<MarketEase>? ease)
    {
        var potential = new double[codes.Count];
        var unrealised = new double[codes.Count];
        var actual = new double[codes.Count];
        var pairs = new int[codes.Count];
        var nan = new int[codes.Count];
        var reasons = new PotentialReason[codes.Count];
        var present = new bool[codes.Count];
        foreach (var pair in Pairs)
        {
            var i = key(pair);
            present[i] = true;
            if (!pair.Potential.HasValue)
            {
                nan[i]++;
                reasons[i] = reasons[i] == PotentialReason.None ? pair.Potential.Reason : reasons[i];
                continue;
            }
            pairs[i]++;
            potential[i] += pair.Potential.Value;
            unrealised[i] += pair.Unrealised.Value;
            actual[i] += pair.Actual;
        }
        if (ease is not null)
            foreach (var market in ease.Where(e => !e.Ease.HasValue))
            {
                present[market.Market] = true;
                reasons[market.Market] = market.Ease.Reason;
            }
        var totals = new List<PotentialTotal>();
        for (var i = 0; i < codes.Count; i++)
        {
            if (!present[i])
                continue;
            var value = pairs[i] > 0 ? PotentialValue.Of(potential[i]) : PotentialValue.NaN(reasons[i]);
            var gap = pairs[i] > 0 ? PotentialValue.Of(unrealised[i]) : value;
            totals.Add(new PotentialTotal(codes[i], value, actual[i], gap, pairs[i], nan[i]));
        }
        return totals;
    }
}

/// <summary>
/// The export potential of one exporter in every market and product (Decreux and Spies 2016;
/// docs/methods/product-potential.md): the formulas of <see cref="ExportPotential"/> applied to a
/// <see cref="MarketPotentialInput"/>.
/// </summary>
public static class MarketPotential
{
    /// <summary>
    /// Supply s_ik (projected), demand m_jk (projected, adjusted for tariffs and distance when their data are given),
    /// ease e_ij from the data year's shares and imports, potential = supply × demand × ease and unrealised potential,
    /// for every market j ≠ i and product k with s_ik &gt; 0 and m_jk &gt; 0 (elsewhere the potential is zero).
    /// </summary>
    /// <exception cref="ArgumentException">Arrays of the wrong size, or negative or non-finite trade values.</exception>
    public static MarketPotentialResult Compute(MarketPotentialInput input, PotentialAssumptions? assumptions = null)
    {
        assumptions ??= PotentialAssumptions.Default;
        var markets = input.Markets.Count;
        var products = input.Products.Count;
        Require(input.Imports, markets * products, nameof(input.Imports));
        Require(input.Exports, markets * products, nameof(input.Exports));
        if (
            input.Tariffs is { } tariffs
            && (tariffs.ExporterPct.Length != markets * products || tariffs.MeanPct.Length != markets * products)
        )
            throw new ArgumentException("tariffs need one value per market and product", nameof(input));
        if (input.Distances is { } d && (d.ToMarket.Length != markets || d.MeanOfSuppliers.Length != markets * products))
            throw new ArgumentException("distances need one value per market, and one mean per market and product", nameof(input));
        var world = new double[products];
        var exporter = new double[products];
        for (var j = 0; j < markets; j++)
            for (var k = 0; k < products; k++)
            {
                world[k] += input.Imports[j * products + k];
                exporter[k] += input.Exports[j * products + k];
            }
        var shares = new double[products];
        for (var k = 0; k < products; k++)
            shares[k] = world[k] > 0 ? ExportPotential.SupplyShare(exporter[k], world[k]).Value : 0;
        var supplyProjection = assumptions.SupplyProjection;
        var demandProjection = assumptions.DemandProjection;
        var distanceOn = input.Distances is not null && assumptions.DistanceElasticity != 0;
        var self = IndexOf(input.Markets, input.Exporter);
        var ease = new List<MarketEase>();
        var pairs = new List<PairPotential>();
        for (var j = 0; j < markets; j++)
        {
            if (j == self)
                continue;
            var imports = input.Imports.AsSpan(j * products, products);
            var row = input.Exports.AsSpan(j * products, products);
            var actualTotal = 0.0;
            var importTotal = 0.0;
            for (var k = 0; k < products; k++)
            {
                actualTotal += row[k];
                importTotal += imports[k];
            }
            if (importTotal == 0)
                continue;
            var hypothetical = ExportPotential.Hypothetical(shares, imports);
            var e = ExportPotential.Ease(actualTotal, hypothetical);
            ease.Add(new MarketEase(j, actualTotal, hypothetical, e));
            for (var k = 0; k < products; k++)
            {
                if (shares[k] == 0 || imports[k] == 0)
                    continue;
                var cell = j * products + k;
                var tariff = input.Tariffs is { } t ? Tariff(t, cell, assumptions.TariffElasticity) : PotentialValue.Of(1);
                var distance = distanceOn
                    ? ExportPotential.DistanceFactor(
                        input.Distances!.ToMarket[j],
                        input.Distances.MeanOfSuppliers[cell],
                        assumptions.DistanceElasticity
                    )
                    : PotentialValue.Of(1);
                var supply = PotentialValue.Of(shares[k] * supplyProjection);
                var demand =
                    !tariff.HasValue ? tariff
                    : !distance.HasValue ? distance
                    : PotentialValue.Of(imports[k] * demandProjection * tariff.Value * distance.Value);
                var potential = ExportPotential.Of(supply, demand, e);
                pairs.Add(
                    new PairPotential(
                        j,
                        k,
                        shares[k],
                        imports[k],
                        tariff,
                        distance,
                        supply,
                        demand,
                        e,
                        potential,
                        row[k],
                        ExportPotential.Unrealised(potential, row[k])
                    )
                );
            }
        }
        return new MarketPotentialResult(input, assumptions, world, exporter, ease, pairs);
    }

    /// <summary>The tariff factor of a cell; 1 (no adjustment) where the exporter's or the mean tariff is unknown.</summary>
    private static PotentialValue Tariff(MarketTariffs tariffs, int cell, double elasticity)
    {
        var own = tariffs.ExporterPct[cell];
        var mean = tariffs.MeanPct[cell];
        return double.IsNaN(own) || double.IsNaN(mean) ? PotentialValue.Of(1) : ExportPotential.TariffFactor(own, mean, elasticity);
    }

    private static int IndexOf(IReadOnlyList<string> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
            if (string.Equals(codes[i], code, StringComparison.Ordinal))
                return i;
        return -1;
    }

    private static void Require(double[] values, int length, string name)
    {
        if (values.Length != length)
            throw new ArgumentException($"expected {length} values (markets × products), got {values.Length}", name);
        foreach (var v in values)
            if (!double.IsFinite(v) || v < 0)
                throw new ArgumentException($"trade values must be finite and not negative, got {v}", name);
    }
}
