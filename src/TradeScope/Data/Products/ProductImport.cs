using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>
/// Imports one BACI, Comtrade or tidy file into a <see cref="ProductStore"/>. DuckDB reads the file (all fields as
/// text, cast in SQL so that a bad field becomes a located error instead of a failed scan) into a staging table whose
/// row order is the file's; SQL checks find the first bad row, and only its record is then read again here to name
/// the physical line and quote the field. The write (delete the (source, year), insert, catalogue) is one transaction.
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
        Guarded(path, parquet, () => Stage(connection, scan, layout, request.Source, codes));
        try
        {
            Step(2, "checking the rows");
            var rows = ProductStore.Scalar<long>(connection, "SELECT count(*) FROM import_stage");
            if (rows == 0)
                throw parquet
                    ? new InputException($"{path}: no rows")
                    : InputException.At(path, 2, "no data rows; the file has only a header");
            if (FirstProblem(connection) is { } problem)
                throw Describe(path, parquet, scan, layout, problem.Index, problem.Code);
            if (FirstDuplicate(connection) is { } duplicate)
                throw Duplicate(path, parquet, duplicate.Index, duplicate.First, duplicate.Key);

            Step(3, "writing");
            var replaced = Write(connection, request.Source, revision, Path.GetFullPath(path));
            var years = store.Info().Imports.Where(e => e.Source == request.Source.Name() && e.File == Path.GetFullPath(path)).ToList();
            Step(Steps, "");
            return new ProductImportResult(path, years, replaced);
        }
        finally
        {
            ProductStore.Execute(connection, "DROP TABLE IF EXISTS import_stage; DROP TABLE IF EXISTS import_codes");
        }
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

    private static string Text(string column) => $"trim(CAST({Id(column)} AS VARCHAR))";

    /// <summary>Reads the file into <c>import_stage</c> (typed columns and a problem code per row, in file order) and the
    /// accepted codes into <c>import_codes</c>.</summary>
    private static void Stage(
        DuckDBConnection connection,
        string scan,
        Layout layout,
        ProductSource source,
        IReadOnlyList<ProductImportCodes.Code> codes
    )
    {
        // The code column has the staged codes' type (BACI: SMALLINT), so that the joins compare integers, not text.
        var baci = source == ProductSource.Baci;
        ProductStore.Execute(
            connection,
            "SET preserve_insertion_order = true; DROP TABLE IF EXISTS import_codes; "
                + $"CREATE TEMP TABLE import_codes (code {(baci ? "SMALLINT" : "VARCHAR")}, iso3 VARCHAR, reporter BOOLEAN, id SMALLINT)"
        );
        // A small integer per ISO3 code keeps the duplicate check's hash table to integer keys.
        var ids = codes.Select(c => c.Iso3).Distinct().Select((iso3, i) => (iso3, i)).ToDictionary(p => p.iso3, p => (short)p.i);
        using (var appender = connection.CreateAppender("temp", "main", "import_codes"))
            foreach (var code in codes)
            {
                var row = appender.CreateRow();
                row = baci ? row.AppendValue(short.Parse(code.InFile, CultureInfo.InvariantCulture)) : row.AppendValue(code.InFile);
                row.AppendValue(code.Iso3)
                    .AppendValue(code.Reporter)
                    .AppendValue(ids[code.Iso3])
                    .EndRow();
            }

        string CodeOf(string column) => source == ProductSource.Baci ? $"TRY_CAST({Text(column)} AS SMALLINT)" : $"upper({Text(column)})";
        // BACI's numeric codes stay SMALLINT and the product an INTEGER in the staging table: 11 M rows of it must fit
        // the memory limit (VARCHAR cells take 16 bytes each); a world file's partner is the code -1 (WLD).
        var partner =
            layout.Partner is not null ? CodeOf(layout.Partner)
            : source == ProductSource.Baci ? $"CAST({ProductImportCodes.BaciWorld} AS SMALLINT)"
            : ProductStore.Literal(ProductStore.World);
        var quantityText = layout.Quantity is null ? "NULL" : Text(layout.Quantity);
        var inner =
            $"SELECT TRY_CAST({Text(layout.Year)} AS SMALLINT) AS year, {CodeOf(layout.Reporter)} AS reporter_code, "
            + $"{partner} AS partner_code, {Text(layout.Product)} AS product_text, "
            + $"TRY_CAST({Text(layout.Value)} AS DOUBLE) AS value_number, {quantityText} AS quantity_text FROM {scan}";
        var typed =
            "SELECT year, reporter_code, partner_code, product_text, "
            + "TRY_CAST(product_text AS INTEGER) AS product, value_number * "
            + layout.Scale.ToString(CultureInfo.InvariantCulture)
            + " AS value, "
            + "CASE WHEN quantity_text IS NULL OR quantity_text IN ('', 'NA') THEN NULL ELSE TRY_CAST(quantity_text AS DOUBLE) END "
            + "AS quantity, quantity_text IS NOT NULL AND quantity_text NOT IN ('', 'NA') AND TRY_CAST(quantity_text AS DOUBLE) IS NULL "
            + $"AS quantity_bad FROM ({inner})";
        var problem =
            $"CASE WHEN year IS NULL OR year NOT BETWEEN {CsvTable.FirstYear} AND {CsvTable.LastYear} THEN {(int)Problem.Year} "
            + $"WHEN product_text IS NULL OR NOT regexp_full_match(product_text, '[0-9]{{5,6}}') THEN {(int)Problem.Product} "
            + $"WHEN value IS NULL OR NOT isfinite(value) THEN {(int)Problem.NotANumber} "
            + $"WHEN value < 0 THEN {(int)Problem.Negative} "
            + $"WHEN quantity_bad THEN {(int)Problem.Quantity} END";
        ProductStore.Execute(
            connection,
            "DROP TABLE IF EXISTS import_stage; CREATE TEMP TABLE import_stage AS SELECT year, reporter_code, partner_code, product, "
                + $"value, quantity, CAST({problem} AS UTINYINT) AS problem FROM ({typed})"
        );
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
        var replaced = new List<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT year FROM imports WHERE source = {name} AND year IN {years} ORDER BY year";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                replaced.Add(reader.GetInt32(0));
        }
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
