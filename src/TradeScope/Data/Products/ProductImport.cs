using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>
/// Imports one BACI, Comtrade or tidy file into a <see cref="ProductStore"/>, as one transaction. Two paths:
/// <list type="bullet">
/// <item>Fast (every clean file): the file is read once, straight into <c>flow_rows</c> under a new batch. A CSV file is
/// read by DuckDB with typed columns while <see cref="ProductFileCheck"/> checks the same file strictly on another thread
/// (DuckDB's casts are lenient) and counts what the catalogue records; a Parquet file is read as text and checked in SQL
/// (<see cref="MappedRows"/>). A file whose keys increase row by row has no duplicate; any other is checked in SQL (a
/// bitmap of the file's products per year, reporter and partner). Then the (source, year)s held are deleted, the
/// catalogue written, and the transaction committed.</item>
/// <item>Staged (any doubt: a bad or non-canonical field, a duplicate key, world rows beside partner rows, no rows): the
/// fast attempt is rolled back and the file read again, trimmed, into a staging table in file order; SQL finds the first
/// bad row or duplicate, and only its record is then read again here to name the physical line and quote the field. Every
/// message comes from this path; a file it accepts is written from the staging table.</item>
/// </list>
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

    /// <summary>The progress step of the staged path.</summary>
    internal const string ReadingAgain = "reading the file again in order";

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

        Step(1, "preparing the country codes");
        Guarded(path, parquet, () => Codes(connection, request.Source, codes));
        try
        {
            // The fast path reads the file once, straight into the store, and checks it on the way; any doubt (a bad or
            // non-canonical field, a duplicate, world rows beside partner rows, no rows) rolls it back and sends the import
            // down the staged path, which reads the file again in order to find and name the first problem (or to drop
            // the world rows that would count twice).
            Step(2, "reading and checking the rows");
            var job = new Job(connection, scan, layout, request.Source, revision, path, format, columns);
            var replaced = FastPath(job, Step) ?? StageCheckAndWrite(job, Step);
            var years = store.Info().Imports.Where(e => e.Source == request.Source.Name() && e.File == Path.GetFullPath(path)).ToList();
            Step(Steps, "");
            return new ProductImportResult(path, years, replaced);
        }
        finally
        {
            ProductStore.Execute(
                connection,
                "DROP TABLE IF EXISTS import_stage; DROP TABLE IF EXISTS import_products; DROP TABLE IF EXISTS import_codes"
            );
        }
    }

    /// <summary>The staged path: the file's rows in a staging table in file order, so that the first bad or duplicate row
    /// can be located and quoted; then the write.</summary>
    private static IReadOnlyList<int> StageCheckAndWrite(Job job, Action<int, string> step)
    {
        var (connection, scan, layout, source, revision, path, _, _) = job;
        var parquet = job.Parquet;
        step(2, ReadingAgain);
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
        using (var appender = connection.CreateAppender("temp", "main", "import_codes"))
            foreach (var code in codes)
            {
                var row = appender.CreateRow();
                row = baci ? row.AppendValue(short.Parse(code.InFile, CultureInfo.InvariantCulture)) : row.AppendValue(code.InFile);
                row.AppendValue(code.Iso3).AppendValue(code.Reporter).AppendValue((short?)null).EndRow();
            }
        // The store's id of each ISO3 code (flow_countries has every code an import can meet): rows are stored by id.
        ProductStore.Execute(connection, "UPDATE import_codes SET id = f.id FROM flow_countries f WHERE f.iso3 = import_codes.iso3");
    }

    /// <summary>The file's rows typed (year, reporter_code, partner_code, product as an integer, value in US$, quantity),
    /// with the product's text and a problem code per row (null = none); both paths check rows with this one query.</summary>
    /// <remarks>On the fast path (<paramref name="fast"/>) no field is trimmed, which halves the cost of reading: DuckDB's
    /// casts to numbers skip the spaces that trim removes (so a number reads the same), and a code, product or quantity
    /// with spaces around it is a problem there, which sends the import down the staged path that trims it.</remarks>
    private static string Rows(string scan, Layout layout, ProductSource source, bool fast)
    {
        string Text(string column) => ProductImport.Text(column, fast);
        // DuckDB's casts are lenient (4.5 reads as 5, 1e3 as 1000, 1_000 as 1000): a field is cast only in its plain form.
        string CodeOf(string column) =>
            source == ProductSource.Baci
                ? $"CASE WHEN regexp_full_match({Text(column)}, '[0-9]{{1,3}}') THEN CAST({Text(column)} AS SMALLINT) END"
                : $"upper({Text(column)})";
        string NumberOf(string text) => $"CASE WHEN regexp_full_match({text}, '{NumberPattern}') THEN TRY_CAST({text} AS DOUBLE) END";
        // BACI's numeric codes stay SMALLINT and the product an INTEGER in the staging table: 11 M rows of it must fit
        // the memory limit (VARCHAR cells take 16 bytes each); a world file's partner is the code -1 (WLD).
        var partner =
            layout.Partner is not null ? CodeOf(layout.Partner)
            : source == ProductSource.Baci ? $"CAST({ProductImportCodes.BaciWorld} AS SMALLINT)"
            : ProductStore.Literal(ProductStore.World);
        var quantityText = layout.Quantity is null ? "NULL" : Text(layout.Quantity);
        var inner =
            $"SELECT CASE WHEN regexp_full_match({Text(layout.Year)}, '[0-9]{{4}}(\\.0+)?') "
            + $"THEN CAST({Text(layout.Year)} AS SMALLINT) END AS year, "
            + $"{CodeOf(layout.Reporter)} AS reporter_code, "
            + $"{partner} AS partner_code, {Text(layout.Product)} AS product_text, "
            + $"{NumberOf(Text(layout.Value))} AS value_number, {quantityText} AS quantity_text FROM {scan}";
        var typed =
            "SELECT year, reporter_code, partner_code, product_text, "
            + "TRY_CAST(product_text AS INTEGER) AS product, value_number * "
            + layout.Scale.ToString(CultureInfo.InvariantCulture)
            + " AS value, "
            + $"CASE WHEN quantity_text IS NULL OR quantity_text IN ('', 'NA') THEN NULL ELSE {NumberOf("quantity_text")} END "
            + "AS quantity, quantity_text IS NOT NULL AND quantity_text NOT IN ('', 'NA') "
            + $"AND {NumberOf("quantity_text")} IS NULL AS quantity_bad FROM ({inner})";
        var problem =
            // The year has four digits, perhaps with a zero fraction (2021.5 is not a year; a cast would round it to 2022).
            $"CASE WHEN year IS NULL OR year NOT BETWEEN {CsvTable.FirstYear} AND {CsvTable.LastYear} "
            + $"THEN {(int)Problem.Year} "
            + $"WHEN product_text IS NULL OR NOT regexp_full_match(product_text, '[0-9]{{5,6}}') THEN {(int)Problem.Product} "
            + $"WHEN value IS NULL OR NOT isfinite(value) THEN {(int)Problem.NotANumber} "
            + $"WHEN value < 0 THEN {(int)Problem.Negative} "
            + $"WHEN quantity_bad THEN {(int)Problem.Quantity} END";
        return "SELECT year, reporter_code, partner_code, product_text, product, value, quantity, "
            + $"CAST({problem} AS UTINYINT) AS problem FROM ({typed})";
    }

    /// <summary>A number as text: an optional sign, digits with at most one decimal point, an optional exponent.</summary>
    private const string NumberPattern = @"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?";

    /// <summary>Reads the file into <c>import_stage</c> (typed columns and a problem code per row, in file order).</summary>
    private static void Stage(DuckDBConnection connection, string scan, Layout layout, ProductSource source) =>
        ProductStore.Execute(
            connection,
            "SET preserve_insertion_order = true; DROP TABLE IF EXISTS import_stage; CREATE TEMP TABLE import_stage AS "
                + "SELECT year, reporter_code, partner_code, product, value, quantity, problem "
                + $"FROM ({Rows(scan, layout, source, fast: false)})"
        );

    /// <summary>What the fast path learns of one year of the batch it wrote.</summary>
    /// <param name="Rows">Rows of the year.</param>
    /// <param name="World">Rows whose partner is the world.</param>
    private sealed record YearSummary(int Year, long Rows, long World, long Reporters, long Partners, long Products, double Value)
    {
        /// <summary>No world row that could count twice: all rows or none are world rows.</summary>
        public bool Clean => World == 0 || World == Rows;
    }

    /// <summary>The file's rows with the small integer ids of their reporter and partner (and the partner's ISO3 code), and
    /// whether each row is bad (a problem, or a code that is unknown or not a country as reporter).</summary>
    private static string MappedRows(string scan, Layout layout, ProductSource source) =>
        "SELECT s.year, r.id AS rid, p.id AS pid, p.iso3 AS partner, s.product, s.value, s.quantity, "
        + "s.problem IS NOT NULL OR r.iso3 IS NULL OR p.iso3 IS NULL OR NOT coalesce(r.reporter, false) AS bad "
        + $"FROM ({Rows(scan, layout, source, fast: true)}) s LEFT JOIN import_codes r ON r.code = s.reporter_code "
        + "LEFT JOIN import_codes p ON p.code = s.partner_code";

    /// <summary>The number of distinct values of a small non-negative integer column, as the bits set
    /// in a bitmap of them: far cheaper than count(DISTINCT …), which builds a hash table per column.</summary>
    private static string Distinct(string column, int max) =>
        $"coalesce(bit_count(bitstring_agg({column}, 0, {max.ToString(CultureInfo.InvariantCulture)})), 0)";

    /// <summary>One import's file, its layout and what is known of it, as the two paths take it.</summary>
    /// <param name="Scan">DuckDB's text read of the file (<c>read_csv</c> with every field as text, or <c>read_parquet</c>).</param>
    /// <param name="Columns">The file's columns in order, as DuckDB names them.</param>
    private sealed record Job(
        DuckDBConnection Connection,
        string Scan,
        Layout Layout,
        ProductSource Source,
        HsRevision? Revision,
        string Path,
        InputFormat Format,
        IReadOnlyList<string> Columns
    )
    {
        public bool Parquet => Format == InputFormat.Parquet;
    }

    /// <summary>
    /// The fast path, in one transaction: the file is read once, straight into <c>flow_rows</c> under a new batch; a row
    /// DuckDB finds bad (a value that is not finite, a code it cannot map) has no year there, which the table's NOT NULL
    /// refuses. A CSV file is read with typed columns while <see cref="ProductFileCheck"/> checks it and counts the
    /// catalogue's values; a Parquet file is checked in SQL and counted from the batch. A duplicate key is looked for unless
    /// the check found the keys increasing. Clean: the (source, year)s held are replaced and the transaction commits.
    /// Anything else (a doubt of the check, a bad row, a duplicate, world rows beside partner rows, no rows, a file DuckDB
    /// cannot read): rolled back, null, and the staged path reads the file again to name the problem.
    /// </summary>
    private static IReadOnlyList<int>? FastPath(Job job, Action<int, string> step)
    {
        var (connection, scan, layout, source, revision, path, _, _) = job;
        ProductStore.Execute(connection, "SET preserve_insertion_order = false");
        var batch = NextBatch(connection);
        var world = WorldId(connection);
        // A CSV file is read by DuckDB with typed columns (several times cheaper than text cast in SQL) while a strict check
        // of the same file runs here beside it; a Parquet file (tidy only) is checked in SQL as it is read.
        using var cancel = new CancellationTokenSource();
        var codes = ImportCodes(connection);
        var check =
            job.Parquet
                ? null
                : Task.Run(() => CheckFile(job, codes, world, cancel.Token));
        var rows = check is null ? MappedRows(scan, layout, source) : TypedRows(job, codes, world);
        using var transaction = connection.BeginTransaction();
        try
        {
            ProductStore.Execute(
                connection,
                $"INSERT INTO flow_rows SELECT {batch}, CASE WHEN NOT bad THEN year END, rid, pid, product, value, quantity FROM ({rows})"
            );
        }
        catch (DuckDBException)
        {
            cancel.Cancel();
            check?.Wait();
            transaction.Rollback();
            return null;
        }
        var checkedFile = check?.Result;
        if (check is not null && checkedFile is null)
        {
            transaction.Rollback();
            return null;
        }
        var summary = checkedFile is null ? Summarise(connection, batch, world) : Summarise(connection, batch, checkedFile);
        // A file whose keys increase row by row has no duplicate (ProductFileCheck); any other is checked in SQL.
        if (
            summary.Count == 0
            || !summary.All(y => y.Clean)
            || (checkedFile?.InKeyOrder != true && HasDuplicates(connection, batch, summary))
        )
        {
            transaction.Rollback();
            return null;
        }
        step(3, "writing");
        var years = "(" + string.Join(", ", summary.Select(y => y.Year.ToString(CultureInfo.InvariantCulture))) + ")";
        return Finish(
            connection,
            transaction,
            new Catalogue(source, revision, path, batch),
            years,
            c =>
                "INSERT INTO imports VALUES "
                + string.Join(
                    ", ",
                    summary.Select(y =>
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"({c.Source}, {y.Year}, {c.Revision}, {y.Rows}, {y.Reporters}, {y.Partners}, {y.Products}, "
                                + $"CAST('{y.Value:R}' AS DOUBLE), {c.File}, {c.Imported}, {c.Version}, {c.Batch})"
                        )
                    )
                )
        );
    }

    /// <summary>The catalogue's values of one import as SQL literals.</summary>
    private sealed record Catalogue(string Source, string Revision, string File, string Imported, string Version, int Batch)
    {
        public Catalogue(ProductSource source, HsRevision? revision, string path, int batch)
            : this(
                ProductStore.Literal(source.Name()),
                ProductStore.RevisionName(revision) is { } r ? ProductStore.Literal(r) : "NULL",
                ProductStore.Literal(Path.GetFullPath(path)),
                $"TIMESTAMP '{DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}'",
                ProductStore.Literal(ProductStore.Version),
                batch
            )
        { }
    }

    /// <summary>Ends an import whose rows are in <c>flow_rows</c> under the catalogue's batch: deletes the rows and entries of
    /// the source's <paramref name="years"/> (a SQL list or subquery) held before, writes the catalogue (the SQL
    /// <paramref name="insert"/> gives), refreshes the view <c>flows</c>, commits and checkpoints; returns the years
    /// replaced.</summary>
    private static IReadOnlyList<int> Finish(
        DuckDBConnection connection,
        DuckDBTransaction transaction,
        Catalogue catalogue,
        string years,
        Func<Catalogue, string> insert
    )
    {
        var replaced = ReplacedYears(connection, catalogue.Source, years);
        Delete(connection, catalogue.Source, years);
        ProductStore.Execute(connection, insert(catalogue));
        ProductStore.CreateFlowsView(connection);
        transaction.Commit();
        ProductStore.Execute(connection, "SET preserve_insertion_order = true; CHECKPOINT");
        return replaced;
    }

    /// <summary>A batch number no row or catalogue entry has.</summary>
    private static int NextBatch(DuckDBConnection connection) =>
        (int)
            ProductStore.Scalar<long>(
                connection,
                "SELECT CAST(greatest((SELECT coalesce(max(batch), 0) FROM imports), (SELECT coalesce(max(batch), 0) FROM flow_rows)) "
                    + "+ 1 AS BIGINT)"
            );

    /// <summary>Deletes the rows and catalogue entries of the source's <paramref name="years"/> (a SQL list or subquery).</summary>
    private static void Delete(DuckDBConnection connection, string name, string years) =>
        ProductStore.Execute(
            connection,
            $"DELETE FROM flow_rows WHERE year IN {years} "
                + $"AND batch IN (SELECT batch FROM imports WHERE source = {name} AND year IN {years}); "
                + $"DELETE FROM imports WHERE source = {name} AND year IN {years}"
        );

    /// <summary>The store's id of the world (<see cref="ProductStore.World"/>).</summary>
    private static short WorldId(DuckDBConnection connection) =>
        (short)
            ProductStore.Scalar<long>(
                connection,
                $"SELECT CAST(id AS BIGINT) FROM flow_countries WHERE iso3 = {ProductStore.Literal(ProductStore.World)}"
            );

    /// <summary>Per year of a batch: rows, world rows, and the catalogue's counts and value total.</summary>
    private static List<YearSummary> Summarise(DuckDBConnection connection, int batch, short world)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT year, count(*), count(*) FILTER (partner = {world}), {Distinct("reporter", 32767)}, {Distinct("partner", 32767)}, "
            + $"{Distinct("product", 999999)}, coalesce(sum(value), 0) FROM flow_rows WHERE batch = {batch} GROUP BY year ORDER BY year";
        using var reader = command.ExecuteReader();
        var years = new List<YearSummary>();
        while (reader.Read())
            years.Add(
                new YearSummary(
                    Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                    reader.GetInt64(1),
                    reader.GetInt64(2),
                    reader.GetInt64(3),
                    reader.GetInt64(4),
                    reader.GetInt64(5),
                    reader.GetDouble(6)
                )
            );
        return years;
    }

    /// <summary>Per year of a batch whose file was checked: the counts from the check, the value totals from the store.</summary>
    private static List<YearSummary> Summarise(DuckDBConnection connection, int batch, ProductFileCheck.Result file)
    {
        var values = new Dictionary<int, (long Rows, double Value)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT year, count(*), sum(value) FROM flow_rows WHERE batch = {batch} GROUP BY year";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                values[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = (reader.GetInt64(1), reader.GetDouble(2));
        }
        // Both reads must have seen the same rows under the same years; anything else is a doubt (the staged path decides).
        if (values.Count != file.Years.Count || file.Years.Any(y => !values.TryGetValue(y.Year, out var held) || held.Rows != y.Rows))
            return [];
        return
        [
            .. file.Years.Select(y => new YearSummary(y.Year, y.Rows, y.World, y.Reporters, y.Partners, y.Products, values[y.Year].Value)),
        ];
    }

    /// <summary>The strict check of a CSV file (<see cref="ProductFileCheck"/>) against the import's codes. It runs on
    /// another thread while the connection reads the file, so it touches only the file, never the job's connection.</summary>
    private static ProductFileCheck.Result? CheckFile(
        Job job,
        IReadOnlyList<(string Code, short Id, bool Reporter)> codes,
        short world,
        CancellationToken cancel
    )
    {
        var (_, _, layout, source, _, path, format, columns) = job;
        int At(string column) => columns.ToList().IndexOf(column);
        var positions = new ProductFileCheck.Columns(
            columns.Count,
            At(layout.Year),
            At(layout.Reporter),
            layout.Partner is null ? null : At(layout.Partner),
            At(layout.Product),
            At(layout.Value),
            layout.Quantity is null ? null : At(layout.Quantity)
        );
        using var stream = InputFile.Open(path, format);
        var known =
            source == ProductSource.Baci
                ? ProductFileCheck.Codes.Numeric(
                    codes
                        .Where(c => c.Code != BaciWorldText)
                        .Select(c => (int.Parse(c.Code, CultureInfo.InvariantCulture), c.Id, c.Reporter))
                )
                : ProductFileCheck.Codes.Text(codes);
        return ProductFileCheck.Run(stream, positions, known, world, cancel);
    }

    private static readonly string BaciWorldText = ProductImportCodes.BaciWorld.ToString(CultureInfo.InvariantCulture);

    /// <summary>The rows of <c>import_codes</c>: code as in the file, the store's id, may it be a reporter.</summary>
    private static List<(string Code, short Id, bool Reporter)> ImportCodes(DuckDBConnection connection)
    {
        var codes = new List<(string, short, bool)>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(code AS VARCHAR), id, reporter FROM import_codes";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            codes.Add((reader.GetString(0), Convert.ToInt16(reader.GetValue(1), CultureInfo.InvariantCulture), reader.GetBoolean(2)));
        return codes;
    }

    /// <summary>
    /// A CSV file's rows as DuckDB reads them with typed columns (year, reporter and partner ids, product as a number,
    /// value in US$, quantity), in the shape of <see cref="MappedRows"/>. DuckDB's casts are lenient, so these rows are
    /// kept only if <see cref="ProductFileCheck"/> passes the same file; a read that fails on a field fails the fast path.
    /// BACI's numeric codes become ids by position in a constant list (cheaper per row than a join).
    /// </summary>
    private static string TypedRows(Job job, IReadOnlyList<(string Code, short Id, bool Reporter)> codes, short world)
    {
        var (_, _, layout, source, _, path, format, columns) = job;
        var baci = source == ProductSource.Baci;
        var code = baci ? "SMALLINT" : "VARCHAR";
        var types = columns.ToDictionary(c => c, _ => "VARCHAR", StringComparer.Ordinal);
        types[layout.Year] = "SMALLINT";
        types[layout.Reporter] = code;
        if (layout.Partner is not null)
            types[layout.Partner] = code;
        types[layout.Product] = "INTEGER";
        types[layout.Value] = "DOUBLE";
        if (layout.Quantity is not null)
            types[layout.Quantity] = "DOUBLE";
        var typeList = string.Join(", ", types.Select(t => $"{ProductStore.Literal(t.Key)}: '{t.Value}'"));
        var scan =
            $"read_csv({ProductStore.Literal(path)}, header = true, delim = ',', quote = '\"', escape = '\"', nullstr = ['NA', ''], "
            + $"compression = '{(format == InputFormat.GzipText ? "gzip" : "none")}', types = {{{typeList}}})";
        string Id(string column)
        {
            if (!baci)
                return $"(SELECT id FROM import_codes WHERE code = {column})";
            var ids = new string[1000];
            Array.Fill(ids, "NULL");
            foreach (var (text, id, _) in codes)
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number < 1000)
                    ids[number] = id.ToString(CultureInfo.InvariantCulture);
            return $"list_element([{string.Join(", ", ids)}]::SMALLINT[], {column} + 1)";
        }
        var partner = layout.Partner is null ? world.ToString(CultureInfo.InvariantCulture) : Id(ProductImport.Id(layout.Partner));
        var value = $"{ProductImport.Id(layout.Value)} * {layout.Scale.ToString(CultureInfo.InvariantCulture)}";
        return $"SELECT {ProductImport.Id(layout.Year)} AS year, {Id(ProductImport.Id(layout.Reporter))} AS rid, {partner} AS pid, "
            + $"{ProductImport.Id(layout.Product)} AS product, {value} AS value, "
            + $"{(layout.Quantity is null ? "CAST(NULL AS DOUBLE)" : ProductImport.Id(layout.Quantity))} AS quantity, "
            + $"NOT coalesce(isfinite({value}), false) AS bad FROM {scan}";
    }

    /// <summary>Most memory the bitmaps of <see cref="HasDuplicates"/> may take before it counts distinct keys instead.</summary>
    private const long BitmapBudget = 256L << 20;

    /// <summary>Whether two rows of the batch share year, reporter, partner and product. The file's products
    /// are numbered 0..n−1 and each (year, reporter, partner) gets a bitmap of them: a duplicate is a group with fewer bits
    /// set than rows. That is several times cheaper than count(DISTINCT …) over one packed key per row, which builds a hash
    /// table of every row; the packed key stays as the way when the bitmaps would be too large.</summary>
    private static bool HasDuplicates(DuckDBConnection connection, int batch, IReadOnlyList<YearSummary> years)
    {
        var rows = $"(SELECT year, reporter AS rid, partner AS pid, product FROM flow_rows WHERE batch = {batch})";
        ProductStore.Execute(
            connection,
            "DROP TABLE IF EXISTS import_products; CREATE TEMP TABLE import_products AS "
                + $"SELECT product, CAST(row_number() OVER () - 1 AS INTEGER) AS number FROM (SELECT DISTINCT product FROM {rows})"
        );
        var products = ProductStore.Scalar<long>(connection, "SELECT count(*) FROM import_products");
        var groups = years.Sum(y => y.Reporters * y.Partners);
        // Ids below 2^15, the product below 2^20 and the year below 2^12: one BIGINT per key.
        var key = "(CAST(year AS BIGINT) << 50) | (CAST(rid AS BIGINT) << 35) | (CAST(pid AS BIGINT) << 20) | product";
        var sql =
            groups * (products / 8 + 1) <= BitmapBudget
                ? "SELECT count(*) FROM (SELECT count(*) AS n, bit_count(bitstring_agg(x.number, 0, "
                    + (products - 1).ToString(CultureInfo.InvariantCulture)
                    + $")) AS d FROM {rows} s JOIN import_products x ON x.product = s.product GROUP BY s.year, s.rid, s.pid) "
                    + "WHERE n <> d"
                : $"SELECT count(*) - count(DISTINCT {key}) FROM {rows}";
        return ProductStore.Scalar<long>(connection, sql) > 0;
    }


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
            $"SELECT idx, first, year || ' ' || reporter || '->' || partner || ' product ' || {ProductQuery.Hs6("product")} "
            + "FROM (SELECT *, "
            + "row_number() OVER (PARTITION BY year, rid, pid, product ORDER BY idx) AS n, "
            + $"min(idx) OVER (PARTITION BY year, rid, pid, product) AS first FROM ({keyed})) WHERE n = 2 ORDER BY idx LIMIT 1";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2));
    }

    /// <summary>Replaces each (source, year) of the staged rows in one transaction; returns the years that were replaced.</summary>
    private static IReadOnlyList<int> Write(DuckDBConnection connection, ProductSource source, HsRevision? revision, string file)
    {
        // Row order matters only for locating errors in the staging table; the write needs none and uses less memory without.
        ProductStore.Execute(connection, "SET preserve_insertion_order = false");
        var catalogue = new Catalogue(source, revision, file, NextBatch(connection));
        using var transaction = connection.BeginTransaction();
        // World rows of a reporter that also has partner rows are its total (Comtrade's W00): they would count twice (dropped).
        // The joins and the catalogue's counts use the store's integer ids (one per ISO3 code), not text.
        var world = ProductStore.Literal(ProductStore.World);
        var bilateral = $"SELECT DISTINCT s.year, r.id AS rid {Mapped} WHERE p.iso3 <> {world}";
        var kept =
            $"SELECT s.year, r.iso3 AS reporter, p.iso3 AS partner, r.id AS rid, p.id AS pid, s.product, s.value, s.quantity {Mapped} "
            + $"LEFT JOIN ({bilateral}) b ON b.year = s.year AND b.rid = r.id WHERE NOT (p.iso3 = {world} AND b.year IS NOT NULL)";
        ProductStore.Execute(
            connection,
            $"INSERT INTO flow_rows SELECT {catalogue.Batch}, year, rid, pid, product, value, quantity FROM ({kept})"
        );
        return Finish(
            connection,
            transaction,
            catalogue,
            "(SELECT DISTINCT year FROM import_stage)",
            c =>
                $"INSERT INTO imports SELECT {c.Source}, year, {c.Revision}, count(*), count(DISTINCT rid), count(DISTINCT pid), "
                + $"count(DISTINCT product), sum(value), {c.File}, {c.Imported}, {c.Version}, {c.Batch} FROM ({kept}) GROUP BY year"
        );
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
