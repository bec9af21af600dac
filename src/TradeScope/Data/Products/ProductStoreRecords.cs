using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>The kind of file a product-level import reads.</summary>
public enum ProductSource
{
    /// <summary>CEPII BACI CSV: <c>t,i,j,k,v,q</c> (values in US$ thousand, numeric country codes; no <c>j</c> = exports to
    /// the world).</summary>
    Baci,

    /// <summary>UN Comtrade CSV in the layout of the bundled files plus a commodity-code column (values in US$).</summary>
    Comtrade,

    /// <summary>Tidy CSV or Parquet <c>year,reporter_iso3,partner_iso3,product,value</c> (values in US$).</summary>
    Tidy,
}

/// <summary>Names of <see cref="ProductSource"/> values as the store records them ("baci", "comtrade", "tidy").</summary>
public static class ProductSources
{
    /// <summary>The stored name.</summary>
    public static string Name(this ProductSource source) => source.ToString().ToLowerInvariant();

    /// <summary>Parses a stored or user-given name (case-insensitive).</summary>
    /// <exception cref="InputException">Not one of baci, comtrade, tidy.</exception>
    public static ProductSource Parse(string? text)
    {
        foreach (var source in Enum.GetValues<ProductSource>())
            if (string.Equals(source.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
                return source;
        throw InputException.Argument(ProductStoreParameters.Source, text, "expected baci, comtrade or tidy");
    }
}

/// <summary>
/// One (source, year) held by the store: what was imported, from which file and when. Counts and the value total
/// are taken when the year is imported (for a Parquet store, computed from the data).
/// </summary>
/// <param name="Source">baci, comtrade or tidy.</param>
/// <param name="HsRevision">The HS vintage of the product codes, or null when unknown.</param>
/// <param name="Rows">Flows (reporter × partner × product rows).</param>
/// <param name="ValueTotal">Sum of the values, US$.</param>
/// <param name="File">The imported file (full path), or null when unknown.</param>
/// <param name="ImportedAt">When the import committed (UTC), or null when unknown.</param>
/// <param name="Version">The TradeScope version that imported it, or null when unknown.</param>
public sealed record ProductImportEntry(
    string Source,
    int Year,
    HsRevision? HsRevision,
    long Rows,
    long Reporters,
    long Partners,
    long Products,
    double ValueTotal,
    string? File,
    DateTimeOffset? ImportedAt,
    string? Version
);

/// <summary>What a product store holds (<c>tradescope db info</c>).</summary>
/// <param name="Location">The database file or Parquet directory.</param>
/// <param name="Parquet">True for a directory of Parquet files (read-only).</param>
/// <param name="Imports">One entry per (source, year), ordered by source and year.</param>
public sealed record ProductStoreInfo(string Location, bool Parquet, IReadOnlyList<ProductImportEntry> Imports);

/// <summary>The outcome of importing one file: the (source, year) entries written and the years that replaced earlier imports.</summary>
public sealed record ProductImportResult(string File, IReadOnlyList<ProductImportEntry> Years, IReadOnlyList<int> Replaced);

/// <summary>What to import: the file, its kind, and the HS vintage if the user states it.</summary>
/// <param name="HsRevision">Stated vintage; null = read from a BACI file name (<c>BACI_HS02_Y2021_V202401.csv</c>) or unknown.</param>
public sealed record ProductImportRequest(string File, ProductSource Source, HsRevision? HsRevision = null);
