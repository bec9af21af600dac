using System.Globalization;
using DuckDB.NET.Data;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>
/// The bundled UN Comtrade data: merchandise exports by reporter × partner, all goods (HS TOTAL), current US$,
/// 2014–2022, reporter-reported (data/comtrade; provenance and licence in data/README.md). Read per
/// docs/methods/trade-indices.md#conventions by
/// <see cref="TradeFile"/>: codes trimmed, S19 → TWN, non-country partners out of bilateral tables, X_s = World row.
/// </summary>
public static class ComtradeBundled
{
    /// <summary>The source line printed in reports, in English and Russian.</summary>
    public static Bilingual Source { get; } =
        new(
            "UN Comtrade, merchandise exports, all goods (HS TOTAL), reporter-reported, current US$ (vintage mid-2023)",
            "UN Comtrade, экспорт товаров, все товары (HS TOTAL), данные отчитывающихся "
                + "стран, текущие долл. США (выгрузка середины 2023 "
                + "г.)"
        );

    /// <summary>The bundled years, ascending.</summary>
    public static IReadOnlyList<int> Years { get; } =
        Bundled.List("comtrade").Select(n => int.Parse(n.AsSpan(8, 4), CultureInfo.InvariantCulture)).Order().ToList();

    private static readonly Lazy<TradeDataset> Shared = new(() => Load());

    /// <summary>All bundled years with the default options (World-row totals), loaded once per process and shared (immutable).</summary>
    public static TradeDataset Default => Shared.Value;

    /// <summary>Loads the bundled years (all by default) into one matrix per year.</summary>
    /// <param name="options">Years, totals basis, country registry.</param>
    /// <param name="progress">Receives one step per year read (the files are scanned in year order), then completion.</param>
    /// <exception cref="InputException">A requested year is not bundled: "year 2030: year not in the bundled data
    /// (2014-2022)".</exception>
    public static TradeDataset Load(TradeLoadOptions? options = null, IProgress<ProgressStep>? progress = null)
    {
        options ??= TradeLoadOptions.Default;
        var years = options.Years ?? Years;
        foreach (var y in years)
            if (!Years.Contains(y))
                throw InputException.Argument(
                    DataParameters.Year,
                    y.ToString(CultureInfo.InvariantCulture),
                    $"year not in the bundled data ({Years[0]}-{Years[^1]})"
                );
        var acc = new TradeAccumulator(options);
        var ordered = years.Distinct().Order().ToList();
        const string operation = "Reading UN Comtrade";
        if (ordered.Count > 0)
            progress?.Report(new ProgressStep(operation, 0, ordered.Count, ordered[0].ToString(CultureInfo.InvariantCulture)));
        var files = ordered.Select(y => Bundled.Materialise("comtrade", $"exports_{y}A.csv.gz")).ToList();
        // One scan over all requested years with the layout fixed (no sniffing); DuckDB parses, decompresses and
        // types the columns, the accumulator validates codes and builds the matrices.
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT year, reporter_iso3, partner_iso3, export_usd FROM read_csv(["
            + string.Join(", ", files.Select(f => "'" + f.Replace("'", "''") + "'"))
            + "], header = true, auto_detect = false, "
            + "delim = ',', quote = '\"', escape = '\"', columns = {'year': 'INTEGER', 'reporter_m49': 'INTEGER', "
            + "'reporter_iso3': 'VARCHAR', 'reporter': 'VARCHAR', 'partner_m49': 'INTEGER', 'partner_iso3': 'VARCHAR', "
            + "'partner': 'VARCHAR', 'export_usd': 'DOUBLE'})";
        using (var reader = command.ExecuteReader())
        {
            long index = 0;
            var year = ordered.FirstOrDefault();
            while (reader.Read())
            {
                var rowYear = reader.GetInt32(0);
                if (progress is not null && rowYear != year) // DuckDB keeps insertion (file) order: a new year is a new file
                {
                    year = rowYear;
                    var done = ordered.IndexOf(year);
                    if (done > 0)
                        progress.Report(new ProgressStep(operation, done, ordered.Count, year.ToString(CultureInfo.InvariantCulture)));
                }
                var error = acc.Add(
                    index++,
                    rowYear,
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3)
                );
                if (error is not null) // the bundled files are checked by the tests; this guards a corrupted build
                    throw new InputException($"bundled:data/comtrade: row {index}: {error.Value.Message}");
            }
        }
        var data = acc.Build(new Provenance(Source, "bundled:data/comtrade/exports_YYYYA.csv.gz"));
        progress?.Report(new ProgressStep(operation, ordered.Count, ordered.Count, ""));
        return data;
    }
}
