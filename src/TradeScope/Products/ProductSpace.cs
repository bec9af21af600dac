namespace TradeScope.Products;

/// <summary>
/// Proximity between products, φ_pq = Σ_c M_cp M_cq / max(k_p, k_q) (Hidalgo, Klinger, Barabási and Hausmann 2007;
/// docs/methods/products.md#complexity): the smaller of the two conditional probabilities of exporting one product with
/// M_cp = 1 given the other. φ_pp = 1 for a product with exporters; NaN with <c>ZERO_DENOM</c> when neither product
/// has an exporter. Holds an N × N table: 200 MB for N = 5,000 products.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class ProductProximity
{
    private readonly double[] _values;

    private ProductProximity(IReadOnlyList<string> products, double[] values)
    {
        Products = products;
        _values = values;
    }

    /// <summary>Product codes (rows and columns).</summary>
    public IReadOnlyList<string> Products { get; }

    /// <summary>φ_pq.</summary>
    public ProductValue this[int product, int other] =>
        double.IsNaN(_values[product * Products.Count + other])
            ? ProductValue.NaN(ProductReason.ZeroDenominator)
            : ProductValue.Of(_values[product * Products.Count + other]);

    /// <summary>The proximity of the products of a complexity result (its M_cp and ubiquities).</summary>
    public static ProductProximity Of(ComplexityResult complexity)
    {
        var n = complexity.Products.Count;
        var together = new double[n * n];
        for (var c = 0; c < complexity.Countries.Count; c++)
        {
            var exported = Enumerable.Range(0, n).Where(p => complexity.Specialised(c, p)).ToArray();
            foreach (var p in exported)
                foreach (var q in exported)
                    together[p * n + q] += 1;
        }
        for (var p = 0; p < n; p++)
            for (var q = 0; q < n; q++)
            {
                var larger = Math.Max(complexity.Ubiquity[p], complexity.Ubiquity[q]);
                together[p * n + q] = larger == 0 ? double.NaN : together[p * n + q] / larger;
            }
        return new ProductProximity(complexity.Products, together);
    }

    /// <summary>
    /// Density ω_cp = Σ_q M_cq φ_pq / Σ_q φ_pq (Hausmann et al. 2014; docs/methods/products.md#complexity): how close
    /// country c's current exports are to product p, in [0, 1]; φ_pp = 1 counts in both sums (py-ecomplexity's
    /// convention). NaN with <c>ZERO_DENOM</c> for a product with no exporter.
    /// </summary>
    public CountryProductValues Density(ComplexityResult complexity)
    {
        if (!ReferenceEquals(complexity.Products, Products) && !complexity.Products.SequenceEqual(Products))
            throw new ArgumentException("the proximity was built for other products", nameof(complexity));
        var n = Products.Count;
        var rowSums = new double[n];
        for (var p = 0; p < n; p++)
            for (var q = 0; q < n; q++)
                if (!double.IsNaN(_values[p * n + q]))
                    rowSums[p] += _values[p * n + q];
        var countries = complexity.Countries.Count;
        var density = new ProductValue[countries * n];
        for (var c = 0; c < countries; c++)
        {
            var near = new double[n];
            for (var q = 0; q < n; q++)
            {
                if (!complexity.Specialised(c, q))
                    continue;
                for (var p = 0; p < n; p++)
                    if (!double.IsNaN(_values[p * n + q]))
                        near[p] += _values[p * n + q];
            }
            for (var p = 0; p < n; p++)
                density[c * n + p] = ProductValue.Ratio(near[p], rowSums[p]);
        }
        return new CountryProductValues(complexity.Countries, Products, density);
    }
}
