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
        var yearList = string.Join(", ", years.Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var filter = $"f.source = {ProductStore.Literal(chosen)} AND f.year IN ({yearList})";
        if (reporters is not null)
            filter +=
                reporters.Count == 0
                    ? " AND FALSE"
                    : $" AND f.reporter IN ({string.Join(", ", reporters.Select(r => ProductStore.Literal(r.Trim().ToUpperInvariant())))})";
        var partner = byPartner ? "f.partner" : ProductStore.Literal(ProductStore.World);
        string sql;
        if (grouping is null)
            sql = $"SELECT f.year, f.reporter, {partner} AS partner, f.product, sum(f.value) FROM flows f WHERE {filter} GROUP BY ALL";
        else
        {
            var lengths = RegisterGroups(store, years, chosen, grouping);
            if (lengths.Count == 0)
                return [];
            var parts = lengths.Select(length =>
                $"SELECT f.year, f.reporter, {partner} AS partner, g.grp AS product, sum(f.value) AS value FROM flows f "
                + $"JOIN query_groups g ON g.key_length = {length} AND g.revision = coalesce(f.hs_revision, '') "
                + $"AND g.key = substr(f.product, 1, {length}) WHERE {filter} GROUP BY ALL"
            );
            sql = "SELECT year, reporter, partner, product, sum(value) FROM (" + string.Join(" UNION ALL ", parts) + ") GROUP BY ALL";
        }
        sql += " ORDER BY 1, 2, 3, 4";
        var rows = new List<ProductFlowTotal>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(
                    new ProductFlowTotal(
                        reader.GetInt32(0),
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

    /// <summary>Fills the temporary table <c>query_groups(revision, key_length, key, grp)</c> with the map of each HS
    /// revision held for the years; returns the key lengths used.</summary>
    private static IReadOnlyList<int> RegisterGroups(
        ProductStore store,
        IReadOnlyCollection<int> years,
        string source,
        Func<HsRevision?, ProductGroupMap?> grouping
    )
    {
        var connection = store.Connection;
        var yearList = string.Join(", ", years.Distinct().Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var table = store.IsParquet ? "flows" : "imports";
        var revisions = new List<(int Year, string? Revision)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                $"SELECT DISTINCT year, hs_revision FROM {table} WHERE source = {ProductStore.Literal(source)} AND year IN ({yearList})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                revisions.Add((reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }
        ProductStore.Execute(
            connection,
            "DROP TABLE IF EXISTS query_groups; "
                + "CREATE TEMP TABLE query_groups (revision VARCHAR, key_length INTEGER, key VARCHAR, grp VARCHAR)"
        );
        var lengths = new SortedSet<int>();
        using var appender = connection.CreateAppender("temp", "main", "query_groups");
        foreach (var revisionText in revisions.Select(r => r.Revision).Distinct())
        {
            var revision = ProductStore.ParseRevision(revisionText);
            var map = grouping(revision);
            if (map is null)
            {
                var year = revisions.First(r => r.Revision == revisionText).Year;
                throw InputException.Argument(
                    ProductStoreParameters.HsRevision,
                    null,
                    $"the HS revision of the {source} data for {year} is unknown and this product grouping needs it; "
                        + "import the file again stating it (e.g. HS02)"
                );
            }
            lengths.Add(map.KeyLength);
            foreach (var (key, group) in map.GroupByKey)
                appender
                    .CreateRow()
                    .AppendValue(revisionText ?? "")
                    .AppendValue(map.KeyLength)
                    .AppendValue(key)
                    .AppendValue(group)
                    .EndRow();
        }
        return [.. lengths];
    }
}
