using TradeScope.Core;

namespace TradeScope.Products;

/// <summary>One value of a tidy country × product table: exports (or imports) of <see cref="Country"/> in
/// <see cref="Product"/>. Codes may follow any scheme (ISO3, M49, HS6, a group code).</summary>
public readonly record struct CountryProductValue(string Country, string Product, double Value);

/// <summary>
/// A country × product table of one flow in one year (docs/methods/products.md#product-notation): exports x_ck, or
/// imports m_jk, or — with market codes in place of products — exports by destination x_cj. Codes are sorted
/// ordinally; values are finite and not negative; absent cells are 0. Totals are over the countries and products of
/// the table (the world is the table's own reporter universe).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class CountryProductMatrix
{
    private readonly double[] _values;
    private readonly double[] _countryTotals;
    private readonly double[] _productTotals;
    private readonly Dictionary<string, int> _countryIndex;
    private readonly Dictionary<string, int> _productIndex;

    private CountryProductMatrix(string[] countries, string[] products, double[] values)
    {
        Countries = countries;
        Products = products;
        _values = values;
        _countryIndex = Index(countries);
        _productIndex = Index(products);
        _countryTotals = new double[countries.Length];
        _productTotals = new double[products.Length];
        for (var c = 0; c < countries.Length; c++)
            for (var p = 0; p < products.Length; p++)
            {
                var value = values[c * products.Length + p];
                _countryTotals[c] += value;
                _productTotals[p] += value;
            }
        Total = _countryTotals.Sum();
    }

    /// <summary>Country codes, sorted ordinally (the rows).</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Product (or market) codes, sorted ordinally (the columns).</summary>
    public IReadOnlyList<string> Products { get; }

    /// <summary>The value of a cell.</summary>
    public double this[int country, int product] => _values[country * Products.Count + product];

    /// <summary>A country's row: its values in the order of <see cref="Products"/>.</summary>
    public ReadOnlySpan<double> Row(int country) => _values.AsSpan(country * Products.Count, Products.Count);

    /// <summary>X_c = Σ_k x_ck.</summary>
    public double CountryTotal(int country) => _countryTotals[country];

    /// <summary>x_wk = Σ_c x_ck.</summary>
    public double ProductTotal(int product) => _productTotals[product];

    /// <summary>X_w = Σ_c Σ_k x_ck.</summary>
    public double Total { get; }

    /// <summary>The row of a country code, or −1 when the country is not in the table.</summary>
    public int IndexOfCountry(string country) => _countryIndex.GetValueOrDefault(country, -1);

    /// <summary>The column of a product code, or −1 when the product is not in the table.</summary>
    public int IndexOfProduct(string product) => _productIndex.GetValueOrDefault(product, -1);

    /// <summary>
    /// The table of tidy rows, duplicates (the same country and product) summed.
    /// </summary>
    /// <exception cref="InputException">A code is empty, or a value is negative, infinite or NaN.</exception>
    public static CountryProductMatrix FromRows(IEnumerable<CountryProductValue> rows)
    {
        // Codes get provisional indices in order of appearance; cells are summed under those, then remapped to the
        // ordinal order of the codes.
        var countryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var productIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var sums = new Dictionary<(int Country, int Product), double>();
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Country) || string.IsNullOrWhiteSpace(row.Product))
                throw new InputException($"country '{row.Country}', product '{row.Product}': a code is empty; give every row both codes");
            if (!double.IsFinite(row.Value) || row.Value < 0)
                throw new InputException(
                    $"country '{row.Country}', product '{row.Product}': value {row.Value} is not a finite number of zero or more"
                );
            var key = (Id(countryIds, row.Country), Id(productIds, row.Product));
            sums[key] = sums.GetValueOrDefault(key) + row.Value;
        }
        var countries = countryIds.Keys.Order(StringComparer.Ordinal).ToArray();
        var products = productIds.Keys.Order(StringComparer.Ordinal).ToArray();
        var countryIndex = Index(countries);
        var productIndex = Index(products);
        var countryOrder = countryIds.OrderBy(p => p.Value).Select(p => countryIndex[p.Key]).ToArray();
        var productOrder = productIds.OrderBy(p => p.Value).Select(p => productIndex[p.Key]).ToArray();
        var values = new double[countries.Length * products.Length];
        foreach (var ((country, product), value) in sums)
            values[countryOrder[country] * products.Length + productOrder[product]] = value;
        return new CountryProductMatrix(countries, products, values);
    }

    private static int Id(Dictionary<string, int> ids, string code)
    {
        if (!ids.TryGetValue(code, out var id))
        {
            id = ids.Count;
            ids[code] = id;
        }
        return id;
    }

    private static Dictionary<string, int> Index(string[] codes)
    {
        var index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
            index[codes[i]] = i;
        return index;
    }
}

/// <summary>An index value for every cell of a <see cref="CountryProductMatrix"/> (e.g. RCA), rows in the order of
/// <see cref="Countries"/>, columns in the order of <see cref="Products"/>.</summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class CountryProductValues
{
    private readonly ProductValue[] _values;

    internal CountryProductValues(IReadOnlyList<string> countries, IReadOnlyList<string> products, ProductValue[] values)
    {
        if (values.Length != countries.Count * products.Count)
            throw new ArgumentException($"expected {countries.Count}×{products.Count} values, got {values.Length}", nameof(values));
        Countries = countries;
        Products = products;
        _values = values;
    }

    /// <summary>Country codes (the rows).</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Product codes (the columns).</summary>
    public IReadOnlyList<string> Products { get; }

    /// <summary>The value of a cell.</summary>
    public ProductValue this[int country, int product] => _values[country * Products.Count + product];

    /// <summary>The same table with every computed value transformed (NaN values keep their reasons).</summary>
    public CountryProductValues Select(Func<double, ProductValue> transform) =>
        new(Countries, Products, _values.Select(v => v.HasValue ? transform(v.Value) : v).ToArray());
}
