using System.CommandLine;
using TradeScope.Core;
using TradeScope.Data.Products;
using TradeScope.Model;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope db info|export|synth</c>: what the product store holds, its export to hive-partitioned Parquet,
/// and a generator of synthetic BACI-format files for trials and benchmarks.</summary>
public sealed class DbCommand : ICliCommand
{
    public Command Build(CliContext context) =>
        new("db", "The product store: list what it holds, export it to Parquet, or generate a synthetic BACI-format file.")
        {
            Info(context),
            Export(context),
            Synth(context),
        };

    private static Command Synth(CliContext context)
    {
        var countries = CommonOptions.Whole(
            new Option<int>("--countries") { Description = "Number of countries (EAEU members first).", DefaultValueFactory = _ => 200 },
            CommonOptions.ACount
        );
        var products = CommonOptions.Whole(
            new Option<int>("--products") { Description = "Number of HS6 products.", DefaultValueFactory = _ => 5000 },
            CommonOptions.ACount
        );
        var years = new Option<string>("--years") { Description = "Years, comma-separated (e.g. 2015,2021).", Required = true };
        var seed = CommonOptions.Seed("Random seed (same options, same bytes).");
        var output = CommandFiles.Writes(
            new Option<string>("--out") { Description = "The BACI-format CSV to write (.csv or .csv.gz).", Required = true }
        );
        var command = new Command(
            "synth",
            "Write a synthetic BACI-format file (t,i,j,k,v,q; gravity-like totals, skewed product shares, most flows absent): "
                + "not real data, for trying the product commands and for benchmarks."
        )
        {
            countries,
            products,
            years,
            seed,
            output,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var text = parse.GetValue(years)!;
                    var parsed = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .Select(y =>
                            int.TryParse(y, out var v) && v is >= 1900 and <= 2100
                                ? v
                                : throw InputException.Argument("--years", text, "expected years such as 2015,2021")
                        )
                        .ToList();
                    var (n, k) = (parse.GetValue(countries), parse.GetValue(products));
                    if (n < 2 || k < 1)
                        throw new InputException("--countries must be at least 2 and --products at least 1");
                    var options = new SyntheticBaciOptions(n, k, parsed, parse.GetValue(seed));
                    var path = parse.GetValue(output)!;
                    var temporary = path + ".partial";
                    try
                    {
                        SyntheticBaci.WriteFile(temporary, options);
                        File.Move(temporary, path, overwrite: true);
                    }
                    catch (ArgumentOutOfRangeException e)
                    {
                        File.Delete(temporary);
                        throw new InputException($"db synth: {e.Message.Split('\n')[0]}");
                    }
                    return App.Ok;
                }
            )
        );
        return command;
    }

    private static Command Info(CliContext context)
    {
        var db = ProductStoreOptions.Db("The product store: a DuckDB file, or a directory of year=YYYY/*.parquet.");
        var reporting = new ReportOptions(context, OutputFormats.Markdown);
        var command = new Command(
            "info",
            "List the store's (source, year) imports: HS revision, rows, reporters, partners, products, "
                + "value total (US$), file and import time."
        )
        {
            db,
            reporting.Format,
            reporting.Out,
            reporting.Lang,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var target = reporting.Target(parse);
                    using var store = ProductStore.Open(parse.GetValue(db));
                    var info = store.Info();
                    var source = new Provenance(
                        new Bilingual("TradeScope product store", "хранилище товарных потоков TradeScope"),
                        info.Location
                    );
                    var document = Report(info).WithProvenance(context.Provenance([source]));
                    context.WriteReport(target, document);
                    return App.Ok;
                }
            )
        );
        return command;
    }

    private static Command Export(CliContext context)
    {
        var db = ProductStoreOptions.Db("The product store to export.");
        var parquet = CommandFiles.WritesInto(
            new Option<string>("--parquet")
            {
                Description =
                    "New or empty directory to write year=YYYY/*.parquet into (read by DuckDB, Polars, Arrow, Spark, and by --db DIR).",
                Required = true,
            }
        );
        var command = new Command("export", "Export the store to hive-partitioned Parquet (one folder per year).") { db, parquet };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    using var store = ProductStore.Open(parse.GetValue(db));
                    store.ExportParquet(parse.GetValue(parquet)!);
                    return App.Ok;
                }
            )
        );
        return command;
    }

    /// <summary>The <c>db info</c> table: one row per (source, year).</summary>
    internal static ReportDocument Report(ProductStoreInfo info)
    {
        ReportColumn[] columns =
        [
            ReportColumn.Txt("source", "Source", "Источник"),
            ReportColumn.Int("year", "Year", "Год"),
            ReportColumn.Txt("hs_revision", "HS revision", "Редакция ГС"),
            ReportColumn.Int("rows", "Rows", "Строк"),
            ReportColumn.Int("reporters", "Reporters", "Отчитывающихся стран"),
            ReportColumn.Int("partners", "Partners", "Партнёров"),
            ReportColumn.Int("products", "Products (HS6)", "Товаров (ГС6)"),
            ReportColumn.Num("value_total", "Value total, US$", "Стоимость, долл. США", "#,##0"),
            ReportColumn.Txt("file", "File", "Файл"),
            ReportColumn.Txt("imported_at", "Imported (UTC)", "Импортировано (UTC)"),
            ReportColumn.Txt("tradescope_version", "TradeScope version", "Версия TradeScope"),
        ];
        var rows = info
            .Imports.Select(e =>
                new object?[]
                {
                    e.Source,
                    (long)e.Year,
                    e.HsRevision is { } r ? "HS" + r.Year() : null,
                    e.Rows,
                    e.Reporters,
                    e.Partners,
                    e.Products,
                    e.ValueTotal,
                    e.File,
                    e.ImportedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                    e.Version,
                }
            )
            .ToList();
        var title = new Bilingual("Product store contents", "Содержимое хранилища товарных потоков");
        var table = new ReportTable("db_info", title, columns, rows)
        {
            Notes =
            [
                new Bilingual(
                    $"Store: {info.Location}{(info.Parquet ? " (Parquet, read-only)" : "")}. Values in US$ (BACI's thousands × 1000).",
                    $"Хранилище: {info.Location}{(info.Parquet ? " (Parquet, только чтение)" : "")}. "
                        + "Стоимость в долл. США (тыс. долл. BACI × 1000)."
                ),
            ],
        };
        return new ReportDocument(title, [new TableBlock(table.Validated())]);
    }
}
