using System.Globalization;
using TradeScope.Core;
using TradeScope.Data.Products;
using TradeScope.Potential.Market;
using TradeScope.Products;

namespace TradeScope.Analyses;

/// <summary>The request behind <c>tradescope product-potential</c>.</summary>
/// <param name="Reporter">The exporter (ISO3).</param>
/// <param name="Year">The data year.</param>
/// <param name="DbPath">The product store; null = the default store.</param>
/// <param name="Source">The store's source (baci, comtrade, tidy); null = the one source holding the year.</param>
/// <param name="Assumptions">Horizon, growth rates and elasticities; null = the defaults.</param>
/// <param name="TariffsPath">A tariff CSV (<see cref="ProductPotentialInputs.Tariffs"/>); null = no tariff adjustment.</param>
/// <param name="Distances">Kilometres between two ISO3 economies (null = unknown); null = no distance adjustment
/// (<see cref="ProductPotentialInputs.BundledDistances"/> gives the bundled CEPII GeoDist table).</param>
/// <param name="DistanceSource">Where the distances come from, for the report.</param>
public sealed record ProductPotentialRequest(
    string Reporter,
    int Year,
    string? DbPath = null,
    string? Source = null,
    PotentialAssumptions? Assumptions = null,
    string? TariffsPath = null,
    Func<string, string, double?>? Distances = null,
    Provenance? DistanceSource = null
);

/// <summary>The exporter's potential and where its data came from.</summary>
/// <param name="TariffRows">Rows of the tariff file (0 without one).</param>
/// <param name="TariffPairs">Market × product cells with imports, a tariff for the exporter and a mean tariff.</param>
/// <param name="DistanceSource">What the distances are; null when the adjustment is off.</param>
/// <param name="TariffFile">The tariff file, or null.</param>
public sealed record ProductPotentialResult(
    int Year,
    MarketPotentialResult Potential,
    IReadOnlyList<Provenance> Sources,
    int TariffRows,
    int TariffPairs,
    Bilingual? DistanceSource,
    string? TariffFile
);

/// <summary>A product the exporter does not export with a comparative advantage (RCA &lt; 1), with its density.</summary>
/// <param name="Exports">The exporter's exports of the product, US$.</param>
/// <param name="WorldExports">World exports of the product (sum over the store's reporters), US$.</param>
/// <param name="Rca">Balassa's RCA.</param>
/// <param name="Density">ω_ik, the product's relatedness to the exporter's current basket (products with RCA ≥ 1).</param>
/// <param name="Pci">The product complexity index.</param>
public sealed record DiversificationRow(
    string Product,
    double Exports,
    double WorldExports,
    ProductValue Rca,
    ProductValue Density,
    ProductValue Pci
);

/// <summary>The diversification list of an exporter and its data source.</summary>
public sealed record DiversificationResult(string Reporter, int Year, IReadOnlyList<DiversificationRow> Rows, Provenance Source);

/// <summary>
/// ITC-style export potential by product × market (Decreux and Spies 2016; docs/methods/product-potential.md) on the
/// product store: reads the year's imports by market and product, the exporter's flows and, when asked, mean tariffs
/// and distances of each market's suppliers (all summed inside DuckDB), then applies <see cref="MarketPotential"/>; and
/// the diversification list through the product space (<see cref="ProductProximity"/>).
/// </summary>
public static class ProductPotentialWorkflow
{
    private static readonly Bilingual StoreSource = new(
        "Product store (HS6, US$)",
        "Хранилище товарных данных (ТН ВЭД 6 знаков, долл. США)"
    );

    /// <summary>The exporter's potential in every market and product of the year.</summary>
    /// <exception cref="InputException">Bad assumptions, a year not in the store, an exporter without exports to partners
    /// in it, or a bad tariff file.</exception>
    public static ProductPotentialResult Run(ProductPotentialRequest request)
    {
        var assumptions = Validated(request.Assumptions ?? PotentialAssumptions.Default);
        var reporter = request.Reporter.Trim().ToUpperInvariant();
        var tariffRows = request.TariffsPath is { } path ? ProductPotentialInputs.Tariffs(path) : null;
        using var store = ProductStore.Open(request.DbPath);
        var imports = store.MarketImports(request.Year, request.Source);
        var markets = imports.Select(r => r.Market).Distinct().Order(StringComparer.Ordinal).ToArray();
        var products = imports.Select(r => r.Product).Distinct().Order(StringComparer.Ordinal).ToArray();
        var marketIndex = Index(markets);
        var productIndex = Index(products);
        var cells = markets.Length * products.Length;
        var m = new double[cells];
        foreach (var row in imports)
            m[marketIndex[row.Market] * products.Length + productIndex[row.Product]] = row.Value;
        var x = new double[cells];
        var flows = store.Totals([request.Year], null, byPartner: true, reporters: [reporter], request.Source);
        var any = false;
        foreach (var row in flows)
            if (row.Value > 0 && marketIndex.TryGetValue(row.Partner, out var j) && row.Partner != reporter)
            {
                x[j * products.Length + productIndex[row.Product]] = row.Value;
                any = true;
            }
        if (!any)
            throw InputException.Argument(
                AnalysesParameters.Reporter,
                request.Reporter,
                $"has no exports to partners in the product store for {request.Year}; check the code or the year"
            );
        MarketTariffs? tariffs = null;
        var tariffPairs = 0;
        if (tariffRows is not null)
            (tariffs, tariffPairs) = Tariffs(store, request, reporter, tariffRows, marketIndex, productIndex, m);
        MarketDistances? distances = null;
        if (request.Distances is { } distance && assumptions.DistanceElasticity != 0)
            distances = Distances(store, request, reporter, distance, markets, marketIndex, productIndex);
        var input = new MarketPotentialInput(reporter, markets, products, m, x, tariffs, distances);
        var result = MarketPotential.Compute(input, assumptions);
        var sources = new List<Provenance> { new(StoreSource, store.Location) };
        if (request.TariffsPath is { } tariffFile)
            sources.Add(new Provenance(new Bilingual("Tariffs (ad valorem, %)", "Тарифы (адвалорные, %)"), tariffFile));
        Bilingual? distanceSource = null;
        if (distances is not null)
        {
            var given = request.DistanceSource ?? new Provenance("distances given by the caller", "memory");
            sources.Add(given);
            distanceSource = given.Source;
        }
        return new ProductPotentialResult(
            request.Year,
            result,
            sources,
            tariffRows?.Count ?? 0,
            tariffPairs,
            distanceSource,
            request.TariffsPath
        );
    }

    /// <summary>
    /// Products the exporter does not export with a comparative advantage (Balassa RCA &lt; 1, the Atlas's M_ik = 0),
    /// ranked by density ω_ik (docs/methods/products.md#complexity) from the highest: the products closest to what it
    /// already exports competitively. RCA, density and PCI over the store's reporters in the year.
    /// </summary>
    /// <exception cref="InputException">A year not in the store, or an exporter without exports in it.</exception>
    public static DiversificationResult Diversification(ProductPotentialRequest request)
    {
        var reporter = request.Reporter.Trim().ToUpperInvariant();
        using var store = ProductStore.Open(request.DbPath);
        var rows = store.Totals([request.Year], null, byPartner: false, reporters: null, request.Source);
        var matrix = CountryProductMatrix.FromRows(rows.Select(r => new CountryProductValue(r.Reporter, r.Product, r.Value)));
        var c = matrix.IndexOfCountry(reporter);
        if (c < 0 || matrix.CountryTotal(c) == 0)
            throw InputException.Argument(
                AnalysesParameters.Reporter,
                request.Reporter,
                $"has no exports in the product store for {request.Year}; check the code or the year"
            );
        var complexity = Complexity.Compute(matrix);
        var density = ProductProximity.Of(complexity).Density(complexity);
        var rca = Rca.Balassa(matrix);
        var list = new List<DiversificationRow>();
        for (var k = 0; k < matrix.Products.Count; k++)
            if (!complexity.Specialised(c, k))
                list.Add(
                    new DiversificationRow(
                        matrix.Products[k],
                        matrix[c, k],
                        matrix.ProductTotal(k),
                        rca[c, k],
                        density[c, k],
                        complexity.Pci[k]
                    )
                );
        var ordered = list.OrderByDescending(r => r.Density.HasValue ? r.Density.Value : double.NegativeInfinity)
            .ThenBy(r => r.Product, StringComparer.Ordinal)
            .ToList();
        var source = new Provenance(StoreSource, store.Location);
        return new DiversificationResult(reporter, request.Year, ordered, source);
    }

    /// <summary>The assumptions, checked: a horizon of zero or more years, growth rates above −100 %, elasticities of
    /// zero or more.</summary>
    private static PotentialAssumptions Validated(PotentialAssumptions a)
    {
        if (!double.IsFinite(a.HorizonYears) || a.HorizonYears < 0 || a.HorizonYears > 100)
            throw Bad(AnalysesParameters.Horizon, a.HorizonYears, "give a horizon of 0 to 100 years");
        if (!double.IsFinite(a.SupplyGrowthPct) || a.SupplyGrowthPct <= -100)
            throw Bad(AnalysesParameters.SupplyGrowth, a.SupplyGrowthPct, "give an annual growth rate in % above −100");
        if (!double.IsFinite(a.DemandGrowthPct) || a.DemandGrowthPct <= -100)
            throw Bad(AnalysesParameters.DemandGrowth, a.DemandGrowthPct, "give an annual growth rate in % above −100");
        if (!double.IsFinite(a.TariffElasticity) || a.TariffElasticity < 0)
            throw Bad(AnalysesParameters.TariffElasticity, a.TariffElasticity, "give an elasticity of zero or more");
        if (!double.IsFinite(a.DistanceElasticity) || a.DistanceElasticity < 0)
            throw Bad(AnalysesParameters.DistanceElasticity, a.DistanceElasticity, "give an elasticity of zero or more");
        return a;
    }

    private static InputException Bad(string parameter, double value, string message) =>
        InputException.Argument(parameter, value.ToString(CultureInfo.InvariantCulture), message);

    /// <summary>t_ijk of the exporter (its most specific row) and t̄_jk of every market and product from the store.</summary>
    private static (MarketTariffs Tariffs, int Pairs) Tariffs(
        ProductStore store,
        ProductPotentialRequest request,
        string reporter,
        IReadOnlyList<SupplierValue> rows,
        Dictionary<string, int> marketIndex,
        Dictionary<string, int> productIndex,
        double[] imports
    )
    {
        var products = productIndex.Count;
        var own = Filled(marketIndex.Count * products);
        var mean = Filled(marketIndex.Count * products);
        var byKey = rows.ToDictionary(r => (r.Exporter, r.Market, r.Product), r => r.Value);
        var tariffMarkets = rows.Select(r => r.Market).ToHashSet();
        foreach (var (market, j) in marketIndex.Where(p => tariffMarkets.Contains(p.Key)))
            foreach (var (product, k) in productIndex)
            {
                var cell = j * products + k;
                if (imports[cell] == 0)
                    continue;
                if (
                    byKey.TryGetValue((reporter, market, product), out var t)
                    || byKey.TryGetValue((null, market, product), out t)
                    || byKey.TryGetValue((reporter, market, null), out t)
                    || byKey.TryGetValue((null, market, null), out t)
                )
                    own[cell] = t;
            }
        foreach (var row in store.SupplierMeans(request.Year, rows, request.Source))
            if (marketIndex.TryGetValue(row.Market, out var j) && productIndex.TryGetValue(row.Product, out var k))
                mean[j * products + k] = row.Value;
        var pairs = 0;
        for (var cell = 0; cell < own.Length; cell++)
            if (!double.IsNaN(own[cell]) && !double.IsNaN(mean[cell]) && imports[cell] > 0)
                pairs++;
        return (new MarketTariffs(own, mean), pairs);
    }

    /// <summary>d_ij of the exporter to every market and d̄_jk, the import-weighted mean distance of each market's
    /// suppliers of each product (suppliers of unknown distance left out), from the store.</summary>
    private static MarketDistances Distances(
        ProductStore store,
        ProductPotentialRequest request,
        string reporter,
        Func<string, string, double?> distance,
        string[] markets,
        Dictionary<string, int> marketIndex,
        Dictionary<string, int> productIndex
    )
    {
        // Suppliers are every reporter of the year (one row each, summed inside the store), not only the importers.
        var suppliers = store.Totals([request.Year], _ => ProductTradeData.AllGoods, byPartner: false, reporters: null, request.Source);
        var countries = suppliers.Select(r => r.Reporter).Append(reporter).Distinct().ToArray();
        var pairs = new List<SupplierValue>(countries.Length * countries.Length);
        foreach (var origin in countries)
            foreach (var destination in markets)
                if (origin != destination && distance(origin, destination) is { } km)
                    pairs.Add(new SupplierValue(origin, destination, null, km));
        var toMarket = markets.Select(j => j == reporter ? double.NaN : distance(reporter, j) ?? double.NaN).ToArray();
        var products = productIndex.Count;
        var mean = Filled(markets.Length * products);
        foreach (var row in store.SupplierMeans(request.Year, pairs, request.Source))
            if (marketIndex.TryGetValue(row.Market, out var j) && productIndex.TryGetValue(row.Product, out var k))
                mean[j * products + k] = row.Value;
        return new MarketDistances(toMarket, mean);
    }

    private static double[] Filled(int length)
    {
        var values = new double[length];
        Array.Fill(values, double.NaN);
        return values;
    }

    private static Dictionary<string, int> Index(string[] codes)
    {
        var index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
            index[codes[i]] = i;
        return index;
    }
}
