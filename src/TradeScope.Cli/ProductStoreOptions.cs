using System.CommandLine;
using TradeScope.Data.Products;

namespace TradeScope.Cli;

/// <summary>The options of commands that read the product store: <c>--db</c> and <c>--source</c>.</summary>
public static class ProductStoreOptions
{
    /// <summary><c>--db PATH</c>: a DuckDB store file, or a directory of hive-partitioned Parquet (read-only).</summary>
    public static Option<string?> Db(
        string help = "The product store: a DuckDB file, or a directory of Parquet files by year (read-only)."
    ) =>
        CommandFiles.Reads(
            new Option<string?>("--db")
            {
                Description =
                    $"{help} Default: ${ProductStore.EnvironmentVariable}, else $XDG_DATA_HOME/tradescope/products.duckdb, "
                    + "else ~/.local/share/tradescope/products.duckdb.",
            }
        );

    /// <summary><c>--source baci|comtrade|tidy</c>: which of the store's sources to read.</summary>
    public static Option<string?> Source() =>
        CommonOptions.OneOf(
            new Option<string?>("--source")
            {
                Description = "The store's source to read: baci|comtrade|tidy; default: the one source that holds the years.",
            },
            "baci",
            "comtrade",
            "tidy"
        );
}
