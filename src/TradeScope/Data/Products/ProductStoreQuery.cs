using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>Aggregate queries of a <see cref="ProductStore"/>, run inside DuckDB (<see cref="ProductStore.Totals"/>).</summary>
internal static class ProductQuery
{
    public static IReadOnlyList<ProductFlowTotal> Totals(
        ProductStore store,
        IReadOnlyCollection<int> years,
        Func<HsRevision?, ProductGroupMap?>? grouping,
        bool byPartner,
        IReadOnlyCollection<string>? reporters,
        string? source
    )
    {
        if (years.Count == 0)
            return [];
        var connection = store.Connection;
        var chosen = ChooseSource(store, years, source);
        var filter = Filter(store, chosen, years);
        if (reporters is not null)
        {
            var ids = CountryIds(store, reporters.Select(r => r.Trim().ToUpperInvariant()));
            filter += ids.Count == 0 ? " AND FALSE" : $" AND f.reporter IN ({string.Join(", ", ids)})";
        }
        // Rows are summed on the integer columns of flow_rows; codes become text only on the summed rows.
        var partner = byPartner ? "f.partner" : "CAST(NULL AS SMALLINT)";
        string sums;
        string product;
        if (grouping is null)
        {
            sums =
                $"SELECT f.year, f.reporter, {partner} AS partner, f.product, sum(f.value) AS value FROM flow_rows f "
                + $"WHERE {filter} GROUP BY ALL";
            product = Hs6("a.product");
        }
        else
        {
            var lengths = RegisterGroups(store, years, chosen, grouping);
            if (lengths.Count == 0)
                return [];
            // The first L digits of a six-digit code stored as a number are the number divided by 10^(6 − L).
            var parts = lengths.Select(length =>
                $"SELECT f.year, f.reporter, {partner} AS partner, g.grp AS product, sum(f.value) AS value FROM flow_rows f "
                + $"JOIN query_groups g ON g.key_length = {length} AND g.batch = f.batch "
                + $"AND g.key = f.product // {Math.Pow(10, 6 - length).ToString(CultureInfo.InvariantCulture)} WHERE {filter} GROUP BY ALL"
            );
            sums =
                "SELECT year, reporter, partner, product, sum(value) AS value FROM ("
                + string.Join(" UNION ALL ", parts)
                + ") GROUP BY ALL";
            product = "a.product";
        }
        var sql =
            $"SELECT a.year, r.iso3, coalesce(p.iso3, {ProductStore.Literal(ProductStore.World)}), {product}, a.value FROM ({sums}) a "
            + "JOIN flow_countries r ON r.id = a.reporter LEFT JOIN flow_countries p ON p.id = a.partner ORDER BY 1, 2, 3, 4";
        var rows = new List<ProductFlowTotal>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(
                    new ProductFlowTotal(
                        Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetDouble(4)
                    )
                );
        }
        finally
        {
            if (grouping is not null)
                ProductStore.Execute(connection, "DROP TABLE IF EXISTS query_groups");
        }
        return rows;
    }

    /// <summary>The six-digit text of a product code stored as a number.</summary>
    internal static string Hs6(string column) => $"lpad(CAST({column} AS VARCHAR), 6, '0')";

    /// <summary>The SQL condition on <c>flow_rows f</c> for the batches of a source's years.</summary>
    internal static string Filter(ProductStore store, string source, IReadOnlyCollection<int> years)
    {
        var batches = Batches(store, source, years).Select(b => b.Batch).Distinct().Order().ToList();
        var yearList = string.Join(", ", years.Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));
        return batches.Count == 0
            ? "FALSE"
            : $"f.batch IN ({string.Join(", ", batches.Select(b => b.ToString(CultureInfo.InvariantCulture)))}) AND f.year IN ({yearList})";
    }

    /// <summary>The import batches holding a source's years, with the year and HS revision (as stored) of each.</summary>
    private static List<(int Batch, int Year, string? Revision)> Batches(ProductStore store, string source, IReadOnlyCollection<int> years)
    {
        var yearList = string.Join(", ", years.Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var batches = new List<(int, int, string?)>();
        using var command = store.Connection.CreateCommand();
        command.CommandText =
            $"SELECT batch, year, hs_revision FROM imports WHERE source = {ProductStore.Literal(source)} AND year IN ({yearList}) "
            + "ORDER BY batch, year";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            batches.Add((reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return batches;
    }

    /// <summary>The store's ids of ISO3 codes (codes it has never seen have none).</summary>
    internal static List<string> CountryIds(ProductStore store, IEnumerable<string> iso3)
    {
        var codes = iso3.Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
            return [];
        return ProductStore.Column<string>(
            store.Connection,
            "SELECT CAST(id AS VARCHAR) FROM flow_countries "
                + $"WHERE iso3 IN ({string.Join(", ", codes.Select(ProductStore.Literal))}) ORDER BY id"
        );
    }

    /// <summary>The source to read: the one given (which must hold every year), else the only source holding them.</summary>
    internal static string ChooseSource(ProductStore store, IReadOnlyCollection<int> years, string? source)
    {
        if (source is not null)
        {
            var name = ProductSources.Parse(source).Name();
            var held = store.Years(name);
            var missing = years.Where(y => !held.Contains(y)).Distinct().Order().ToList();
            if (missing.Count > 0)
                throw MissingYears(store, missing, held, name);
            return name;
        }
        var sources = store.Sources().Where(s => store.Years(s).Intersect(years).Any()).ToList();
        if (sources.Count > 1)
            throw InputException.Argument(
                ProductStoreParameters.Source,
                null,
                $"the product store holds these years from several sources ({string.Join(", ", sources)}); choose one"
            );
        var all = store.Years();
        if (sources.Count == 0)
            throw MissingYears(store, [.. years.Distinct().Order()], all, null);
        var years1 = store.Years(sources[0]);
        var absent = years.Where(y => !years1.Contains(y)).Distinct().Order().ToList();
        if (absent.Count > 0)
            throw MissingYears(store, absent, years1, sources[0]);
        return sources[0];
    }

    private static InputException MissingYears(ProductStore store, IReadOnlyList<int> missing, IReadOnlyList<int> held, string? source)
    {
        var what = source is null ? "" : $" from {source}";
        var has = held.Count == 0 ? "it holds no years" + what : $"it holds {Ranges(held)}{what}";
        return InputException.Argument(
            ProductStoreParameters.Db,
            store.Location,
            $"the product store has no data{what} for {string.Join(", ", missing)} ({has}); import the year first"
        );
    }

    /// <summary>"2015–2017, 2019".</summary>
    private static string Ranges(IReadOnlyList<int> years)
    {
        var text = new StringBuilder();
        for (var i = 0; i < years.Count; i++)
        {
            var start = years[i];
            while (i + 1 < years.Count && years[i + 1] == years[i] + 1)
                i++;
            if (text.Length > 0)
                text.Append(", ");
            text.Append(start == years[i] ? $"{start}" : $"{start}–{years[i]}");
        }
        return text.ToString();
    }

    /// <summary>Fills the temporary table <c>query_groups(batch, key_length, key, grp)</c> with the map of the HS revision of
    /// each batch holding the years (keys as numbers, like the stored product codes); returns the key lengths used.</summary>
    private static IReadOnlyList<int> RegisterGroups(
        ProductStore store,
        IReadOnlyCollection<int> years,
        string source,
        Func<HsRevision?, ProductGroupMap?> grouping
    )
    {
        var connection = store.Connection;
        var batches = Batches(store, source, years);
        ProductStore.Execute(
            connection,
            "DROP TABLE IF EXISTS query_groups; "
                + "CREATE TEMP TABLE query_groups (batch INTEGER, key_length INTEGER, key INTEGER, grp VARCHAR)"
        );
        var lengths = new SortedSet<int>();
        var maps = new Dictionary<string, ProductGroupMap?>(StringComparer.Ordinal);
        using var appender = connection.CreateAppender("temp", "main", "query_groups");
        foreach (var (batch, revisionText) in batches.Select(b => (b.Batch, b.Revision)).Distinct())
        {
            if (!maps.TryGetValue(revisionText ?? "", out var map))
                maps[revisionText ?? ""] = map = grouping(ProductStore.ParseRevision(revisionText));
            if (map is null)
            {
                var year = batches.First(b => b.Revision == revisionText).Year;
                throw InputException.Argument(
                    ProductStoreParameters.HsRevision,
                    null,
                    $"the HS revision of the {source} data for {year} is unknown and this product grouping needs it; "
                        + "import the file again stating it (e.g. HS02)"
                );
            }
            lengths.Add(map.KeyLength);
            foreach (var (key, group) in map.GroupByKey)
                // A key that is not all digits matches no product code.
                if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    appender.CreateRow().AppendValue(batch).AppendValue(map.KeyLength).AppendValue(number).AppendValue(group).EndRow();
        }
        return [.. lengths];
    }
}
