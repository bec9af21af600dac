using System.Globalization;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>
/// Reads trade data files into a <see cref="TradeDataset"/> (docs/methods/trade-indices.md#conventions). Two layouts are recognised by
/// their header:
/// <list type="bullet">
/// <item>canonical tidy: <c>year, reporter_iso3, partner_iso3, value</c>, optional <c>flow</c> (X = reporter's exports,
/// M = reporter's imports from the partner; default X) and <c>product</c> (summed over products);</item>
/// <item>the bundled Comtrade layout: <c>year, reporter_m49, reporter_iso3, reporter, partner_m49, partner_iso3, partner,
/// export_usd</c>, read as exports.</item>
/// </list>
/// Files are CSV (optionally .gz) or Parquet, read by the embedded DuckDB engine; validation errors name the file and
/// line (Parquet: row).
/// </summary>
public static class TradeFile
{
    /// <summary>Reads a tidy or Comtrade-layout file.</summary>
    /// <exception cref="InputException">Missing file, unknown layout, malformed line, non-numeric or negative value,
    /// unknown ISO3 code, bad flow, duplicate key, or no rows: one line "file:line: message".</exception>
    public static TradeDataset Load(string path, TradeLoadOptions? options = null)
    {
        options ??= TradeLoadOptions.Default;
        if (!File.Exists(path))
            throw new InputException(
                $"{path}: file not found; check the path "
                    + $"(or omit {InputException.Mention(DataParameters.Data)} to use the bundled Comtrade data)"
            );
        var acc = new TradeAccumulator(options);
        var layout = Read(path, path, acc);
        var columns = "year, reporter_iso3, partner_iso3, value" + (acc.SawImports ? ", flow" : "");
        var source =
            layout == TradeLayout.Comtrade
                ? new Bilingual(
                    "UN Comtrade layout (export_usd read as exports, US$)",
                    "формат UN Comtrade (export_usd — экспорт, долл. США)"
                )
                : new Bilingual($"tidy trade file ({columns})", $"файл торговых потоков в длинном " +
                    $"" + $"формате ({columns})");
        return acc.Build(new Provenance(source, Path.GetFullPath(path)), warnDropped: path);
    }

    /// <summary>Reads one file into the accumulator; <paramref name="display"/> is the name used in errors.</summary>
    internal static TradeLayout Read(string path, string display, TradeAccumulator acc)
    {
        // Checked before DuckDB sees it (existence, content vs extension, every gzip member's CRC-32 and length, UTF-8);
        // DuckDB is then told the compression, so it cannot guess differently from the check.
        var format = InputFile.Verify(path, parquetAllowed: true);
        var parquet = format == InputFormat.Parquet;
        var compression = format == InputFormat.GzipText ? "gzip" : "none";
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var literal = "'" + path.Replace("'", "''") + "'";
        var scan = parquet
            ? $"read_parquet({literal})"
            : $"read_csv({literal}, header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"', "
                + $"compression = '{compression}')";
        List<string> columns;
        try
        {
            columns = Columns(connection, scan);
        }
        catch (DuckDBException e)
        {
            throw Diagnose(path, display, parquet, e);
        }

        string Find(string name) =>
            columns.FirstOrDefault(c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase))
            ?? throw (parquet ? null : Structure(path, display)) ?? Header(display, parquet, columns);
        string? Optional(string name) => columns.FirstOrDefault(c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));
        string Q(string c) => "CAST(\"" + c.Replace("\"", "\"\"") + "\" AS VARCHAR)";

        var isComtrade = Optional("export_usd") is not null && Optional("value") is null;
        var layout = isComtrade ? TradeLayout.Comtrade : TradeLayout.Tidy;
        var value = isComtrade ? Find("export_usd") : Find("value");
        var flow = isComtrade ? null : Optional("flow");
        var product = isComtrade ? null : Optional("product");
        var sql =
            $"SELECT {Q(Find("year"))}, {Q(Find("reporter_iso3"))}, {Q(Find("partner_iso3"))}, {Q(value)}, "
            + $"{(flow is null ? "NULL" : Q(flow))}, {(product is null ? "NULL" : Q(product))} FROM {scan}";

        long index = -1;
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                index++;
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var error = acc.Add(index, Text(0), Text(1), Text(2), Text(3), Text(4), Text(5));
                if (error is not null)
                    throw Located(path, display, parquet, index, error.Value.Message, error.Value.FirstIndex);
            }
        }
        catch (DuckDBException e)
        {
            throw Diagnose(path, display, parquet, e);
        }
        if (index < 0)
            throw InputException.At(display, 2, "no data rows; the file has only a header");
        acc.EndFile();
        return layout;
    }

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

    private static InputException Header(string display, bool parquet, IReadOnlyList<string> columns)
    {
        if (parquet)
            return new InputException(
                $"{display}: columns must include year, reporter_iso3, partner_iso3, value "
                    + $"(optional flow, product); found {InputText.Quote(string.Join(",", columns), 120)}"
            );
        return CsvTable.ForeignSeparator(display, columns)
            ?? InputException.At(
                display,
                1,
                "header must include year, reporter_iso3, partner_iso3, value (optional flow, product); "
                    + $"found {InputText.Quote(string.Join(",", columns), 120)}"
            );
    }

    /// <summary>Turns a row error into "file:line: message", finding the physical line of the record.</summary>
    private static InputException Located(string path, string display, bool parquet, long index, string message, long? firstIndex)
    {
        if (parquet)
            return new InputException($"{display}: row {index + 1}: {message}" + (firstIndex is { } f ? $" (first at row {f + 1})" : ""));
        var lines = LinesOf(path, display, firstIndex is { } fi ? [index, fi] : [index]);
        return InputException.At(display, lines[0], message + (firstIndex is not null ? $" (first at line {lines[1]})" : ""));
    }

    /// <summary>Physical line numbers of data records (0-based record indices, header excluded).</summary>
    private static long[] LinesOf(string path, string display, long[] indices)
    {
        var result = new long[indices.Length];
        var wanted = indices.Max();
        using var reader = new StreamReader(CsvTable.OpenFile(path));
        long record = -2; // the header is record -1
        foreach (var (line, _) in CsvTable.Records(reader, display))
        {
            record++;
            for (var k = 0; k < indices.Length; k++)
                if (indices[k] == record)
                    result[k] = line;
            if (record >= wanted)
                break;
        }
        return result;
    }

    /// <summary>The first structural problem of a CSV file (empty, bad quoting, wrong field count), or null.</summary>
    private static InputException? Structure(string path, string display)
    {
        using var reader = new StreamReader(CsvTable.OpenFile(path));
        return CsvTable.FirstStructuralError(reader, display, out var width)
            ?? (
                width is null
                    ? InputException.At(display, 1, "empty file: expected the header year,reporter_iso3,partner_iso3,value")
                    : null
            );
    }

    /// <summary>DuckDB could not read the file: find the offending line ourselves, else pass DuckDB's first message line.</summary>
    private static InputException Diagnose(string path, string display, bool parquet, DuckDBException e)
    {
        if (!parquet && Structure(path, display) is { } located)
            return located;
        return new InputException(
            $"{display}: cannot read the file ({InputFile.DuckDbReason(e)}); "
                + $"check that it is a {(parquet ? "Parquet" : "CSV")} file in the tidy layout"
        );
    }
}

/// <summary>The recognised file layouts.</summary>
internal enum TradeLayout
{
    Tidy,
    Comtrade,
}

/// <summary>[Mutable] Validates rows and collects them by year; builds one <see cref="TradeMatrix"/> per year.</summary>
internal sealed class TradeAccumulator(TradeLoadOptions options)
{
    private readonly CountryRegistry _countries = options.Countries ?? CountryRegistry.Default;
    private readonly Dictionary<(int Year, string Reporter, string Partner, char Flow, string? Product), long> _keys = new();
    private readonly SortedDictionary<int, YearData> _years = new();
    private int _file;

    /// <summary>True when any row had flow M.</summary>
    public bool SawImports { get; private set; }

    /// <summary>True when any row had a product.</summary>
    public bool SawProducts { get; private set; }

    private sealed class YearData
    {
        public readonly Dictionary<(CountryCode From, CountryCode To), double> Exports = new();
        public readonly Dictionary<(CountryCode Importer, CountryCode Partner), double> Imports = new();
        public readonly Dictionary<CountryCode, double> WorldExports = new();
        public readonly Dictionary<CountryCode, double> WorldImports = new();
        public readonly SortedDictionary<string, (long Rows, double Value)> NonCountry = new(StringComparer.Ordinal);
        public readonly SortedDictionary<CountryCode, (long Rows, double Value)> SelfTrade = new();
    }

    /// <summary>Marks the end of a file (keys are checked for duplicates across files too).</summary>
    public void EndFile() => _file++;

    /// <summary>Validates and adds one row; returns the error (with the index of the first row of a duplicate key) or null.</summary>
    public (string Message, long? FirstIndex)? Add(
        long index,
        string? yearText,
        string? reporterText,
        string? partnerText,
        string? valueText,
        string? flowText,
        string? productText
    )
    {
        if (CsvTable.YearProblem(yearText, out var year) is { } yearProblem)
            return (yearProblem, null);
        if (options.Years is { } only && !only.Contains(year))
            return null;
        var flow = 'X';
        if (flowText is not null)
        {
            var f = flowText.Trim().ToUpperInvariant();
            if (f is not ("X" or "M"))
                return ($"flow {InputText.Quote(flowText)} must be X (exports) or M (imports)", null);
            flow = f[0];
        }
        if (!double.TryParse(valueText?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            return ($"value {InputText.Quote(valueText)} is not a number", null);
        return Add(index, year, reporterText, partnerText, value, flow, string.IsNullOrWhiteSpace(productText) ? null : productText.Trim());
    }

    private readonly Dictionary<string, (string Code, bool NonCountry, CountryCode Country, bool Known)> _codes = new(
        StringComparer.Ordinal
    );

    private (string Code, bool NonCountry, CountryCode Country, bool Known) Code(string? text)
    {
        var key = text ?? "";
        if (_codes.TryGetValue(key, out var hit))
            return hit;
        var code = ComtradeCodes.Normalise(text);
        var nonCountry = ComtradeCodes.IsNonCountry(code);
        var known = !nonCountry && CountryCode.TryParse(code, out var country) && _countries.Contains(country);
        return _codes[key] = (code, nonCountry, known ? new CountryCode(code) : default, known);
    }

    /// <summary>Validates and adds one typed row (the codes are trimmed and S19 is read as TWN here).</summary>
    public (string Message, long? FirstIndex)? Add(
        long index,
        int year,
        string? reporterText,
        string? partnerText,
        double value,
        char flow = 'X',
        string? product = null
    )
    {
        if (options.Years is { } only && !only.Contains(year))
            return null;
        var r = Code(reporterText);
        if (r.NonCountry)
            return (
                $"reporter {InputText.Quote(reporterText?.Trim())} is not a country (World or an area n.e.s.); "
                    + "reporters must be ISO3 country codes",
                null
            );
        if (!r.Known)
            return (
                $"unknown ISO3 code {InputText.Quote(reporterText?.Trim())} in reporter_iso3; "
                    + "use ISO 3166 alpha-3 codes (data/ref/countries.csv)",
                null
            );
        var p = Code(partnerText);
        if (!p.NonCountry && !p.Known)
            return (
                $"unknown ISO3 code {InputText.Quote(partnerText?.Trim())} in partner_iso3; "
                    + "use ISO 3166 alpha-3 codes, W00 for World (data/ref/countries.csv)",
                null
            );
        if (double.IsNaN(value))
            return ($"value is missing or not a number for {r.Code}->{p.Code}", null);
        if (value < 0)
            return (
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"negative value {value} for {r.Code}->{p.Code}; trade values cannot be negative, fix or remove the row"
                ),
                null
            );
        if (product is not null)
            SawProducts = true;
        var (reporterRaw, partnerRaw, reporter, partner, nonCountry) = (r.Code, p.Code, r.Country, p.Country, p.NonCountry);
        if (!_keys.TryAdd((year, reporterRaw, partnerRaw, flow, product), index))
        {
            var first = _keys[(year, reporterRaw, partnerRaw, flow, product)];
            var about = $"{year} {reporterRaw}->{partnerRaw} flow {flow}{(product is null ? "" : " product " + InputText.Quote(product))}";
            return ($"duplicate row for {about}; keep one row per key", first);
        }
        if (!_years.TryGetValue(year, out var data))
            _years[year] = data = new YearData();
        if (flow == 'M')
            SawImports = true;
        if (partnerRaw == ComtradeCodes.World)
        {
            var totals = flow == 'X' ? data.WorldExports : data.WorldImports;
            totals[reporter] = totals.GetValueOrDefault(reporter) + value;
        }
        else if (nonCountry)
        {
            var (rows, sum) = data.NonCountry.GetValueOrDefault(partnerRaw);
            if (flow == 'X')
                data.NonCountry[partnerRaw] = (rows + 1, sum + value);
        }
        else if (reporter == partner)
        {
            var (rows, sum) = data.SelfTrade.GetValueOrDefault(reporter);
            data.SelfTrade[reporter] = (rows + 1, sum + value);
        }
        else
        {
            var flows = flow == 'X' ? data.Exports : data.Imports;
            flows[(reporter, partner)] = flows.GetValueOrDefault((reporter, partner)) + value;
        }
        return null;
    }

    /// <summary>Russian notes write the decimal comma (a Russian reader takes 0.0 for a typo).</summary>
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = "," };

    /// <summary>Builds the data set; every matrix carries the conventions applied in its provenance notes.</summary>
    /// <param name="provenance">Source and location of the data.</param>
    /// <param name="warnDropped">The file name for warnings about dropped rows (self-trade, docs/methods/trade-indices.md#conventions rule
    /// 2) in
    /// <see cref="TradeDataset.Warnings"/>; null for the bundled data, whose dropped rows are stated in the notes only.</param>
    /// <exception cref="InputException">No rows for the requested years.</exception>
    public TradeDataset Build(Provenance provenance, string? warnDropped = null)
    {
        if (_years.Count == 0)
            throw new InputException(
                $"{provenance.Location}: no rows for the requested years ({string.Join(", ", options.Years ?? [])}); choose years "
                    + $"present in the file"
            );
        var basis = options.Basis;
        var common = provenance
            .WithNote(
                "Codes trimmed; S19 (Other Asia, n.e.s.) read as TWN (Taiwan) as reporter and partner.",
                "Пробелы в кодах удалены; S19 (прочая Азия, не включённая в другие "
                    + "категории) считается TWN (Тайвань) и как "
                    + "отчитывающаяся страна, и как страна-партнёр."
            )
            .WithNote(
                basis == TotalsBasis.WorldRow
                    ? new Bilingual(
                        "Reporter totals X_s: the reporter's World row (W00); the sum over country partners where no World row exists.",
                        "Итог экспорта страны X_s: строка «Мир» (W00) отчитывающейся " +
                            "" + "страны; если её нет — сумма по странам-партнёрам."
                    )
                    : new Bilingual(
                        "Reporter totals X_s: the sum over country partners (non-country partners excluded).",
                        "Итог экспорта страны X_s: сумма по странам-партнёрам " +
                            "" + "(партнёры, не являющиеся странами, исключены)."
                    )
            )
            .WithNote(
                "World totals: X_w = sum of X_s and X_wd = sum of X_sd over exporters with data (reported or mirrored).",
                "Мировые итоги: X_w — сумма X_s, X_wd — сумма X_sd по экспортёрам с " +
                    "" + "данными (отчётными или зеркальными)."
            )
            .WithNote(
                "Non-country partners (W00 World, _X areas n.e.s., X1 bunkers, XX special categories, X2 free zones, E19, A79, A59, F19, "
                    + "O19) are not partners in bilateral tables; they count only inside the World row.",
                "Партнёры, не являющиеся странами (W00 «Мир», _X — территории, не "
                    + "включённые в другие категории, X1 — бункерное топливо, "
                    + "XX — специальные категории, X2 — свободные зоны, E19, A79, A59, F19, O19), в "
                    + "двусторонние таблицы не входят и "
                    + "учитываются только в строке «Мир»."
            )
            .WithNote(
                "Exporters that did not report: rows from partners' imports (flow M, CIF, unadjusted) flagged Mirror when present, else "
                    + "NaN (NO_REPORTER_DATA).",
                "Экспортёры, не представившие данных: потоки берутся из импорта "
                    + "партнёров (поток M, СИФ, без корректировки) с пометкой "
                    + "«зеркальные данные»; если их нет — NaN (NO_REPORTER_DATA)."
            );
        var matrices = new List<TradeMatrix>();
        foreach (var (year, data) in _years)
        {
            var reporters = data.Exports.Keys.Select(k => k.From).Concat(data.WorldExports.Keys).ToHashSet();
            var mirrorOnly = data.Imports.Keys.Select(k => k.Partner).Where(p => !reporters.Contains(p)).ToHashSet();
            var p = common;
            if (data.NonCountry.Count > 0)
                p = p.WithNote(
                    $"{year}: excluded from bilateral flows: "
                        + string.Join(
                            ", ",
                            data.NonCountry.Select(kv =>
                                string.Create(
                                    CultureInfo.InvariantCulture,
                                    $"{kv.Key} {kv.Value.Value / 1e9:F1} bn US$ ({kv.Value.Rows} rows)"
                                )
                            )
                        )
                        + ".",
                    $"{year}: исключено из двусторонних потоков: "
                        + string.Join(
                            ", ",
                            data.NonCountry.Select(kv =>
                                string.Create(
                                    DecimalComma,
                                    $"{kv.Key} {kv.Value.Value / 1e9:F1} млрд долл. США " + $"(строк: {kv.Value.Rows})"
                                )
                            )
                        )
                        + "."
                );
            if (data.SelfTrade.Count > 0)
                p = p.WithNote(
                    $"{year}: {SelfTradeSummary(data)} dropped (docs/methods/trade-indices.md#conventions rule 2).",
                    $"{year}: исключены строки торговли с самой собой (партнёр = "
                        + $"отчитывающаяся страна, "
                        + $"docs/methods/trade-indices.md#conventions, правило 2): {data.SelfTrade.Values.Sum(t => t.Rows)}."
                );
            var noWorld = basis == TotalsBasis.WorldRow ? reporters.Count(r => !data.WorldExports.ContainsKey(r)) : 0;
            if (noWorld > 0)
                p = p.WithNote(
                    $"{year}: {noWorld} reporters without a World row: X_s = sum over country partners.",
                    $"{year}: отчитывающихся стран без строки «Мир»: {noWorld}; для них X_s — " +
                        $"" + $"сумма по странам-партнёрам."
                );
            var mirrored = $"{string.Join(" ", mirrorOnly.OrderBy(c => c).Take(20))}{(mirrorOnly.Count > 20 ? " ..." : "")}";
            p = p.WithNote(
                $"{year}: {reporters.Count} reporting exporters"
                    + (mirrorOnly.Count > 0 ? $", {mirrorOnly.Count} exporters mirrored from partners' imports ({mirrored})" : "")
                    + ".",
                $"{year}: отчитывающихся экспортёров: {reporters.Count}"
                    + (mirrorOnly.Count > 0 ? $"; по зеркальным данным (импорт партнёров): " +
                        $"" + $"{mirrorOnly.Count} ({mirrored})" : "")
                    + "."
            );
            var builder = new TradeMatrixBuilder(year, basis, p);
            foreach (var ((from, to), v) in data.Exports)
                builder.AddExport(from, to, v);
            foreach (var (r, v) in data.WorldExports)
                builder.AddWorldExports(r, v);
            foreach (var ((importer, partner), v) in data.Imports)
                builder.AddImport(importer, partner, v);
            foreach (var (r, v) in data.WorldImports)
                builder.AddWorldImports(r, v);
            matrices.Add(builder.Build());
        }
        var warnings = new List<string>();
        var selfTradeYears = _years.Where(y => y.Value.SelfTrade.Count > 0).ToList();
        if (warnDropped is not null && selfTradeYears.Count > 0)
        {
            var rows = selfTradeYears.Sum(y => y.Value.SelfTrade.Values.Sum(v => v.Rows));
            warnings.Add(
                $"{warnDropped}: {rows} row{(rows == 1 ? "" : "s")} with partner = reporter dropped "
                    + "(self-trade is not bilateral trade, docs/methods/trade-indices.md#conventions rule 2): "
                    + string.Join("; ", selfTradeYears.Select(y => $"{y.Key}: {SelfTradeSummary(y.Value)}"))
            );
        }
        return new TradeDataset(matrices, basis, common, warnings);
    }

    /// <summary>"3 self-trade rows (partner = reporter; AAA 2, BBB 1; 0.1 bn US$)": rows, reporters and value of exports.</summary>
    private static string SelfTradeSummary(YearData data)
    {
        var rows = data.SelfTrade.Values.Sum(v => v.Rows);
        var reporters = data.SelfTrade.Take(10).Select(kv => $"{kv.Key} {kv.Value.Rows}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{rows} self-trade row{(rows == 1 ? "" : "s")} (partner = reporter: "
                + $"{string.Join(", ", reporters)}{(data.SelfTrade.Count > 10 ? ", ..." : "")}; "
                + $"{data.SelfTrade.Values.Sum(v => v.Value) / 1e9:0.###} bn US$)"
        );
    }
}
