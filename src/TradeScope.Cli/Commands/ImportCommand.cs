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
                    var path = parse.GetValue(db) ?? ProductStore.DefaultPath();
                    var created = !File.Exists(path);
                    var imported = false;
                    try
                    {
                        using var store = ProductStore.OpenForWriting(path);
                        using var writer = new StreamWriter(context.StandardOutput, leaveOpen: true);
                        foreach (var file in parse.GetValue(files)!)
                        {
                            var request = new ProductImportRequest(file, kind, stated);
                            var result = CliProgress.Run(context, progress => store.Import(request, progress));
                            imported = true;
                            foreach (var entry in result.Years)
                                writer.WriteLine(Summary(entry, result.Replaced.Contains(entry.Year)));
                        }
                        writer.WriteLine($"store: {store.Location}");
                    }
                    catch when (created && !imported)
                    {
                        // A store this run created and filled with nothing is removed: a failed import leaves no trace.
                        Remove(path);
                        throw;
                    }
                    return App.Ok;
                }
            )
        );
        return command;
    }

    private static void Remove(string path)
    {
        foreach (var file in new[] { path, path + ".wal" })
            if (File.Exists(file))
                File.Delete(file);
        if (Directory.Exists(path + ".tmp"))
            Directory.Delete(path + ".tmp", recursive: true);
    }

    private static string Summary(ProductImportEntry entry, bool replaced) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(replaced ? "replaced" : "imported")} {entry.Source} {entry.Year}"
                + $" ({(entry.HsRevision is { } r ? "HS" + r.Year() : "HS revision unknown")}): {entry.Rows:N0} rows, "
                + $"{entry.Reporters} reporters, {entry.Partners} partners, {entry.Products} products, US$ {entry.ValueTotal:N0}"
        );
}
