using System.CommandLine;
using System.Globalization;
using TradeScope.Core;
using TradeScope.Data.Products;
using TradeScope.Model;

namespace TradeScope.Cli.Commands;

/// <summary><c>tradescope import</c>: loads BACI, Comtrade or tidy HS6 files into the product store.</summary>
public sealed class ImportCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var source = CommonOptions.OneOf(
            new Option<string>("--source")
            {
                Description =
                    "Kind of file: baci (t,i,j,k,v,q; v in US$ thousand; no j = exports to the world), comtrade (the bundled "
                    + "Comtrade layout plus a cmd_code column) or tidy (year,reporter_iso3,partner_iso3,product,value; CSV or Parquet).",
                Required = true,
            },
            "baci",
            "comtrade",
            "tidy"
        );
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files to import (.csv, .csv.gz; tidy also .parquet).",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = ProductStoreOptions.Db("The product store (a DuckDB file, created if missing).");
        var revision = new Option<string?>("--hs-revision")
        {
            Description =
                "HS vintage of the product codes (HS92, HS96, HS02, HS07, HS12, HS17, HS22); default: from a BACI file name "
                + "such as BACI_HS02_Y2021_V202401.csv, else unknown (groupings by HS chapter and section still work).",
        };
        var command = new Command(
            "import",
            "Import HS6 trade flows into the product store. Each file is one transaction: a (source, year) already held is replaced, "
                + "and a failed or interrupted import leaves the store unchanged."
        )
        {
            source,
            files,
            db,
            revision,
        };
        command.SetAction(parse =>
            App.Guard(
                context,
                () =>
                {
                    var kind = ProductSources.Parse(parse.GetValue(source));
                    HsRevision? stated = null;
                    if (parse.GetValue(revision) is { } text)
                        stated = HsRevisions.TryParse(text, out var parsed)
                            ? parsed
                            : throw InputException.Argument(
                                ProductStoreParameters.HsRevision,
                                text,
                                "expected HS92, HS96, HS02, HS07, HS12, HS17 or HS22"
                            );
                    using var store = ProductStore.OpenForWriting(parse.GetValue(db));
                    using var writer = new StreamWriter(context.StandardOutput, leaveOpen: true);
                    foreach (var file in parse.GetValue(files)!)
                    {
                        var result = CliProgress.Run(
                            context,
                            progress => store.Import(new ProductImportRequest(file, kind, stated), progress)
                        );
                        foreach (var entry in result.Years)
                            writer.WriteLine(Summary(entry, result.Replaced.Contains(entry.Year)));
                    }
                    writer.WriteLine($"store: {store.Location}");
                    return App.Ok;
                }
            )
        );
        return command;
    }

    private static string Summary(ProductImportEntry entry, bool replaced) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(replaced ? "replaced" : "imported")} {entry.Source} {entry.Year}"
                + $" ({(entry.HsRevision is { } r ? "HS" + r.Year() : "HS revision unknown")}): {entry.Rows:N0} rows, "
                + $"{entry.Reporters} reporters, {entry.Partners} partners, {entry.Products} products, US$ {entry.ValueTotal:N0}"
        );
}
