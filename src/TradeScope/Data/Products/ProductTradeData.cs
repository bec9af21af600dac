using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>Bilateral trade matrices summed from the product store over a product scope, so the country-level trade
/// indices (ESI, TII, STI, …) run on product-filtered data (<c>--db</c>, <c>--products</c>).</summary>
public static class ProductTradeData
{
    /// <summary>Every two-digit HS chapter in one group, <c>*</c>: the map that sums all goods.</summary>
    public static ProductGroupMap AllGoods { get; } =
        new(2, Enumerable.Range(0, 100).ToDictionary(c => c.ToString("00", System.Globalization.CultureInfo.InvariantCulture), _ => "*"));

    /// <summary>
    /// Exports by year, reporter and partner, summed inside the store over the products of <paramref name="products"/>
    /// (all goods when null), as a <see cref="TradeDataset"/>: reporter totals X_s are sums over partners (the store
    /// holds no World rows unless a file gave exports to the world only), and the product scope is stated in the
    /// provenance.
    /// </summary>
    /// <param name="store">The product store.</param>
    /// <param name="years">The years to read; those not in the store are skipped (at least one must be there).</param>
    /// <param name="products">The product filter (e.g. <c>hs-section:VI</c>); null = all goods.</param>
    /// <param name="source">The store's source; null = the one source holding the years.</param>
    /// <param name="options">Reading options (the basis of reporter totals, the country registry).</param>
    /// <exception cref="InputException">No requested year in the store, several sources and none chosen, or a
    /// grouping that needs an HS revision the store does not know.</exception>
    public static TradeDataset Load(
        ProductStore store,
        IReadOnlyCollection<int> years,
        ProductSelection? products,
        string? source = null,
        TradeLoadOptions? options = null
    )
    {
        var held = store.Years(source).ToHashSet();
        var wanted = years.Where(held.Contains).ToList();
        if (wanted.Count == 0)
            throw InputException.Argument(
                ProductStoreParameters.Db,
                store.Location,
                $"holds none of the years {string.Join(", ", years)} (it holds {string.Join(", ", held.Order())}); import them first"
            );
        var rows = store.Totals(wanted, products is null ? _ => AllGoods : products.MapFor, byPartner: true, reporters: null, source);
        var accumulator = new TradeAccumulator((options ?? TradeLoadOptions.Default) with { Basis = TotalsBasis.SumOfPartners });
        long index = 0;
        foreach (var row in rows)
        {
            var partner = row.Partner == ProductStore.World ? ComtradeCodes.World : row.Partner;
            if (accumulator.Add(index++, row.Year, row.Reporter, partner, row.Value) is { } problem)
                throw new InputException($"{store.Location}: {problem.Message}");
        }
        var scope = products is null
            ? new Bilingual("all goods", "все товары")
            : new Bilingual($"products {products} ({products.Grouping.NameEn})", $"товары {products} ({products.Grouping.NameRu})");
        var provenance = new Provenance(
            new Bilingual(
                $"Product store, exports summed over {scope.En}, US$",
                $"Хранилище товарных данных, экспорт: {scope.Ru}, долл. США"
            ),
            store.Location
        );
        return accumulator.Build(provenance, warnDropped: store.Location);
    }
}
