using System.CommandLine;
using TradeScope.Core;
using TradeScope.Data.Products;
using TradeScope.Model;
using TradeScope.Reports;
using TradeScope.Reports.Formats;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope db info|export</c>: what the product store holds, and its export to hive-partitioned Parquet.</summary>
public sealed class DbCommand : ICliCommand
{
    public Command Build(CliContext context) =>
        new("db", "The product store: list what it holds, or export it to Parquet.") { Info(context), Export(context) };

    private static Command Info(CliContext context)
    {
        var db = ProductStoreOptions.Db("The product store: a DuckDB file, or a directory of year=YYYY/*.parquet.");
        var format = CommonOptions.Format(context.Formats.All);
        var output = CommonOptions.Out(context.Formats);
        var lang = CommonOptions.Lang();
        var command = new Command(
            "info",
            "List the store's (source, year) imports: HS revision, rows, reporters, partners, products, "
                + "value total (US$), file and import time."
        )
        {
            db,
            format,
            output,
            lang,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var outPath = parse.GetValue(output);
                    var resolved = CommonOptions.ResolveFormat(parse.GetValue(format), outPath, OutputFormats.Markdown, context.Formats);
                    using var store = ProductStore.Open(parse.GetValue(db));
                    var info = store.Info();
                    var source = new Provenance(
                        new Bilingual("TradeScope product store", "хранилище товарных потоков TradeScope"),
                        info.Location
                    );
                    var document = Report(info).WithProvenance(context.Provenance([source]));
                    context.WriteReport(outPath, document, resolved, CommonOptions.ParseLanguage(parse.GetValue(lang)));
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
