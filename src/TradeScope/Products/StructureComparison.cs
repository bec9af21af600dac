namespace TradeScope.Products;

/// <summary>Indices that compare the product structures of two countries: export similarity and trade complementarity
/// (docs/methods/products.md#similarity, docs/methods/products.md#complementarity).</summary>
public static class StructureComparison
{
    /// <summary>
    /// Finger and Kreinin's (1979) export similarity FK_ij = 100·Σ_k min(x_ik/X_i, x_jk/X_j) ∈ [0, 100]
    /// (docs/methods/products.md#similarity): 100 for identical export structures, 0 for no product in common. NaN with
    /// <c>ZERO_DENOM</c> when X_i or X_j is zero, <c>NO_REPORTER_DATA</c> when a country is not in the table, <c>SELF</c>
    /// when i = j.
    /// </summary>
    public static ProductValue ExportSimilarity(CountryProductMatrix exports, string first, string second)
    {
        if (first == second)
            return ProductValue.NaN(ProductReason.Self);
        var i = exports.IndexOfCountry(first);
        var j = exports.IndexOfCountry(second);
        if (i < 0 || j < 0)
            return ProductValue.NaN(ProductReason.NoReporterData);
        var totalI = exports.CountryTotal(i);
        var totalJ = exports.CountryTotal(j);
        if (totalI == 0 || totalJ == 0)
            return ProductValue.NaN(ProductReason.ZeroDenominator);
        double sum = 0;
        for (var k = 0; k < exports.Products.Count; k++)
            sum += Math.Min(exports[i, k] / totalI, exports[j, k] / totalJ);
        return ProductValue.Of(100 * sum);
    }

    /// <summary>
    /// Trade complementarity of exporter i with importer j, TC_ij = 100·(1 − Σ_k |m_jk/M_j − x_ik/X_i| / 2) ∈ [0, 100]
    /// (Michaely 1996; WITS "Trade complementarity index"; docs/methods/products.md#complementarity). Products are
    /// matched by code over both tables (a product absent from one has a zero share there). NaN with <c>ZERO_DENOM</c>
    /// when X_i or M_j is zero, <c>NO_REPORTER_DATA</c> when a country is not in its table, <c>SELF</c> when i = j.
    /// </summary>
    public static ProductValue Complementarity(
        CountryProductMatrix exports,
        CountryProductMatrix imports,
        string exporter,
        string importer
    )
    {
        if (exporter == importer)
            return ProductValue.NaN(ProductReason.Self);
        var i = exports.IndexOfCountry(exporter);
        var j = imports.IndexOfCountry(importer);
        if (i < 0 || j < 0)
            return ProductValue.NaN(ProductReason.NoReporterData);
        var exported = exports.CountryTotal(i);
        var imported = imports.CountryTotal(j);
        if (exported == 0 || imported == 0)
            return ProductValue.NaN(ProductReason.ZeroDenominator);
        double distance = 0;
        for (var k = 0; k < exports.Products.Count; k++)
        {
            var column = imports.IndexOfProduct(exports.Products[k]);
            var importShare = column < 0 ? 0 : imports[j, column] / imported;
            distance += Math.Abs(importShare - exports[i, k] / exported);
        }
        for (var k = 0; k < imports.Products.Count; k++)
            if (exports.IndexOfProduct(imports.Products[k]) < 0)
                distance += imports[j, k] / imported;
        return ProductValue.Of(100 * (1 - distance / 2));
    }
}
