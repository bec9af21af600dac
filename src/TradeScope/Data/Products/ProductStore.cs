using System.Globalization;
using System.Reflection;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>
/// The product store: HS6 trade flows (BACI, Comtrade or tidy files) in an embedded DuckDB database, or read-only in a
/// directory of hive-partitioned Parquet (<c>year=YYYY/*.parquet</c>, as <see cref="ExportParquet"/> writes it).
/// Rows are stored as integers in <c>flow_rows(batch, year, reporter, partner, product, value, quantity)</c>: reporter and
/// partner are ids of ISO3 codes (<c>flow_countries</c>; partner <c>WLD</c> where the source gives exports to the world
/// only), product the HS6 code as a number, value in US$ (BACI's thousands × 1000); the batch is one import, whose
/// source and HS revision the catalogue <c>imports</c> holds (one row per (source, year)). The view <c>flows(source, year,
/// hs_revision, reporter, partner, product, value, quantity)</c> gives the same rows with text codes, for people who open
/// the database themselves and for the Parquet export. Aggregation runs inside DuckDB on the integer columns
/// (<see cref="Totals"/>); an import is one transaction per file (<see cref="Import"/>).
/// </summary>
/// <remarks><threadsafety>Not thread-safe: one connection; use one store per thread.</threadsafety></remarks>
public sealed class ProductStore : IDisposable
{
    /// <summary>The environment variable that overrides the default store location.</summary>
    public const string EnvironmentVariable = "TRADESCOPE_DB";

    /// <summary>The store's working-memory ceiling inside DuckDB; larger sorts and duplicate checks spill to disk.</summary>
    public const string MemoryLimit = "1GB";

    /// <summary>The partner code of exports to the world when the source has no partner breakdown.</summary>
    public const string World = "WLD";

    private readonly DuckDBConnection _connection;
    private readonly string? _temporary;

    private ProductStore(DuckDBConnection connection, string location, bool readOnly, string? temporary)
    {
        _connection = connection;
        Location = location;
        IsReadOnly = readOnly;
        _temporary = temporary;
    }

    /// <summary>The database file or Parquet directory.</summary>
    public string Location { get; }

    /// <summary>True for a Parquet directory or a database opened for reading only.</summary>
    public bool IsReadOnly { get; }

    internal DuckDBConnection Connection => _connection;

    /// <summary>True for a directory of Parquet files (no catalogue table).</summary>
    internal bool IsParquet => _temporary is not null;

    /// <summary>
    /// The default location: <c>$TRADESCOPE_DB</c>; else <c>$XDG_DATA_HOME/tradescope/products.duckdb</c>; else the
    /// per-user data folder (<c>~/.local/share/tradescope/products.duckdb</c> on Linux, LocalApplicationData on Windows
    /// and macOS).
    /// </summary>
    public static string DefaultPath(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(EnvironmentVariable) is { Length: > 0 } explicitPath)
            return explicitPath;
        if (environment("XDG_DATA_HOME") is { Length: > 0 } xdg)
            return Path.Combine(xdg, "tradescope", "products.duckdb");
        var data = OperatingSystem.IsLinux()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return Path.Combine(data, "tradescope", "products.duckdb");
    }

    /// <summary>Opens an existing store for queries: a DuckDB file (read-only, so imports elsewhere can wait) or a Parquet
    /// directory. <paramref name="path"/> null = <see cref="DefaultPath"/>.</summary>
    /// <exception cref="InputException">No store there, a file that is not a product store, or a directory without
    /// <c>year=YYYY/*.parquet</c> files.</exception>
    public static ProductStore Open(string? path = null)
    {
        path ??= DefaultPath();
        if (Directory.Exists(path))
            return OpenParquet(path);
        if (!File.Exists(path))
            throw InputException.Argument(
                ProductStoreParameters.Db,
                path,
                $"no product store here; import data into it first, or give another {InputException.Mention(ProductStoreParameters.Db)}"
            );
        return OpenDatabase(path, readOnly: true);
    }

    /// <summary>Opens a store for writing (imports), creating the file and its folder if needed.</summary>
    /// <exception cref="InputException">A Parquet directory (read-only), a file that is not a product store, or a store in use.</exception>
    public static ProductStore OpenForWriting(string? path = null)
    {
        path ??= DefaultPath();
        if (Directory.Exists(path))
            throw InputException.Argument(
                ProductStoreParameters.Db,
                path,
                "is a directory (a Parquet store is read-only); give a .duckdb file to import into"
            );
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        return OpenDatabase(path, readOnly: false);
    }

    private static ProductStore OpenDatabase(string path, bool readOnly)
    {
        if (File.Exists(path))
            RequireDuckDbFile(path);
        var connection = new DuckDBConnection($"DataSource={path}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : ""));
        try
        {
            connection.Open();
            Execute(connection, $"SET memory_limit = '{MemoryLimit}'");
            if (!readOnly)
                CreateSchema(connection);
            else if (Scalar<long>(connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('flow_rows', 'imports')") != 2)
            {
                var legacy = Scalar<long>(connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('flows', 'imports')") == 2;
                if (!legacy)
                    throw InputException.Argument(
                        ProductStoreParameters.Db,
                        path,
                        "is a DuckDB database without a TradeScope product store (tables flow_rows, imports); give another "
                            + InputException.Mention(ProductStoreParameters.Db)
                    );
                // A store written by an earlier version (a flows table of text): converted once, then opened read-only.
                connection.Dispose();
                OpenDatabase(path, readOnly: false).Dispose();
                return OpenDatabase(path, readOnly: true);
            }
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw InputException.Argument(
                ProductStoreParameters.Db,
                path,
                $"cannot open the product store ({InputFile.DuckDbReason(e)}); close other programs using it or give another "
                    + InputException.Mention(ProductStoreParameters.Db)
            );
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new ProductStore(connection, path, readOnly, null);
    }

    /// <summary>A DuckDB file starts with a 8-byte checksum then "DUCK"; anything else is refused before DuckDB sees it.</summary>
    private static void RequireDuckDbFile(string path)
    {
        var head = new byte[12];
        int read;
        using (var file = File.OpenRead(path))
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 0 || (read >= 12 && head.AsSpan(8, 4).SequenceEqual("DUCK"u8)))
            return;
        throw InputException.Argument(
            ProductStoreParameters.Db,
            path,
            "is not a DuckDB database; give the product store's .duckdb file (or a new name to create one)"
        );
    }

    /// <summary>
    /// Creates or upgrades the schema. Rows are integers (<c>flow_rows</c>: import batch, year, reporter and partner ids,
    /// product as a number, value, quantity); the text of codes lives in <c>flow_countries</c> (one id per ISO3 code) and
    /// <c>imports</c> (source and HS revision per (source, year), with its batch); the view <c>flows</c> gives the rows
    /// back with text columns. Integer rows are what makes an import and a query fast: DuckDB writes 11 M integer rows in
    /// a third of the time it needs for the same rows with five text columns, and sums them without decoding text
    /// (docs/performance.md). A store written before (a <c>flows</c> table of text) is converted in one transaction.
    /// </summary>
    private static void CreateSchema(DuckDBConnection connection)
    {
        var legacy = Scalar<long>(connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'flows'") > 0;
        using var transaction = connection.BeginTransaction();
        Execute(
            connection,
            """
            CREATE TABLE IF NOT EXISTS flow_rows (
                batch INTEGER NOT NULL, year SMALLINT NOT NULL, reporter SMALLINT NOT NULL, partner SMALLINT NOT NULL,
                product INTEGER NOT NULL, value DOUBLE NOT NULL, quantity DOUBLE);
            CREATE TABLE IF NOT EXISTS flow_countries (id SMALLINT NOT NULL, iso3 VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS imports (
                source VARCHAR NOT NULL, year INTEGER NOT NULL, hs_revision VARCHAR, rows BIGINT NOT NULL,
                reporters BIGINT NOT NULL, partners BIGINT NOT NULL, products BIGINT NOT NULL, value_total DOUBLE NOT NULL,
                file VARCHAR, imported_at TIMESTAMP, tradescope_version VARCHAR, PRIMARY KEY (source, year));
            ALTER TABLE imports ADD COLUMN IF NOT EXISTS batch INTEGER;
            """
        );
        AddCountries(connection, legacy ? "SELECT reporter FROM flows UNION SELECT partner FROM flows" : null);
        if (legacy)
            Execute(
                connection,
                """
                UPDATE imports SET batch = n FROM (SELECT source AS s, year AS y, row_number() OVER (ORDER BY source, year) AS n
                    FROM imports) b WHERE imports.source = b.s AND imports.year = b.y;
                INSERT INTO flow_rows SELECT i.batch, f.year, r.id, p.id, CAST(f.product AS INTEGER), f.value, f.quantity
                    FROM flows f JOIN imports i ON i.source = f.source AND i.year = f.year
                    JOIN flow_countries r ON r.iso3 = f.reporter JOIN flow_countries p ON p.iso3 = f.partner;
                DROP TABLE flows;
                """
            );
        CreateFlowsView(connection);
        transaction.Commit();
    }

    /// <summary>
    /// (Re)creates the view <c>flows</c> over <c>flow_rows</c>. The text of ids comes from constant lists indexed by the id
    /// (countries by id, source and HS revision by batch), written into the view when it is made: a lookup in a list is far
    /// cheaper per row than a join. The store's own queries read <c>flow_rows</c>; the view is for people who open the
    /// database and for the Parquet export. Called in the transaction of every change of <c>flow_countries</c> or
    /// <c>imports</c>.
    /// </summary>
    internal static void CreateFlowsView(DuckDBConnection connection)
    {
        string List(string sql)
        {
            var items = new List<string>();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                items.Add(reader.IsDBNull(0) ? "NULL" : Literal(reader.GetString(0)));
            return "[" + string.Join(", ", items) + "]::VARCHAR[]";
        }
        // Position k of each list (1-based) holds the text of id k − 1 (countries) or of batch k (sources, revisions).
        var countries = List(
            "SELECT c.iso3 FROM range(0, (SELECT coalesce(max(id), -1) + 1 FROM flow_countries)) r(k) "
                + "LEFT JOIN flow_countries c ON c.id = r.k ORDER BY r.k"
        );
        var batches =
            "FROM range(1, (SELECT coalesce(max(batch), 0) + 1 FROM imports)) r(k) LEFT JOIN "
            + "(SELECT DISTINCT batch, source, hs_revision FROM imports) i ON i.batch = r.k ORDER BY r.k";
        var sources = List("SELECT i.source " + batches);
        var revisions = List("SELECT i.hs_revision " + batches);
        Execute(
            connection,
            $"CREATE OR REPLACE VIEW flows AS SELECT list_element({sources}, f.batch) AS source, CAST(f.year AS INTEGER) AS year, "
                + $"list_element({revisions}, f.batch) AS hs_revision, list_element({countries}, f.reporter + 1) AS reporter, "
                + $"list_element({countries}, f.partner + 1) AS partner, {ProductQuery.Hs6("f.product")} AS product, "
                + "f.value, f.quantity FROM flow_rows f"
        );
    }

    /// <summary>Gives every ISO3 code an import can meet (the registry's, <see cref="World"/>, and those of <paramref name="more"/>,
    /// a query of codes) an id in <c>flow_countries</c>, keeping the ids already given.</summary>
    private static void AddCountries(DuckDBConnection connection, string? more)
    {
        var registry = CountryRegistry.Default;
        var codes = registry
            .All.Select(c => c.Iso3.Value)
            .Concat(ProductImportCodes.Baci(registry).Select(c => c.Iso3))
            .Concat(ProductImportCodes.Iso3(registry).Select(c => c.Iso3))
            .Append(World)
            .Distinct(StringComparer.Ordinal);
        var values = string.Join(", ", codes.Select(c => $"({Literal(c)})"));
        var extra = more is null ? "" : $" UNION SELECT * FROM ({more})";
        Execute(
            connection,
            $"INSERT INTO flow_countries SELECT CAST((SELECT coalesce(max(id), -1) FROM flow_countries) + row_number() OVER (ORDER BY c) "
                + $"AS SMALLINT), c FROM (SELECT c FROM (VALUES {values}) v(c){extra}) n "
                + "WHERE c NOT IN (SELECT iso3 FROM flow_countries)"
        );
    }

    private static ProductStore OpenParquet(string directory)
    {
        var pattern = Path.Combine(directory, "year=*", "*.parquet");
        var any = Directory.EnumerateDirectories(directory, "year=*").Any(d => Directory.EnumerateFiles(d, "*.parquet").Any());
        if (!any)
            throw InputException.Argument(
                ProductStoreParameters.Db,
                directory,
                "has no year=YYYY/*.parquet files; give a directory written by a Parquet export of a product store, or a .duckdb file"
            );
        var temporary = Path.Combine(Path.GetTempPath(), "tradescope-duckdb", Guid.NewGuid().ToString("N"));
        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            Execute(connection, $"SET memory_limit = '{MemoryLimit}'; SET temp_directory = {Literal(temporary)}");
            Execute(
                connection,
                "CREATE TEMP VIEW flows AS SELECT CAST(source AS VARCHAR) AS source, CAST(year AS INTEGER) AS year, "
                    + "CAST(hs_revision AS VARCHAR) AS hs_revision, CAST(reporter AS VARCHAR) AS reporter, "
                    + "CAST(partner AS VARCHAR) AS partner, CAST(product AS VARCHAR) AS product, CAST(value AS DOUBLE) AS value, "
                    + $"CAST(quantity AS DOUBLE) AS quantity FROM read_parquet({Literal(pattern)}, hive_partitioning = true)"
            );
            Execute(connection, "SELECT * FROM flows LIMIT 0");
            // The same integer tables as a database store, so that every query reads flow_rows: a batch per (source, year,
            // HS revision), an id per ISO3 code. Codes are joined per row here; a Parquet store is read-only and slower.
            Execute(
                connection,
                "CREATE TEMP TABLE imports AS SELECT source, year, hs_revision, "
                    + "CAST(row_number() OVER (ORDER BY source, year, hs_revision) AS INTEGER) AS batch "
                    + "FROM (SELECT DISTINCT source, year, hs_revision FROM flows); "
                    + "CREATE TEMP TABLE flow_countries (id SMALLINT NOT NULL, iso3 VARCHAR NOT NULL)"
            );
            AddCountries(connection, "SELECT reporter FROM flows UNION SELECT partner FROM flows");
            Execute(
                connection,
                "CREATE TEMP VIEW flow_rows AS SELECT b.batch, CAST(f.year AS SMALLINT) AS year, r.id AS reporter, p.id AS partner, "
                    + "CAST(f.product AS INTEGER) AS product, f.value, f.quantity FROM flows f JOIN imports b ON b.source = f.source "
                    + "AND b.year = f.year AND b.hs_revision IS NOT DISTINCT FROM f.hs_revision "
                    + "JOIN flow_countries r ON r.iso3 = f.reporter JOIN flow_countries p ON p.iso3 = f.partner"
            );
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw InputException.Argument(
                ProductStoreParameters.Db,
                directory,
                $"cannot read the Parquet store ({InputFile.DuckDbReason(e)}); expected columns source, hs_revision, reporter, "
                    + "partner, product, value, quantity under year=YYYY folders"
            );
        }
        return new ProductStore(connection, directory, readOnly: true, temporary);
    }

    /// <summary>
    /// Imports one file as one transaction (<see cref="ProductImport"/>): the rows are read and checked (unknown country
    /// codes, fields that are not numbers or not in their plain form, negative values, product codes that are not HS6,
    /// duplicate reporter × partner × product keys within a year); then, for each year in the file, the (source, year)
    /// already held is replaced and the catalogue updated, all committed at once. A failed or killed import leaves the
    /// store as it was.
    /// </summary>
    /// <exception cref="InputException">The file is missing, damaged, of the wrong layout, or a row is invalid: one line
    /// naming the file and line (Parquet: row).</exception>
    public ProductImportResult Import(ProductImportRequest request, IProgress<ProgressStep>? progress = null)
    {
        if (IsReadOnly)
            throw InputException.Argument(
                ProductStoreParameters.Db,
                Location,
                "is read-only (a Parquet store); import into a .duckdb file"
            );
        return ProductImport.Run(this, request, progress);
    }

    /// <summary>The sources held ("baci", "comtrade", "tidy"), sorted.</summary>
    public IReadOnlyList<string> Sources() => Column<string>("SELECT DISTINCT source FROM imports ORDER BY source");

    /// <summary>The years held, sorted; for one source when <paramref name="source"/> is given.</summary>
    public IReadOnlyList<int> Years(string? source = null) =>
        Column<int>($"SELECT DISTINCT year FROM imports {SourceFilter(source)} ORDER BY year");

    private static string SourceFilter(string? source) => source is null ? "" : $"WHERE source = {Literal(source)}";

    /// <summary>What the store holds: one entry per (source, year) with its counts, value total, file and import time.</summary>
    public ProductStoreInfo Info()
    {
        var entries = new List<ProductImportEntry>();
        var sql = IsParquet
            ? "SELECT source, year, any_value(hs_revision), count(*), count(DISTINCT reporter), count(DISTINCT partner), "
                + "count(DISTINCT product), sum(value), NULL, NULL, NULL FROM flows GROUP BY source, year ORDER BY source, year"
            : "SELECT source, year, hs_revision, rows, reporters, partners, products, value_total, file, imported_at, "
                + "tradescope_version FROM imports ORDER BY source, year";
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            entries.Add(
                new ProductImportEntry(
                    reader.GetString(0),
                    reader.GetInt32(1),
                    ParseRevision(Text(2)),
                    reader.GetInt64(3),
                    reader.GetInt64(4),
                    reader.GetInt64(5),
                    reader.GetInt64(6),
                    reader.GetDouble(7),
                    Text(8),
                    reader.IsDBNull(9) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(9), DateTimeKind.Utc)),
                    Text(10)
                )
            );
        }
        return new ProductStoreInfo(Location, IsParquet, entries);
    }

    /// <summary>
    /// Sums values inside DuckDB by (year, reporter, partner when <paramref name="byPartner"/>, product group or HS6 code)
    /// for the given years. <paramref name="grouping"/> gives the map of each HS revision held (null revision = unknown;
    /// return null when the grouping needs a known revision); the map is joined on the first
    /// <see cref="ProductGroupMap.KeyLength"/> digits of the product code, and products outside the map are dropped.
    /// Without a grouping the product is the HS6 code. Without <paramref name="byPartner"/> the partner is <see cref="World"/>
    /// (the sum over all partners). Rows are sorted by year, reporter, partner, product.
    /// </summary>
    /// <param name="reporters">ISO3 codes of the reporters to keep; null = all.</param>
    /// <param name="source">baci, comtrade or tidy; null = the one source that holds the years.</param>
    /// <exception cref="InputException">A year is not in the store, several sources hold the years and none is chosen,
    /// or the grouping needs an HS revision that the store does not know.</exception>
    public IReadOnlyList<ProductFlowTotal> Totals(
        IReadOnlyCollection<int> years,
        Func<HsRevision?, ProductGroupMap?>? grouping,
        bool byPartner,
        IReadOnlyCollection<string>? reporters = null,
        string? source = null
    ) => ProductQuery.Totals(this, years, grouping, byPartner, reporters, source);

    /// <summary>Imports m_jk of every market (partner) and HS6 product in one year, summed inside DuckDB over all exporters
    /// (mirror flows; exports to <see cref="World"/> and to the exporter itself left out), sorted by market and product.</summary>
    /// <exception cref="InputException">The year is not in the store, or several sources hold it and none is chosen.</exception>
    public IReadOnlyList<ProductMarketValue> MarketImports(int year, string? source = null) =>
        ProductMarketQuery.Imports(this, year, source);

    /// <summary>
    /// The import-weighted mean of <paramref name="values"/> over each market's suppliers of each product in one year,
    /// computed inside DuckDB (e.g. the mean distance or the mean tariff a market's imports face); see
    /// <see cref="SupplierValue"/> for how a supplier's value is chosen. Give at most one row per (exporter, market,
    /// product) key.
    /// </summary>
    /// <exception cref="InputException">The year is not in the store, or several sources hold it and none is chosen.</exception>
    public IReadOnlyList<ProductMarketValue> SupplierMeans(int year, IReadOnlyCollection<SupplierValue> values, string? source = null) =>
        ProductMarketQuery.SupplierMeans(this, year, values, source);

    /// <summary>
    /// Writes the flows as hive-partitioned Parquet (<c>DIR/year=YYYY/data_0.parquet</c>, readable by DuckDB, Polars,
    /// Arrow or Spark and by <see cref="Open"/>) and the catalogue as <c>DIR/_imports.csv</c>. The directory is written
    /// under a temporary name beside it and renamed when complete.
    /// </summary>
    /// <exception cref="InputException">The directory exists and is not empty, or its parent does not exist.</exception>
    public void ExportParquet(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (File.Exists(full))
            throw InputException.Argument(ProductStoreParameters.Parquet, directory, "is a file; give a new or empty directory");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw InputException.Argument(ProductStoreParameters.Parquet, directory, "is not empty; give a new or empty directory");
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar));
        if (parent is null || !Directory.Exists(parent))
            throw InputException.Argument(ProductStoreParameters.Parquet, directory, "its parent folder does not exist; create it first");
        var staging = Path.Combine(parent, $".{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}.{Guid.NewGuid():N}.tmp");
        try
        {
            Execute(
                _connection,
                "COPY (SELECT source, year, hs_revision, reporter, partner, product, value, quantity FROM flows) "
                    + $"TO {Literal(staging)} (FORMAT parquet, PARTITION_BY (year), COMPRESSION zstd)"
            );
            Directory.CreateDirectory(staging);
            var catalogue = !IsParquet
                ? "SELECT source, year, hs_revision, rows, reporters, partners, products, value_total, file, imported_at, "
                    + "tradescope_version FROM imports ORDER BY source, year"
                : "SELECT DISTINCT source, year FROM flows";
            Execute(_connection, $"COPY ({catalogue}) TO {Literal(Path.Combine(staging, "_imports.csv"))} (HEADER)");
            if (Directory.Exists(full))
                Directory.Delete(full);
            Directory.Move(staging, full);
        }
        catch (DuckDBException e)
        {
            throw InputException.Argument(ProductStoreParameters.Parquet, directory, $"cannot write Parquet ({InputFile.DuckDbReason(e)})");
        }
        finally
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The TradeScope version recorded with each import.</summary>
    internal static string Version { get; } =
        typeof(ProductStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>"HS2002"-style name of a revision as stored, or null.</summary>
    internal static string? RevisionName(HsRevision? revision) =>
        revision is { } r ? "HS" + r.Year().ToString(CultureInfo.InvariantCulture) : null;

    internal static HsRevision? ParseRevision(string? text) => HsRevisions.TryParse(text, out var r) ? r : null;

    /// <summary>A SQL string literal.</summary>
    internal static string Literal(string text) => "'" + text.Replace("'", "''") + "'";

    internal static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static T Scalar<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of a query's rows.</summary>
    internal static List<T> Column<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
            list.Add((T)Convert.ChangeType(reader.GetValue(0), typeof(T), CultureInfo.InvariantCulture));
        return list;
    }

    private List<T> Column<T>(string sql) => Column<T>(_connection, sql);

    /// <summary>Closes the database (and removes the spill folder of a Parquet store).</summary>
    public void Dispose()
    {
        _connection.Dispose();
        if (_temporary is not null && Directory.Exists(_temporary))
            Directory.Delete(_temporary, recursive: true);
    }
}
