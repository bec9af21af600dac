using System.Globalization;
using System.Text;
using TradeScope.Core;

namespace TradeScope.Data.Products;

/// <summary>A value of one market (importer) and product: imports, or a mean over the market's suppliers.</summary>
/// <param name="Market">The importer's ISO3 code.</param>
/// <param name="Product">The HS6 code.</param>
public sealed record ProductMarketValue(string Market, string Product, double Value);

/// <summary>
/// A value attached to suppliers of a market (a distance, a tariff), for <see cref="ProductStore.SupplierMeans"/>.
/// A null <paramref name="Exporter"/> applies to every exporter without a row of its own; a null
/// <paramref name="Product"/> applies to every product without a row of its own.
/// </summary>
public sealed record SupplierValue(string? Exporter, string Market, string? Product, double Value);

/// <summary>Market-side queries of a <see cref="ProductStore"/> (imports by market and product, import-weighted means over
/// a market's suppliers), summed inside DuckDB.</summary>
internal static class ProductMarketQuery
{
    /// <summary>Mirror imports m_jk = Σ_i x_ijk of one year: partner = market; rows to <see cref="ProductStore.World"/>
    /// (exports to the world only) are left out. Sorted by market, product.</summary>
    public static IReadOnlyList<ProductMarketValue> Imports(ProductStore store, int year, string? source)
    {
        var filter = Filter(store, year, source);
        return Read(
            store,
            $"SELECT f.partner, f.product, sum(f.value) AS value FROM flow_rows f WHERE {filter} AND f.value > 0 GROUP BY ALL"
        );
    }

    /// <summary>
    /// The import-weighted mean of a supplier value over each market's suppliers of each product,
    /// Σ_i x_ijk v_ijk / Σ_i x_ijk, over the suppliers with a value. A supplier's value is the most specific row that
    /// matches it: (exporter, market, product), then (any exporter, market, product), then (exporter, market, any
    /// product), then (any exporter, market, any product). Markets and products no supplier has a value for are absent.
    /// </summary>
    public static IReadOnlyList<ProductMarketValue> SupplierMeans(
        ProductStore store,
        int year,
        IReadOnlyCollection<SupplierValue> values,
        string? source
    )
    {
        if (values.Count == 0)
            return [];
        var filter = Filter(store, year, source);
        var connection = store.Connection;
        // Codes as the store's ids and products as numbers, like flow_rows; a code or product the store cannot hold is -1,
        // which matches no row (null keeps its meaning: any exporter, any product).
        var ids = new Dictionary<string, short>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT iso3, id FROM flow_countries";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                ids[reader.GetString(0)] = Convert.ToInt16(reader.GetValue(1), CultureInfo.InvariantCulture);
        }
        short? Id(string? iso3) =>
            iso3 is null ? null
            : ids.TryGetValue(iso3, out var id) ? id
            : (short)-1;
        int? Product(string? code) =>
            code is null ? null
            : code.Length is 5 or 6 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : -1;
        ProductStore.Execute(
            connection,
            "DROP TABLE IF EXISTS supplier_values; "
                + "CREATE TEMP TABLE supplier_values (exporter SMALLINT, market SMALLINT, product INTEGER, value DOUBLE)"
        );
        try
        {
            using (var appender = connection.CreateAppender("temp", "main", "supplier_values"))
                foreach (var v in values)
                    appender
                        .CreateRow()
                        .AppendValue(Id(v.Exporter))
                        .AppendValue(Id(v.Market))
                        .AppendValue(Product(v.Product))
                        .AppendValue(v.Value)
                        .EndRow();
            // Only the joins the rows can match: a hash join per specificity level over ~11 M flows costs seconds.
            var levels = new List<(string Alias, string Condition)>();
            var byProduct = values.Any(v => v.Product is not null);
            var byPair = values.Any(v => v.Product is null);
            var specific = values.Any(v => v.Exporter is not null);
            var general = values.Any(v => v.Exporter is null);
            if (byProduct && specific)
                levels.Add(("a", "a.exporter = f.reporter AND a.product = f.product"));
            if (byProduct && general)
                levels.Add(("b", "b.exporter IS NULL AND b.product = f.product"));
            if (byPair && specific)
                levels.Add(("c", "c.exporter = f.reporter AND c.product IS NULL"));
            if (byPair && general)
                levels.Add(("d", "d.exporter IS NULL AND d.product IS NULL"));
            var joins = new StringBuilder();
            foreach (var (alias, condition) in levels)
                joins.Append(
                    CultureInfo.InvariantCulture,
                    $" LEFT JOIN supplier_values {alias} ON {alias}.market = f.partner AND {condition}"
                );
            var value =
                levels.Count == 1 ? $"{levels[0].Alias}.value" : $"coalesce({string.Join(", ", levels.Select(l => l.Alias + ".value"))})";
            return Read(
                store,
                $"SELECT f.partner, f.product, sum(f.value * {value}) / sum(f.value) AS value FROM flow_rows f{joins} "
                    + $"WHERE {filter} AND f.value > 0 AND {value} IS NOT NULL GROUP BY ALL"
            );
        }
        finally
        {
            ProductStore.Execute(connection, "DROP TABLE IF EXISTS supplier_values");
        }
    }

    private static string Filter(ProductStore store, int year, string? source)
    {
        var chosen = ProductQuery.ChooseSource(store, [year], source);
        var world = ProductQuery.CountryIds(store, [ProductStore.World]);
        return ProductQuery.Filter(store, chosen, [year])
            + (world.Count == 0 ? "" : $" AND f.partner <> {world[0]}")
            + " AND f.partner <> f.reporter";
    }

    /// <summary>Runs a query of (partner id, product number, value) sums and gives them as ISO3 codes and HS6 text, sorted by
    /// market and product.</summary>
    private static List<ProductMarketValue> Read(ProductStore store, string sums)
    {
        var rows = new List<ProductMarketValue>();
        using var command = store.Connection.CreateCommand();
        command.CommandText =
            $"SELECT c.iso3, {ProductQuery.Hs6("a.product")} AS product, a.value FROM ({sums}) a "
            + "JOIN flow_countries c ON c.id = a.partner ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(new ProductMarketValue(reader.GetString(0), reader.GetString(1), reader.GetDouble(2)));
        return rows;
    }
}
