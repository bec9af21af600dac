using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>
/// Imports one BACI, Comtrade or tidy file into a <see cref="ProductStore"/>. DuckDB reads the file with all fields as
/// text and casts them in SQL, so that a bad field becomes a problem code on its row instead of a failed scan. Two paths:
/// <list type="bullet">
/// <item>Fast (every clean file): one read into an unordered temporary table of small integers (year, reporter and
/// partner ids from the joined code table, product, value, quantity, a bad flag per row); one aggregate over it per year
/// counts bad rows and world rows and gives the catalogue's counts (bitmaps of the ids and products) and value total;
/// a bitmap of the file's products per (year, reporter, partner) finds any duplicate key; then the write. Fields are not trimmed here
/// (DuckDB's number casts skip spaces; a padded code, product or quantity counts as bad).</item>
/// <item>Staged (any bad row, duplicate key, world rows beside partner rows, or no rows): the file is read again, trimmed,
/// into a staging table in file order; SQL finds the first bad row or duplicate, and only its record is then read again
/// here to name the physical line and quote the field. Both paths flag rows with the same SQL, so every message comes
/// from this path.</item>
/// </list>
/// The write (delete the (source, year)s, insert, catalogue) is one transaction.
/// </summary>
internal static partial class ProductImport
{
    /// <summary>Problems a row can have, as the staging SQL codes them.</summary>
    private enum Problem : byte
    {
        Year = 1,
        Product = 2,
        NotANumber = 3,
        Negative = 4,
        Quantity = 5,
        UnknownReporter = 6,
        ReporterNotCountry = 7,
        UnknownPartner = 8,
    }

    /// <summary>The columns of a file as found in its header (null = absent), and how values are scaled to US$.</summary>
    private sealed record Layout(
        string Year,
        string Reporter,
        string? Partner,
        string Product,
        string Value,
        string? Quantity,
        double Scale
    );

    private const int Steps = 4;

    public static ProductImportResult Run(ProductStore store, ProductImportRequest request, IProgress<ProgressStep>? progress)
    {
        var path = request.File;
        var operation = $"Importing {Path.GetFileName(path)}";
        void Step(int done, string what) => progress?.Report(new ProgressStep(operation, done, Steps, what));
        Step(0, "checking the file");
        var format = InputFile.Verify(path, parquetAllowed: request.Source == ProductSource.Tidy);
        var parquet = format == InputFormat.Parquet;
        var connection = store.Connection;
        var scan = parquet
            ? $"read_parquet({ProductStore.Literal(path)})"
            : $"read_csv({ProductStore.Literal(path)}, header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', "
                + $"compression = '{(format == InputFormat.GzipText ? "gzip" : "none")}')";
        var columns = Guarded(path, parquet, () => Columns(connection, scan));
        var layout = LayoutOf(request.Source, columns, path, parquet);
        var revision = request.HsRevision ?? RevisionFromName(path);
        var codes =
            request.Source == ProductSource.Baci
                ? ProductImportCodes.Baci(CountryRegistry.Default)
                : ProductImportCodes.Iso3(CountryRegistry.Default);

        Step(1, "reading");
        Guarded(path, parquet, () => Codes(connection, request.Source, codes));
        try
        {
            // The fast path reads the file once into a compact unordered table, checks and counts it there, and writes it;
            // any doubt (a bad row, a duplicate, world rows beside partner rows, no rows) sends the import down the staged
            // path, which reads the file again in order to find and name the first problem (or to drop the world rows
            // that would count twice).
            var summary = Guarded(path, parquet, () => Summarise(connection, scan, layout, request.Source));
            Step(2, "checking the rows");
            IReadOnlyList<int> replaced;
            if (summary.Count > 0 && summary.All(y => y.Clean) && !HasDuplicates(connection, summary))
            {
                Step(3, "writing");
                replaced = WriteChecked(connection, request.Source, revision, path, summary);
            }
            else
            {
                ProductStore.Execute(connection, "DROP TABLE import_fast");
                replaced = StageCheckAndWrite(connection, scan, layout, request.Source, revision, path, parquet, Step);
            }
            var years = store.Info().Imports.Where(e => e.Source == request.Source.Name() && e.File == Path.GetFullPath(path)).ToList();
            Step(Steps, "");
            return new ProductImportResult(path, years, replaced);
        }
        finally
        {
            ProductStore.Execute(
                connection,
                "DROP TABLE IF EXISTS import_stage; DROP TABLE IF EXISTS import_fast; "
                    + "DROP TABLE IF EXISTS import_products; DROP TABLE IF EXISTS import_codes"
            );
        }
    }

    /// <summary>The staged path: the file's rows in a staging table in file order, so that the first bad or duplicate row
    /// can be located and quoted; then the write.</summary>
    private static IReadOnlyList<int> StageCheckAndWrite(
        DuckDBConnection connection,
        string scan,
        Layout layout,
        ProductSource source,
        HsRevision? revision,
        string path,
        bool parquet,
        Action<int, string> step
    )
    {
        Guarded(path, parquet, () => Stage(connection, scan, layout, source));
        var rows = ProductStore.Scalar<long>(connection, "SELECT count(*) FROM import_stage");
        if (rows == 0)
            throw parquet ? new InputException($"{path}: no rows") : InputException.At(path, 2, "no data rows; the file has only a header");
        if (FirstProblem(connection) is { } problem)
            throw Describe(path, parquet, scan, layout, problem.Index, problem.Code);
        if (FirstDuplicate(connection) is { } duplicate)
            throw Duplicate(path, parquet, duplicate.Index, duplicate.First, duplicate.Key);
        step(3, "writing");
        return Write(connection, source, revision, Path.GetFullPath(path));
    }

    private static T Guarded<T>(string path, bool parquet, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (DuckDBException e)
        {
            throw Diagnose(path, parquet, e);
        }
    }

    private static void Guarded(string path, bool parquet, Action body) =>
        Guarded(
            path,
            parquet,
            () =>
            {
                body();
                return 0;
            }
        );

    private static List<string> Columns(DuckDBConnection connection, string scan)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"DESCRIBE SELECT * FROM {scan}";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
            columns.Add(reader.GetString(0));
        return columns;
    }

    private static Layout LayoutOf(ProductSource source, IReadOnlyList<string> columns, string path, bool parquet)
    {
        string? Find(params string[] names) =>
            names
                .Select(n => columns.FirstOrDefault(c => string.Equals(c.Trim(), n, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(c => c is not null);
        var (expected, layout) = source switch
        {
            ProductSource.Baci => (
                "t, i, k, v (j and q optional; no j = exports to the world)",
                Complete(Find("t"), Find("i"), Find("j"), Find("k"), Find("v"), Find("q"), 1000)
            ),
            ProductSource.Comtrade => (
                "year, reporter_iso3, partner_iso3, export_usd and a commodity code (cmd_code, cmdCode, commodity_code or product)",
                Complete(
                    Find("year", "refYear"),
                    Find("reporter_iso3", "reporterISO"),
                    Find("partner_iso3", "partnerISO") ?? "",
                    Find("cmd_code", "cmdCode", "commodity_code", "product"),
                    Find("export_usd", "primaryValue", "value"),
                    Find("qty", "quantity"),
                    1
                )
            ),
            _ => (
                "year, reporter_iso3, partner_iso3, product, value (quantity optional)",
                Complete(
                    Find("year"),
                    Find("reporter_iso3"),
                    Find("partner_iso3") ?? "",
                    Find("product"),
                    Find("value"),
                    Find("quantity"),
                    1
                )
            ),
        };
        if (layout is not null)
            return layout;
        var found = InputText.Quote(string.Join(",", columns), 160);
        if (parquet)
            throw new InputException($"{path}: columns must include {expected}; found {found}");
        throw CsvTable.ForeignSeparator(path, columns)
            ?? InputException.At(
                path,
                1,
                $"header must include {expected} for {InputException.Mention(ProductStoreParameters.Source)} {source.Name()}; found {found}"
            );
    }

    /// <summary>The layout when every required column is present (an empty partner name marks a required partner that is
    /// missing).</summary>
    private static Layout? Complete(
        string? year,
        string? reporter,
        string? partner,
        string? product,
        string? value,
        string? quantity,
        double scale
    ) =>
        year is null || reporter is null || partner == "" || product is null || value is null
            ? null
            : new Layout(year, reporter, partner, product, value, quantity, scale);

    /// <summary>The HS vintage in a BACI file name such as <c>BACI_HS02_Y2021_V202401.csv</c>, else null.</summary>
    internal static HsRevision? RevisionFromName(string path)
    {
        var match = RevisionInName().Match(Path.GetFileName(path));
        return match.Success && HsRevisions.TryParse("HS" + match.Groups[1].Value, out var revision) ? revision : null;
    }

    [GeneratedRegex(@"(?:^|[_\-. ])HS(\d{2})(?=[_\-. ]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionInName();

    private static string Id(string column) => "\"" + column.Replace("\"", "\"\"") + "\"";

    /// <summary>A field as text, trimmed of spaces; untrimmed on the fast path (see <see cref="Rows"/>).</summary>
    private static string Text(string column, bool fast = false) =>
        fast ? $"CAST({Id(column)} AS VARCHAR)" : $"trim(CAST({Id(column)} AS VARCHAR))";

    /// <summary>The accepted country codes into <c>import_codes</c>, each with a small integer id per ISO3 code.</summary>
    private static void Codes(DuckDBConnection connection, ProductSource source, IReadOnlyList<ProductImportCodes.Code> codes)
    {
        // The code column has the staged codes' type (BACI: SMALLINT), so that the joins compare integers, not text.
        var baci = source == ProductSource.Baci;
        ProductStore.Execute(
            connection,
            "DROP TABLE IF EXISTS import_codes; "
                + $"CREATE TEMP TABLE import_codes (code {(baci ? "SMALLINT" : "VARCHAR")}, iso3 VARCHAR, reporter BOOLEAN, id SMALLINT)"
        );
        // A small integer per ISO3 code keeps the duplicate check's hash table to integer keys.
        var ids = codes.Select(c => c.Iso3).Distinct().Select((iso3, i) => (iso3, i)).ToDictionary(p => p.iso3, p => (short)p.i);
        using var appender = connection.CreateAppender("temp", "main", "import_codes");
        foreach (var code in codes)
        {
            var row = appender.CreateRow();
            row = baci ? row.AppendValue(short.Parse(code.InFile, CultureInfo.InvariantCulture)) : row.AppendValue(code.InFile);
            row.AppendValue(code.Iso3).AppendValue(code.Reporter).AppendValue(ids[code.Iso3]).EndRow();
        }
    }

    /// <summary>The file's rows typed (year, reporter_code, partner_code, product as an integer, value in US$, quantity),
    /// with the product's text and a problem code per row (null = none); both paths check rows with this one query.</summary>
    /// <remarks>On the fast path (<paramref name="fast"/>) no field is trimmed, which halves the cost of reading: DuckDB's
    /// casts to numbers skip the spaces that trim removes (so a number reads the same), and a code, product or quantity
    /// with spaces around it is a problem there, which sends the import down the staged path that trims it.</remarks>
    private static string Rows(string scan, Layout layout, ProductSource source, bool fast)
    {
        string Text(string column) => ProductImport.Text(column, fast);
        string CodeOf(string column) => source == ProductSource.Baci ? $"TRY_CAST({Text(column)} AS SMALLINT)" : $"upper({Text(column)})";
        // BACI's numeric codes stay SMALLINT and the product an INTEGER in the staging table: 11 M rows of it must fit
        // the memory limit (VARCHAR cells take 16 bytes each); a world file's partner is the code -1 (WLD).
        var partner =
            layout.Partner is not null ? CodeOf(layout.Partner)
            : source == ProductSource.Baci ? $"CAST({ProductImportCodes.BaciWorld} AS SMALLINT)"
            : ProductStore.Literal(ProductStore.World);
        var quantityText = layout.Quantity is null ? "NULL" : Text(layout.Quantity);
        var inner =
            $"SELECT TRY_CAST({Text(layout.Year)} AS SMALLINT) AS year, TRY_CAST({Text(layout.Year)} AS DOUBLE) AS year_number, "
            + $"{CodeOf(layout.Reporter)} AS reporter_code, "
            + $"{partner} AS partner_code, {Text(layout.Product)} AS product_text, "
            + $"TRY_CAST({Text(layout.Value)} AS DOUBLE) AS value_number, {quantityText} AS quantity_text FROM {scan}";
        var typed =
            "SELECT year, year_number, reporter_code, partner_code, product_text, "
            + "TRY_CAST(product_text AS INTEGER) AS product, value_number * "
            + layout.Scale.ToString(CultureInfo.InvariantCulture)
            + " AS value, "
            + "CASE WHEN quantity_text IS NULL OR quantity_text IN ('', 'NA') THEN NULL ELSE TRY_CAST(quantity_text AS DOUBLE) END "
            + "AS quantity, quantity_text IS NOT NULL AND quantity_text NOT IN ('', 'NA') AND TRY_CAST(quantity_text AS DOUBLE) IS NULL "
            + $"AS quantity_bad FROM ({inner})";
        var problem =
            // A cast to an integer rounds (2021.5 would be 2022): the year must be a whole number.
            $"CASE WHEN year IS NULL OR year NOT BETWEEN {CsvTable.FirstYear} AND {CsvTable.LastYear} OR year_number <> year "
            + $"THEN {(int)Problem.Year} "
            + $"WHEN product_text IS NULL OR NOT regexp_full_match(product_text, '[0-9]{{5,6}}') THEN {(int)Problem.Product} "
            + $"WHEN value IS NULL OR NOT isfinite(value) THEN {(int)Problem.NotANumber} "
            + $"WHEN value < 0 THEN {(int)Problem.Negative} "
            + $"WHEN quantity_bad THEN {(int)Problem.Quantity} END";
        return "SELECT year, reporter_code, partner_code, product_text, product, value, quantity, "
            + $"CAST({problem} AS UTINYINT) AS problem FROM ({typed})";
    }

    /// <summary>Reads the file into <c>import_stage</c> (typed columns and a problem code per row, in file order).</summary>
    private static void Stage(DuckDBConnection connection, string scan, Layout layout, ProductSource source) =>
        ProductStore.Execute(
            connection,
            "SET preserve_insertion_order = true; DROP TABLE IF EXISTS import_stage; CREATE TEMP TABLE import_stage AS "
                + "SELECT year, reporter_code, partner_code, product, value, quantity, problem "
                + $"FROM ({Rows(scan, layout, source, fast: false)})"
        );

    /// <summary>What the fast path learns of one year of the file in one read.</summary>
    /// <param name="Rows">Rows of the year.</param>
    /// <param name="Bad">Rows with a problem (<see cref="Problem"/>, including unknown country codes).</param>
    /// <param name="World">Rows whose partner is the world.</param>
    private sealed record YearSummary(
        int? Year,
        long Rows,
        long Bad,
        long World,
        long Reporters,
        long Partners,
        long Products,
        double Value
    )
    {
        /// <summary>The year can be written without staging if it has no duplicate: no problem, and no world row that could
        /// count twice (all rows or none are world rows).</summary>
        public bool Clean => Year is not null && Bad == 0 && (World == 0 || World == Rows);
    }

    /// <summary>The file's rows with the small integer ids of their reporter and partner (and the partner's ISO3 code), and
    /// whether each row is bad (a problem, or a code that is unknown or not a country as reporter).</summary>
    private static string MappedRows(string scan, Layout layout, ProductSource source) =>
        "SELECT s.year, r.id AS rid, p.id AS pid, p.iso3 AS partner, s.product, s.value, s.quantity, "
        + "s.problem IS NOT NULL OR r.iso3 IS NULL OR p.iso3 IS NULL OR NOT coalesce(r.reporter, false) AS bad "
        + $"FROM ({Rows(scan, layout, source, fast: true)}) s LEFT JOIN import_codes r ON r.code = s.reporter_code "
        + "LEFT JOIN import_codes p ON p.code = s.partner_code";

    /// <summary>The number of distinct values of a small non-negative integer column among the good rows, as the bits set
    /// in a bitmap of them: far cheaper than count(DISTINCT …), which builds a hash table per column.</summary>
    private static string Distinct(string column, int max) =>
        $"coalesce(bit_count(bitstring_agg(CASE WHEN NOT bad THEN {column} END, 0, {max.ToString(CultureInfo.InvariantCulture)})), 0)";

    /// <summary>One read of the file into <c>import_fast</c> (ids instead of codes, no row order), then per year the counts
    /// of rows, bad rows and world rows, and the catalogue's counts and value total.</summary>
    private static List<YearSummary> Summarise(DuckDBConnection connection, string scan, Layout layout, ProductSource source)
    {
        var world = ProductStore.Literal(ProductStore.World);
        ProductStore.Execute(
            connection,
            "SET preserve_insertion_order = false; DROP TABLE IF EXISTS import_fast; CREATE TEMP TABLE import_fast AS "
                + $"SELECT year, rid, pid, product, value, quantity, bad, partner = {world} AS world "
                + $"FROM ({MappedRows(scan, layout, source)})"
        );
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT year, count(*), count(*) FILTER (bad), count(*) FILTER (world), "
            + $"{Distinct("rid", 32767)}, {Distinct("pid", 32767)}, {Distinct("product", 999999)}, coalesce(sum(value), 0) "
            + "FROM import_fast GROUP BY year ORDER BY year";
        using var reader = command.ExecuteReader();
        var years = new List<YearSummary>();
        while (reader.Read())
            years.Add(
                new YearSummary(
                    reader.IsDBNull(0) ? null : Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                    reader.GetInt64(1),
                    reader.GetInt64(2),
                    reader.GetInt64(3),
                    reader.GetInt64(4),
                    reader.GetInt64(5),
                    reader.GetInt64(6),
                    reader.GetDouble(7)
                )
            );
        return years;
    }

    /// <summary>Most memory the bitmaps of <see cref="HasDuplicates"/> may take before it counts distinct keys instead.</summary>
    private const long BitmapBudget = 256L << 20;

    /// <summary>Whether two good rows of <c>import_fast</c> share year, reporter, partner and product. The file's products
    /// are numbered 0..n−1 and each (year, reporter, partner) gets a bitmap of them: a duplicate is a group with fewer bits
    /// set than rows. That is several times cheaper than count(DISTINCT …) over one packed key per row, which builds a hash
    /// table of every row; the packed key stays as the way when the bitmaps would be too large.</summary>
    private static bool HasDuplicates(DuckDBConnection connection, IReadOnlyList<YearSummary> years)
    {
        ProductStore.Execute(
            connection,
            "DROP TABLE IF EXISTS import_products; CREATE TEMP TABLE import_products AS "
                + "SELECT product, CAST(row_number() OVER () - 1 AS INTEGER) AS number FROM (SELECT DISTINCT product FROM import_fast)"
        );
        var products = ProductStore.Scalar<long>(connection, "SELECT count(*) FROM import_products");
        var groups = years.Sum(y => y.Reporters * y.Partners);
        // Ids below 2^15, the product below 2^20 and the year below 2^12: one BIGINT per key.
        var key = "(CAST(year AS BIGINT) << 50) | (CAST(rid AS BIGINT) << 35) | (CAST(pid AS BIGINT) << 20) | product";
        var sql =
            groups * (products / 8 + 1) <= BitmapBudget
                ? "SELECT count(*) FROM (SELECT count(*) AS n, bit_count(bitstring_agg(x.number, 0, "
                    + (products - 1).ToString(CultureInfo.InvariantCulture)
                    + ")) AS d FROM import_fast s JOIN import_products x ON x.product = s.product GROUP BY s.year, s.rid, s.pid) "
                    + "WHERE n <> d"
                : $"SELECT count(*) - count(DISTINCT {key}) FROM import_fast";
        return ProductStore.Scalar<long>(connection, sql) > 0;
    }

    /// <summary>The six-digit text of a staged integer product code.</summary>
    private static string Hs6(string column) => $"lpad(CAST({column} AS VARCHAR), 6, '0')";

    private const string Mapped =
        "FROM import_stage s LEFT JOIN import_codes r ON r.code = s.reporter_code LEFT JOIN import_codes p ON p.code = s.partner_code";

    /// <summary>The first row (file order) with a problem, including country codes the import does not know.</summary>
    private static (long Index, Problem Code)? FirstProblem(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT s.rowid, coalesce(s.problem, CASE WHEN r.iso3 IS NULL THEN {(int)Problem.UnknownReporter} "
            + $"WHEN NOT r.reporter THEN {(int)Problem.ReporterNotCountry} WHEN p.iso3 IS NULL THEN {(int)Problem.UnknownPartner} END) "
            + $"{Mapped} WHERE s.problem IS NOT NULL OR r.iso3 IS NULL OR NOT r.reporter OR p.iso3 IS NULL ORDER BY s.rowid LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), (Problem)Convert.ToByte(reader.GetValue(1), CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>The first row (file order) whose year, reporter, partner and product (as stored) repeat an earlier row's.</summary>
    private static (long Index, long First, string Key)? FirstDuplicate(DuckDBConnection connection)
    {
        var keyed = $"SELECT s.rowid AS idx, s.year, r.id AS rid, p.id AS pid, r.iso3 AS reporter, p.iso3 AS partner, s.product {Mapped}";
        var any = ProductStore.Scalar<long>(
            connection,
            $"SELECT count(*) FROM (SELECT 1 FROM ({keyed}) GROUP BY year, rid, pid, product HAVING count(*) > 1 LIMIT 1)"
        );
        if (any == 0)
            return null;
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT idx, first, year || ' ' || reporter || '->' || partner || ' product ' || {Hs6("product")} FROM (SELECT *, "
            + "row_number() OVER (PARTITION BY year, rid, pid, product ORDER BY idx) AS n, "
            + $"min(idx) OVER (PARTITION BY year, rid, pid, product) AS first FROM ({keyed})) WHERE n = 2 ORDER BY idx LIMIT 1";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
    }

    /// <summary>Replaces each (source, year) of the staged rows in one transaction; returns the years that were replaced.</summary>
    private static IReadOnlyList<int> Write(DuckDBConnection connection, ProductSource source, HsRevision? revision, string file)
    {
        var name = ProductStore.Literal(source.Name());
        var revisionText = ProductStore.RevisionName(revision) is { } r ? ProductStore.Literal(r) : "NULL";
        var imported = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        // Row order matters only for locating errors in the staging table; the write needs none and uses less memory without.
        ProductStore.Execute(connection, "SET preserve_insertion_order = false");
        using var transaction = connection.BeginTransaction();
        var years = $"(SELECT DISTINCT year FROM import_stage)";
        var replaced = ReplacedYears(connection, name, years);
        // World rows of a reporter that also has partner rows are its total (Comtrade's W00): they would count twice (dropped).
        // The joins and the catalogue's counts use the small integer ids (one per ISO3 code), not text.
        var world = ProductStore.Literal(ProductStore.World);
        var bilateral = $"SELECT DISTINCT s.year, r.id AS rid {Mapped} WHERE p.iso3 <> {world}";
        var kept =
            $"SELECT s.year, r.iso3 AS reporter, p.iso3 AS partner, r.id AS rid, p.id AS pid, s.product, s.value, s.quantity {Mapped} "
            + $"LEFT JOIN ({bilateral}) b ON b.year = s.year AND b.rid = r.id WHERE NOT (p.iso3 = {world} AND b.year IS NOT NULL)";
        ProductStore.Execute(
            connection,
            $"DELETE FROM flows WHERE source = {name} AND year IN {years}; "
                + $"DELETE FROM imports WHERE source = {name} AND year IN {years}; "
                + $"INSERT INTO flows SELECT {name}, year, {revisionText}, reporter, partner, {Hs6("product")}, value, quantity "
                + $"FROM ({kept}); "
                + $"INSERT INTO imports SELECT {name}, year, {revisionText}, count(*), count(DISTINCT rid), "
                + $"count(DISTINCT pid), count(DISTINCT product), sum(value), {ProductStore.Literal(file)}, "
                + $"TIMESTAMP '{imported}', {ProductStore.Literal(ProductStore.Version)} FROM ({kept}) GROUP BY year"
        );
        transaction.Commit();
        ProductStore.Execute(connection, "SET preserve_insertion_order = true; CHECKPOINT");
        return replaced;
    }

    /// <summary>The years of the source the store holds among <paramref name="years"/> (a SQL list or subquery): the ones an
    /// import replaces.</summary>
    private static List<int> ReplacedYears(DuckDBConnection connection, string name, string years)
    {
        var replaced = new List<int>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT year FROM imports WHERE source = {name} AND year IN {years} ORDER BY year";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            replaced.Add(reader.GetInt32(0));
        return replaced;
    }

    /// <summary>The fast path's write: the checked rows into <c>flows</c>, the catalogue from the summary, in one transaction that also
    /// deletes the (source, year)s held; returns the years that were replaced.</summary>
    private static IReadOnlyList<int> WriteChecked(
        DuckDBConnection connection,
        ProductSource source,
        HsRevision? revision,
        string path,
        IReadOnlyList<YearSummary> summary
    )
    {
        var name = ProductStore.Literal(source.Name());
        var revisionText = ProductStore.RevisionName(revision) is { } r ? ProductStore.Literal(r) : "NULL";
        var imported = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var years = "(" + string.Join(", ", summary.Select(y => y.Year!.Value.ToString(CultureInfo.InvariantCulture))) + ")";
        ProductStore.Execute(connection, "SET preserve_insertion_order = false");
        using var transaction = connection.BeginTransaction();
        var replaced = ReplacedYears(connection, name, years);
        ProductStore.Execute(
            connection,
            $"DELETE FROM flows WHERE source = {name} AND year IN {years}; DELETE FROM imports WHERE source = {name} AND year IN {years}"
        );
        // The ISO3 code of each id (one row per id) for the join back from ids to codes.
        var iso3 = "(SELECT DISTINCT id, iso3 FROM import_codes)";
        ProductStore.Execute(
            connection,
            $"INSERT INTO flows SELECT {name}, s.year, {revisionText}, r.iso3, p.iso3, {Hs6("s.product")}, s.value, s.quantity "
                + $"FROM import_fast s JOIN {iso3} r ON r.id = s.rid JOIN {iso3} p ON p.id = s.pid"
        );
        foreach (var year in summary)
            ProductStore.Execute(
                connection,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"INSERT INTO imports VALUES ({name}, {year.Year}, {revisionText}, {year.Rows}, {year.Reporters}, {year.Partners}, "
                        + $"{year.Products}, CAST('{year.Value:R}' AS DOUBLE), {ProductStore.Literal(Path.GetFullPath(path))}, "
                        + $"TIMESTAMP '{imported}', {ProductStore.Literal(ProductStore.Version)})"
                )
            );
        transaction.Commit();
        ProductStore.Execute(connection, "SET preserve_insertion_order = true; CHECKPOINT");
        return replaced;
    }

    /// <summary>The message for a bad row: the physical line (Parquet: row) and the offending field quoted.</summary>
    private static InputException Describe(string path, bool parquet, string scan, Layout layout, long index, Problem problem)
    {
        var raw = parquet ? ParquetRow(path, scan, index) : CsvRecords(path, [index])[index];
        string Field(string? column) => column is not null && raw.Fields.TryGetValue(column, out var v) ? v : "";
        var message = problem switch
        {
            Problem.Year => $"year {InputText.Quote(Field(layout.Year))} in column {layout.Year} is not a year (four digits)",
            Problem.Product =>
                $"product code {InputText.Quote(Field(layout.Product))} in column {layout.Product} is not an HS6 code (six digits, or five "
                    + "where a leading zero was lost); keep six-digit rows only (totals and chapters would count twice)",
            Problem.NotANumber => $"value {InputText.Quote(Field(layout.Value))} in column {layout.Value} is not a number",
            Problem.Negative =>
                $"negative value {InputText.Quote(Field(layout.Value))} in column {layout.Value}; trade values cannot be negative, "
                    + "fix or remove the row",
            Problem.Quantity => $"quantity {InputText.Quote(Field(layout.Quantity))} in column {layout.Quantity} is not a number; "
                + "leave it blank or NA when unknown",
            Problem.UnknownReporter => Unknown(Field(layout.Reporter), layout.Reporter, layout.Scale != 1),
            Problem.ReporterNotCountry =>
                $"reporter {InputText.Quote(Field(layout.Reporter))} in column {layout.Reporter} is not a country "
                    + "(World or an area n.e.s.); reporters must be countries",
            _ => Unknown(Field(layout.Partner), layout.Partner ?? "", layout.Scale != 1),
        };
        return parquet ? new InputException($"{path}: row {index + 1}: {message}") : InputException.At(path, raw.Line, message);
    }

    private static string Unknown(string code, string column, bool baci) =>
        baci
            ? $"unknown country code {InputText.Quote(code)} in column {column}; BACI codes are UN M49 or UN Comtrade numeric codes "
                + "(data/ref/countries.csv, data/ref/comtrade_former_codes.csv)"
            : $"unknown country code {InputText.Quote(code)} in column {column}; use ISO 3166 alpha-3 codes, WLD for the world "
                + "(data/ref/countries.csv)";

    private static InputException Duplicate(string path, bool parquet, long index, long first, string key)
    {
        var message = $"duplicate row for {key}; keep one row per year, reporter, partner and product";
        if (parquet)
            return new InputException($"{path}: row {index + 1}: {message} (first at row {first + 1})");
        var records = CsvRecords(path, [index, first]);
        return InputException.At(path, records[index].Line, $"{message} (first at line {records[first].Line})");
    }

    /// <summary>Physical line and fields (by header name) of data records (0-based, header excluded).</summary>
    private static Dictionary<long, (long Line, Dictionary<string, string> Fields)> CsvRecords(string path, long[] indices)
    {
        var result = new Dictionary<long, (long Line, Dictionary<string, string> Fields)>();
        var format = InputFile.Verify(path, parquetAllowed: false);
        using var reader = new StreamReader(InputFile.Open(path, format));
        string[]? header = null;
        long record = -1;
        var wanted = indices.Max();
        foreach (var (line, fields) in CsvTable.Records(reader, path))
        {
            if (header is null)
            {
                header = fields;
                continue;
            }
            record++;
            if (indices.Contains(record))
            {
                var named = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < Math.Min(header.Length, fields.Length); i++)
                    named.TryAdd(header[i], fields[i]);
                result[record] = (line, named);
            }
            if (record >= wanted)
                break;
        }
        return result;
    }

    private static (long Line, Dictionary<string, string> Fields) ParquetRow(string path, string scan, long index)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {scan} LIMIT 1 OFFSET {index.ToString(CultureInfo.InvariantCulture)}";
        using var reader = command.ExecuteReader();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.Read())
            for (var i = 0; i < reader.FieldCount; i++)
                fields[reader.GetName(i)] = reader.IsDBNull(i)
                    ? ""
                    : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
        return (index + 1, fields);
    }

    /// <summary>DuckDB could not read the file: find the offending line ourselves, else pass DuckDB's first message line.</summary>
    private static InputException Diagnose(string path, bool parquet, DuckDBException e)
    {
        if (!parquet)
        {
            using var reader = new StreamReader(InputFile.Open(path, InputFile.Verify(path, parquetAllowed: false)));
            if (CsvTable.FirstStructuralError(reader, path, out _) is { } located)
                return located;
        }
        return new InputException(
            $"{path}: cannot read the file ({InputFile.DuckDbReason(e)}); check that it is a {(parquet ? "Parquet" : "CSV")} file"
        );
    }
}
