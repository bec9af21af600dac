using TradeScope.Core;
using TradeScope.Data.Products;
using TradeScope.Model;
using TradeScope.Products;

namespace TradeScope.Analyses;

/// <summary>The request behind <c>tradescope products …</c>: one year of exports by country and product, from the
/// product store or a tidy file.</summary>
/// <param name="Year">The data year.</param>
/// <param name="DbPath">The product store; null = the default store (ignored when <paramref name="DataPath"/> is given).</param>
/// <param name="DataPath">A tidy CSV <c>country,product,value[,partner][,year]</c> in any code scheme; null = the store.</param>
/// <param name="By">A product grouping to aggregate HS6 codes to (e.g. <c>hs4</c>); null = the codes as stored.</param>
/// <param name="Source">The store's source (baci, comtrade, tidy); null = the one source holding the year.</param>
/// <param name="Reporter">The reporter of pair indices (similarity, complementarity), or a filter of country tables.</param>
/// <param name="Partner">The partner of pair indices; null = every other country.</param>
public sealed record ProductTablesRequest(
    int Year,
    string? DbPath = null,
    string? DataPath = null,
    string? By = null,
    string? Source = null,
    string? Reporter = null,
    string? Partner = null
);

/// <summary>RCA of one country in one product (docs/methods/products.md#rca).</summary>
public sealed record RcaRow(string Country, string Product, double Exports, ProductValue Rca, ProductValue Symmetric);

/// <summary>A pair index: export similarity or trade complementarity of <paramref name="Reporter"/> with
/// <paramref name="Partner"/>.</summary>
public sealed record PairRow(string Reporter, string Partner, ProductValue Value);

/// <summary>A product table and the data behind it.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Year">The data year (0 for a file without a year column).</param>
/// <param name="Products">What the product codes are (HS6, a grouping, or the file's own codes).</param>
public sealed record ProductTable<T>(int Year, Bilingual Products, IReadOnlyList<T> Rows, Provenance Source);

/// <summary>Product-level indices of one year (docs/methods/products.md): RCA, concentration, similarity,
/// complementarity and complexity, on data from the product store or a tidy file.</summary>
public static class ProductTablesWorkflow
{
    /// <summary>Balassa RCA and its symmetric form for every country and product (or the reporter only).</summary>
    public static ProductTable<RcaRow> Rca(ProductTablesRequest request)
    {
        var (rows, products, source) = Exports(request, byPartner: false);
        var matrix = Matrix(rows);
        var rca = Products.Rca.Balassa(matrix);
        var result = new List<RcaRow>();
        for (var c = 0; c < matrix.Countries.Count; c++)
        {
            if (request.Reporter is { } only && !matrix.Countries[c].Equals(only.Trim(), StringComparison.OrdinalIgnoreCase))
                continue;
            for (var k = 0; k < matrix.Products.Count; k++)
                if (matrix[c, k] > 0)
                    result.Add(
                        new RcaRow(matrix.Countries[c], matrix.Products[k], matrix[c, k], rca[c, k], Products.Rca.Symmetric(rca[c, k]))
                    );
        }
        RequireReporter(request, matrix);
        return new ProductTable<RcaRow>(request.Year, products, result, source);
    }

    /// <summary>Herfindahl–Hirschman concentration of every country's exports over products or over markets.</summary>
    public static ProductTable<CountryConcentration> Concentration(ProductTablesRequest request, ConcentrationScope scope)
    {
        var byMarket = scope == ConcentrationScope.Markets;
        var (rows, products, source) = Exports(request, byPartner: byMarket);
        var matrix = byMarket
            ? CountryProductMatrix.FromRows(rows.Select(r => new CountryProductValue(r.Reporter, r.Partner, r.Value)))
            : Matrix(rows);
        if (byMarket && matrix.Products.All(p => p == ProductStore.World))
            throw new InputException("market concentration needs exports by partner; the data hold exports to the world only");
        var result = Products.Concentration.OfCountries(matrix, scope);
        if (request.Reporter is { } only)
            result = [.. result.Where(r => r.Country.Equals(only.Trim(), StringComparison.OrdinalIgnoreCase))];
        return new ProductTable<CountryConcentration>(request.Year, products, result, source);
    }

    /// <summary>Finger–Kreinin export similarity of the reporter with the partner (or every other country).</summary>
    public static ProductTable<PairRow> Similarity(ProductTablesRequest request)
    {
        var (rows, products, source) = Exports(request, byPartner: false);
        var matrix = Matrix(rows);
        var reporter = RequireReporter(request, matrix);
        var partners = Partners(request, matrix.Countries, reporter);
        var result = partners.Select(p => new PairRow(reporter, p, StructureComparison.ExportSimilarity(matrix, reporter, p))).ToList();
        return new ProductTable<PairRow>(request.Year, products, result, source);
    }

    /// <summary>Trade complementarity (WITS) of the reporter's exports with the partner's imports (or every other
    /// country's); imports are the partners' imports as the exporters report them (mirror flows).</summary>
    public static ProductTable<PairRow> Complementarity(ProductTablesRequest request)
    {
        var (rows, products, source) = Exports(request, byPartner: true);
        if (rows.All(r => r.Partner == ProductStore.World))
            throw new InputException(
                "trade complementarity needs the partners' imports (exports by partner); the data hold exports to the world only"
            );
        var exports = Matrix(rows);
        var imports = CountryProductMatrix.FromRows(
            rows.Where(r => r.Partner != ProductStore.World).Select(r => new CountryProductValue(r.Partner, r.Product, r.Value))
        );
        var reporter = RequireReporter(request, exports);
        var partners = Partners(request, imports.Countries, reporter);
        var result = partners
            .Select(p => new PairRow(reporter, p, StructureComparison.Complementarity(exports, imports, reporter, p)))
            .ToList();
        return new ProductTable<PairRow>(request.Year, products, result, source);
    }

    /// <summary>Economic and product complexity (eigenvector method, Atlas conventions).</summary>
    public static ProductTable<ComplexityResult> Complexity(ProductTablesRequest request, ComplexityMethod method)
    {
        var (rows, products, source) = Exports(request, byPartner: false);
        var result = Products.Complexity.Compute(Matrix(rows), method);
        return new ProductTable<ComplexityResult>(request.Year, products, [result], source);
    }

    private static CountryProductMatrix Matrix(IEnumerable<ProductFlowTotal> rows) =>
        CountryProductMatrix.FromRows(rows.Select(r => new CountryProductValue(r.Reporter, r.Product, r.Value)));

    private static string RequireReporter(ProductTablesRequest request, CountryProductMatrix matrix)
    {
        var reporter = request.Reporter?.Trim() ?? "";
        if (reporter.Length == 0 && request.Reporter is null)
            return "";
        var i = matrix.Countries.ToList().FindIndex(c => c.Equals(reporter, StringComparison.OrdinalIgnoreCase));
        return i >= 0
            ? matrix.Countries[i]
            : throw InputException.Argument(
                AnalysesParameters.Reporter,
                request.Reporter,
                $"has no exports in the data for {request.Year}; check the code or the year"
            );
    }

    private static IReadOnlyList<string> Partners(ProductTablesRequest request, IReadOnlyList<string> countries, string reporter)
    {
        if (reporter.Length == 0)
            throw InputException.Argument(AnalysesParameters.Reporter, null, "is required for a pair index");
        if (request.Partner is null)
            return [.. countries.Where(c => c != reporter && c != ProductStore.World)];
        var partner = countries.FirstOrDefault(c => c.Equals(request.Partner.Trim(), StringComparison.OrdinalIgnoreCase));
        return partner is not null
            ? [partner]
            : throw InputException.Argument(AnalysesParameters.Partner, request.Partner, $"not in the data for {request.Year}");
    }

    /// <summary>The rows of the year from the file or the store, aggregated to the grouping when one is given.</summary>
    private static (IReadOnlyList<ProductFlowTotal> Rows, Bilingual Products, Provenance Source) Exports(
        ProductTablesRequest request,
        bool byPartner
    )
    {
        var selection = request.By is null ? null : ProductGroupings.Parse(request.By, AnalysesParameters.By, groupsAllowed: true);
        if (request.DataPath is { } path)
        {
            var rows = CountryProductFile.Load(path, request.Year);
            if (selection is not null)
            {
                var map = selection.MapFor(null);
                rows =
                [
                    .. rows.Select(r => r with { Product = map.GroupOf(r.Product) ?? "" })
                        .Where(r => r.Product.Length > 0)
                        .GroupBy(r => (r.Year, r.Reporter, r.Partner, r.Product))
                        .Select(g => g.First() with { Value = g.Sum(r => r.Value) }),
                ];
            }
            if (!byPartner)
                rows =
                [
                    .. rows.GroupBy(r => (r.Reporter, r.Product))
                        .Select(g => g.First() with { Partner = ProductStore.World, Value = g.Sum(r => r.Value) }),
                ];
            var products = selection is null ? Bilingual.Same("codes of the file") : Named(selection);
            return (
                rows,
                products,
                new Provenance(
                    new Bilingual("tidy file of exports by country and " +
                        "" + "product", "файл экспорта по странам и товарам"),
                    path
                )
            );
        }
        using var store = ProductStore.Open(request.DbPath);
        var stored = store.Totals([request.Year], selection is null ? null : selection.MapFor, byPartner, reporters: null, request.Source);
        var source = new Provenance(
            new Bilingual("Product store (HS6, " +
                "" + "US$)", "Хранилище товарных данных (ТН ВЭД 6 знаков, долл. США)"),
            store.Location
        );
        return (stored, selection is null ? Bilingual.Same("HS6") : Named(selection), source);
    }

    private static Bilingual Named(ProductSelection selection) => new(selection.Grouping.NameEn, selection.Grouping.NameRu);
}
