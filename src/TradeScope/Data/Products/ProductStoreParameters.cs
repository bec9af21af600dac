namespace TradeScope.Data.Products;

/// <summary>
/// The names the product store gives its parameters in <see cref="Core.InputException.Argument"/> (the command line maps
/// each to its option in TradeScope.Cli.OptionNames; a test checks every constant has a row).
/// </summary>
public static class ProductStoreParameters
{
    /// <summary>The product store: a DuckDB file, or a directory of hive-partitioned Parquet (read-only).</summary>
    public const string Db = "db";

    /// <summary>The kind of file imported: baci, comtrade or tidy (<see cref="ProductSource"/>).</summary>
    public const string Source = "source";

    /// <summary>The HS vintage of the imported product codes (<see cref="Model.HsRevision"/>).</summary>
    public const string HsRevision = "hs-revision";

    /// <summary>The directory a Parquet export is written into.</summary>
    public const string Parquet = "parquet";
}
