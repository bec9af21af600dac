using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Products;

namespace TradeScope.Analyses;

/// <summary>The request behind the <c>indices</c>, <c>blocs</c> and <c>screen</c> commands, as typed by the user.</summary>
/// <param name="Reporter">ISO3 code of the reporter (validated against the country registry).</param>
/// <param name="Year">The data year.</param>
/// <param name="DataPath">A trade file (tidy or Comtrade layout, CSV/.gz/Parquet); null = the bundled UN Comtrade data.</param>
/// <param name="GroupsPath">A CSV or JSON file of user groups (docs/groups.md) added to the bundled blocs; null = bundled blocs
/// only.</param>
/// <param name="FromYear">Base year of period and annualised growth of the flows (<c>--from</c>); null for none.</param>
/// <param name="DbPath">Read the flows from this product store (<c>--db</c>) instead of a trade file.</param>
/// <param name="Products">A product filter such as <c>hs-section:VI</c> (<c>--products</c>): the indices are computed on
/// exports of these products only, summed in the product store (the default store when <paramref name="DbPath"/> is
/// null).</param>
/// <param name="Source">The product store's source (baci, comtrade, tidy); null = the one source holding the years.</param>
public sealed record IndicesRequest(
    string? Reporter,
    int Year,
    string? DataPath = null,
    string? GroupsPath = null,
    int? FromYear = null,
    string? DbPath = null,
    string? Products = null,
    string? Source = null
);

/// <summary>Loads the data a request needs and computes the reporter's indices (one call for the command line).</summary>
public static class IndicesWorkflow
{
    /// <summary>
    /// Validates the reporter code, loads the year (and the previous year, for growth rates, when the data hold it) from the
    /// bundled data or <see cref="IndicesRequest.DataPath"/>, and computes <see cref="ReporterIndices"/>.
    /// </summary>
    /// <exception cref="InputException">Unknown or malformed ISO3 code, missing or malformed file, year not in the data,
    /// reporter without exports in the year: one line naming the argument or file:line.</exception>
    /// <param name="request">What the user asked for.</param>
    /// <param name="progress">Progress of reading the bundled data (see <see cref="ComtradeBundled.Load"/>).</param>
    public static ReporterIndices Run(IndicesRequest request, IProgress<ProgressStep>? progress = null)
    {
        var countries = CountryRegistry.Default;
        var reporter = countries.Parse(request.Reporter, AnalysesParameters.Reporter);
        var groups = request.GroupsPath is null
            ? GroupRegistry.Default
            : GroupRegistry.Default.WithUserGroups(request.GroupsPath, countries);
        if (request.DbPath is not null || request.Products is not null)
        {
            if (request.DataPath is not null)
                throw InputException.Argument(
                    AnalysesParameters.Products,
                    request.Products ?? request.DbPath,
                    $"reads the product store; drop {InputException.Mention(DataParameters.Data)} (a trade file has no products to filter)"
                );
            var selection = request.Products is null
                ? null
                : ProductGroupings.Parse(request.Products, AnalysesParameters.Products, groupsAllowed: true);
            using var store = ProductStore.Open(request.DbPath);
            int?[] years = [request.FromYear, request.Year - 1, request.Year];
            var stored = ProductTradeData.Load(store, [.. years.OfType<int>().Distinct().Order()], selection, request.Source);
            return ReporterIndices.Compute(stored, reporter, request.Year, countries, groups, fromYear: request.FromYear);
        }
        // Bundled data: read only the year, the one before it (year-on-year growth) and the --from year; a user file is read whole.
        TradeLoadOptions? options = null;
        if (request.DataPath is null)
        {
            if (request.FromYear is { } f && !ComtradeBundled.Years.Contains(f))
                throw InputException.Argument(
                    AnalysesParameters.From,
                    f.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"year not in the bundled data ({ComtradeBundled.Years[0]}-{ComtradeBundled.Years[^1]})"
                );
            int?[] wanted = [request.FromYear, ComtradeBundled.Years.Contains(request.Year - 1) ? request.Year - 1 : null, request.Year];
            options = new TradeLoadOptions(Years: wanted.OfType<int>().Distinct().Order().ToList());
        }
        var data = TradeDataset.Open(request.DataPath, options, progress);
        return ReporterIndices.Compute(data, reporter, request.Year, countries, groups, fromYear: request.FromYear);
    }
}
