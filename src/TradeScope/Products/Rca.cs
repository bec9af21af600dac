namespace TradeScope.Products;

/// <summary>Revealed comparative advantage and its variants (docs/methods/products.md#rca).</summary>
public static class Rca
{
    /// <summary>
    /// Balassa's (1965) index RCA_ck = (x_ck/X_c) / (x_wk/X_w) (docs/methods/products.md#rca; WITS "Revealed comparative
    /// advantage"). NaN with <c>ZERO_DENOM</c> when X_c, x_wk or X_w is zero; x_ck = 0 gives a valid 0.
    /// </summary>
    public static ProductValue Balassa(double exports, double countryTotal, double worldProduct, double worldTotal)
    {
        if (double.IsNaN(exports) || double.IsNaN(countryTotal) || double.IsNaN(worldProduct) || double.IsNaN(worldTotal))
            return ProductValue.NaN(ProductReason.Missing);
        if (countryTotal == 0 || worldProduct == 0 || worldTotal == 0)
            return ProductValue.NaN(ProductReason.ZeroDenominator);
        return ProductValue.Of(exports / countryTotal / (worldProduct / worldTotal));
    }

    /// <summary>Balassa's RCA of every country and product of an export table, the world being the table's own
    /// countries (x_wk and X_w summed over its rows; docs/methods/products.md#rca).</summary>
    public static CountryProductValues Balassa(CountryProductMatrix exports)
    {
        var values = new ProductValue[exports.Countries.Count * exports.Products.Count];
        for (var c = 0; c < exports.Countries.Count; c++)
            for (var k = 0; k < exports.Products.Count; k++)
                values[c * exports.Products.Count + k] = Balassa(
                    exports[c, k],
                    exports.CountryTotal(c),
                    exports.ProductTotal(k),
                    exports.Total
                );
        return new CountryProductValues(exports.Countries, exports.Products, values);
    }

    /// <summary>Symmetric RCA (RCA − 1)/(RCA + 1) ∈ [−1, 1) (Dalum, Laursen and Villumsen 1998;
    /// docs/methods/products.md#rca-variants). A NaN RCA keeps its reason.</summary>
    public static ProductValue Symmetric(ProductValue rca) => rca.HasValue ? ProductValue.Of((rca.Value - 1) / (rca.Value + 1)) : rca;

    /// <summary>Symmetric RCA of every cell of an RCA table.</summary>
    public static CountryProductValues Symmetric(CountryProductValues rca) => rca.Select(v => Symmetric(ProductValue.Of(v)));

    /// <summary>
    /// The export specialisation index ES_ik = (x_ik/X_i) / (m_jk/M_j) of exporter i in market j for every product
    /// (WITS "Export specialization"; docs/methods/products.md#rca-variants), in the order of the exports' products.
    /// Products are matched by code; a product absent from the imports has m_jk = 0. NaN with <c>ZERO_DENOM</c> when
    /// X_i, M_j or m_jk is zero, <c>NO_REPORTER_DATA</c> when i or j is not in its table, <c>SELF</c> when i = j.
    /// </summary>
    public static IReadOnlyList<ProductValue> ExportSpecialisation(
        CountryProductMatrix exports,
        CountryProductMatrix imports,
        string exporter,
        string market
    )
    {
        var i = exports.IndexOfCountry(exporter);
        var j = imports.IndexOfCountry(market);
        var products = exports.Products.Count;
        if (exporter == market)
            return Enumerable.Repeat(ProductValue.NaN(ProductReason.Self), products).ToArray();
        if (i < 0 || j < 0)
            return Enumerable.Repeat(ProductValue.NaN(ProductReason.NoReporterData), products).ToArray();
        var result = new ProductValue[products];
        for (var k = 0; k < products; k++)
        {
            var column = imports.IndexOfProduct(exports.Products[k]);
            var imported = column < 0 ? 0 : imports[j, column];
            result[k] = Balassa(exports[i, k], exports.CountryTotal(i), imported, imports.CountryTotal(j));
        }
        return result;
    }
}
