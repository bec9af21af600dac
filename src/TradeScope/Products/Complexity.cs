using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace TradeScope.Products;

/// <summary>How the complexity eigenvector is found (docs/methods/products.md#complexity).</summary>
public enum ComplexityMethod
{
    /// <summary>Eigen-decomposition of the symmetric form D^{-1/2} M U⁻¹ Mᵀ D^{-1/2} (default; Atlas, py-ecomplexity).</summary>
    Eigenvector,

    /// <summary>The method of reflections (Hidalgo and Hausmann 2009): k_c,N = (1/k_c) Σ_p M_cp k_p,N−1,
    /// k_p,N = (1/k_p) Σ_c M_cp k_c,N−1, iterated from k_c,0 = diversity until the country vector converges; each
    /// step removes the diversity-weighted mean (the component along the constant eigenvector) and rescales.
    /// Converges to the same ECI and PCI as <see cref="Eigenvector"/>.</summary>
    Reflections,
}

/// <summary>
/// Economic and product complexity of one year's country × product table (docs/methods/products.md#complexity):
/// binary specialisation M_cp, diversity, ubiquity, ECI and PCI. ECI is the eigenvector of the second-largest
/// eigenvalue of M̃ = D⁻¹ M U⁻¹ Mᵀ signed to correlate positively with diversity; PCI = U⁻¹ Mᵀ ECI / λ; both are
/// standardised with the ECI's mean and population standard deviation, so a country's ECI is the mean PCI of the
/// products it exports with M_cp = 1 (Hidalgo and Hausmann 2009; Hausmann et al. 2014; py-ecomplexity).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class ComplexityResult
{
    private readonly bool[] _specialised;

    internal ComplexityResult(
        IReadOnlyList<string> countries,
        IReadOnlyList<string> products,
        bool[] specialised,
        int[] diversity,
        int[] ubiquity,
        ProductValue[] eci,
        ProductValue[] pci,
        ProductValue eigenvalue
    )
    {
        Countries = countries;
        Products = products;
        _specialised = specialised;
        Diversity = diversity;
        Ubiquity = ubiquity;
        Eci = eci;
        Pci = pci;
        Eigenvalue = eigenvalue;
    }

    /// <summary>Country codes, in the order of <see cref="Eci"/> and <see cref="Diversity"/>.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Product codes, in the order of <see cref="Pci"/> and <see cref="Ubiquity"/>.</summary>
    public IReadOnlyList<string> Products { get; }

    /// <summary>M_cp: true when country c exports product p with RCA ≥ 1 (the threshold is inclusive).</summary>
    public bool Specialised(int country, int product) => _specialised[country * Products.Count + product];

    /// <summary>Diversity k_c = Σ_p M_cp.</summary>
    public IReadOnlyList<int> Diversity { get; }

    /// <summary>Ubiquity k_p = Σ_c M_cp.</summary>
    public IReadOnlyList<int> Ubiquity { get; }

    /// <summary>Economic complexity index per country: NaN with <c>ZERO_DENOM</c> for a country with diversity 0 (no
    /// exports), <c>DEGENERATE_SPECTRUM</c> or <c>NOT_CONVERGED</c> for every country when the eigenvector is undefined.</summary>
    public IReadOnlyList<ProductValue> Eci { get; }

    /// <summary>Product complexity index per product, on the ECI's scale: NaN with <c>ZERO_DENOM</c> for a product with
    /// ubiquity 0 (no world exports), and for all as <see cref="Eci"/>.</summary>
    public IReadOnlyList<ProductValue> Pci { get; }

    /// <summary>λ, the second-largest eigenvalue of M̃ (or NaN with the reason the ECI is undefined).</summary>
    public ProductValue Eigenvalue { get; }
}

/// <summary>Economic and product complexity (docs/methods/products.md#complexity).</summary>
public static class Complexity
{
    /// <summary>Relative gap under which two eigenvalues count as equal.</summary>
    private const double EigenvalueTolerance = 1e-9;

    /// <summary>
    /// ECI and PCI of an export table, M_cp = 1{RCA_cp ≥ 1} with Balassa's RCA over the table's countries
    /// (docs/methods/products.md#complexity).
    /// </summary>
    public static ComplexityResult Compute(CountryProductMatrix exports, ComplexityMethod method = ComplexityMethod.Eigenvector)
    {
        var rca = Rca.Balassa(exports);
        var specialised = new bool[exports.Countries.Count * exports.Products.Count];
        for (var c = 0; c < exports.Countries.Count; c++)
            for (var p = 0; p < exports.Products.Count; p++)
                specialised[c * exports.Products.Count + p] = rca[c, p].HasValue && rca[c, p].Value >= 1;
        return FromSpecialisation(exports.Countries, exports.Products, specialised, method);
    }

    /// <summary>
    /// ECI and PCI of a given binary matrix M_cp (row-major, countries × products), e.g. one built with another RCA
    /// threshold or from another specialisation measure (docs/methods/products.md#complexity).
    /// </summary>
    public static ComplexityResult FromSpecialisation(
        IReadOnlyList<string> countries,
        IReadOnlyList<string> products,
        bool[] specialised,
        ComplexityMethod method = ComplexityMethod.Eigenvector
    )
    {
        if (specialised.Length != countries.Count * products.Count)
            throw new ArgumentException($"expected {countries.Count}×{products.Count} values", nameof(specialised));
        var n = countries.Count;
        var m = products.Count;
        var copy = (bool[])specialised.Clone();
        var diversity = new int[n];
        var ubiquity = new int[m];
        for (var c = 0; c < n; c++)
            for (var p = 0; p < m; p++)
                if (copy[c * m + p])
                {
                    diversity[c]++;
                    ubiquity[p]++;
                }
        var network = new Network(copy, diversity, ubiquity, m);
        var (vector, eigenvalue) = method == ComplexityMethod.Eigenvector ? network.SecondEigenvector() : network.Reflections();
        var eci = new ProductValue[n];
        var pci = new ProductValue[m];
        if (vector is null || !eigenvalue.HasValue)
        {
            var reason = eigenvalue.HasValue ? ProductReason.DegenerateSpectrum : eigenvalue.Reason;
            for (var c = 0; c < n; c++)
                eci[c] = ProductValue.NaN(diversity[c] == 0 ? ProductReason.ZeroDenominator : reason);
            for (var p = 0; p < m; p++)
                pci[p] = ProductValue.NaN(ubiquity[p] == 0 ? ProductReason.ZeroDenominator : reason);
            return new ComplexityResult(countries, products, copy, diversity, ubiquity, eci, pci, ProductValue.NaN(reason));
        }
        Standardise(network, vector, eigenvalue.Value, eci, pci);
        return new ComplexityResult(countries, products, copy, diversity, ubiquity, eci, pci, eigenvalue);
    }

    /// <summary>Signs the country vector by its correlation with diversity, derives the product vector
    /// U⁻¹ Mᵀ v / λ, and standardises both with the mean and population standard deviation of the country vector.</summary>
    private static void Standardise(Network network, double[] vector, double eigenvalue, ProductValue[] eci, ProductValue[] pci)
    {
        var inGraph = Enumerable.Range(0, vector.Length).Where(c => network.Diversity[c] > 0).ToArray();
        var meanV = inGraph.Average(c => vector[c]);
        var meanK = inGraph.Average(c => (double)network.Diversity[c]);
        var covariance = inGraph.Sum(c => (vector[c] - meanV) * (network.Diversity[c] - meanK));
        var sign = covariance < 0 ? -1.0 : 1.0;
        var sd = Math.Sqrt(inGraph.Average(c => (vector[c] - meanV) * (vector[c] - meanV)));
        var products = network.ProductAverages(vector);
        for (var c = 0; c < eci.Length; c++)
            eci[c] = network.Diversity[c] == 0 ? ProductValue.NaN(ProductReason.ZeroDenominator)
                : ProductValue.Of(sign * (vector[c] - meanV) / sd);
        for (var p = 0; p < pci.Length; p++)
            pci[p] = network.Ubiquity[p] == 0 ? ProductValue.NaN(ProductReason.ZeroDenominator)
                : ProductValue.Of(sign * (products[p] / eigenvalue - meanV) / sd);
    }

    /// <summary>The bipartite country–product network of M_cp with its degrees.</summary>
    private sealed class Network(bool[] specialised, int[] diversity, int[] ubiquity, int productCount)
    {
        public int[] Diversity => diversity;

        public int[] Ubiquity => ubiquity;

        /// <summary>(U⁻¹ Mᵀ v)_p: the mean of v over the countries that export p (0 for a product nobody exports).</summary>
        public double[] ProductAverages(double[] v)
        {
            var result = new double[productCount];
            for (var c = 0; c < diversity.Length; c++)
                for (var p = 0; p < productCount; p++)
                    if (specialised[c * productCount + p])
                        result[p] += v[c];
            for (var p = 0; p < productCount; p++)
                result[p] = ubiquity[p] == 0 ? 0 : result[p] / ubiquity[p];
            return result;
        }

        /// <summary>(M̃ v)_c = (D⁻¹ M U⁻¹ Mᵀ v)_c: the mean over c's products of their mean over countries.</summary>
        public double[] Reflect(double[] v)
        {
            var products = ProductAverages(v);
            var result = new double[diversity.Length];
            for (var c = 0; c < diversity.Length; c++)
            {
                if (diversity[c] == 0)
                    continue;
                double sum = 0;
                for (var p = 0; p < productCount; p++)
                    if (specialised[c * productCount + p])
                        sum += products[p];
                result[c] = sum / diversity[c];
            }
            return result;
        }

        private int[] InGraph() => Enumerable.Range(0, diversity.Length).Where(c => diversity[c] > 0).ToArray();

        /// <summary>
        /// The eigenvector of the second-largest eigenvalue of M̃, from the symmetric matrix
        /// S = D^{-1/2} M U⁻¹ Mᵀ D^{-1/2} (similar to M̃; v = D^{-1/2} w for an eigenvector w of S). MathNet's symmetric
        /// eigensolver gives every eigenvalue, so a disconnected network (λ₂ = 1), a repeated λ₂ = λ₃ or λ₂ = 0 are seen.
        /// </summary>
        public (double[]? Vector, ProductValue Eigenvalue) SecondEigenvector()
        {
            var rows = InGraph();
            if (rows.Length < 2)
                return (null, ProductValue.NaN(ProductReason.DegenerateSpectrum));
            var s = Matrix<double>.Build.Dense(rows.Length, rows.Length);
            for (var p = 0; p < productCount; p++)
            {
                if (ubiquity[p] == 0)
                    continue;
                var exporters = Enumerable.Range(0, rows.Length).Where(a => specialised[rows[a] * productCount + p]).ToArray();
                foreach (var a in exporters)
                    foreach (var b in exporters)
                        s[a, b] += 1.0 / ubiquity[p];
            }
            for (var a = 0; a < rows.Length; a++)
                for (var b = 0; b < rows.Length; b++)
                    s[a, b] /= Math.Sqrt((double)diversity[rows[a]] * diversity[rows[b]]);
            var evd = s.Evd(Symmetricity.Symmetric);
            var order = Enumerable.Range(0, rows.Length).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
            var lambda1 = evd.EigenValues[order[0]].Real;
            var lambda2 = evd.EigenValues[order[1]].Real;
            var lambda3 = rows.Length > 2 ? evd.EigenValues[order[2]].Real : double.NegativeInfinity;
            if (lambda1 - lambda2 <= EigenvalueTolerance || lambda2 - lambda3 <= EigenvalueTolerance || lambda2 <= EigenvalueTolerance)
                return (null, ProductValue.NaN(ProductReason.DegenerateSpectrum));
            var vector = new double[diversity.Length];
            for (var a = 0; a < rows.Length; a++)
                vector[rows[a]] = evd.EigenVectors[a, order[1]] / Math.Sqrt(diversity[rows[a]]);
            return (vector, ProductValue.Of(lambda2));
        }

        /// <summary>
        /// The same eigenvector by the method of reflections: power iteration on M̃ from the diversity vector, removing
        /// at each step the diversity-weighted mean (M̃ is self-adjoint for the inner product weighted by k_c, so this
        /// projection removes exactly the constant eigenvector; a plain mean would not) and rescaling to unit norm.
        /// </summary>
        public (double[]? Vector, ProductValue Eigenvalue) Reflections(int maxIterations = 100_000, double tolerance = 1e-13)
        {
            var rows = InGraph();
            if (rows.Length < 2)
                return (null, ProductValue.NaN(ProductReason.DegenerateSpectrum));
            var v = Deflate(diversity.Select(k => (double)k).ToArray());
            if (v is null)
            { // every country equally diverse: start from an alternating vector instead
                v = Deflate(Enumerable.Range(0, diversity.Length).Select(c => c % 2 == 0 ? 1.0 : -1.0).ToArray());
                if (v is null)
                    return (null, ProductValue.NaN(ProductReason.DegenerateSpectrum));
            }
            for (var iteration = 0; iteration < maxIterations; iteration++)
            {
                var next = Deflate(Reflect(v));
                if (next is null)
                    return (null, ProductValue.NaN(ProductReason.DegenerateSpectrum));
                var change = Math.Sqrt(next.Zip(v, (a, b) => (a - b) * (a - b)).Sum());
                v = next;
                if (change < tolerance)
                {
                    // λ as the Rayleigh quotient in the k_c-weighted inner product: ⟨v, M̃v⟩_D / ⟨v, v⟩_D.
                    var reflected = Reflect(v);
                    var numerator = rows.Sum(c => diversity[c] * v[c] * reflected[c]);
                    var denominator = rows.Sum(c => diversity[c] * v[c] * v[c]);
                    var lambda = numerator / denominator;
                    return lambda <= EigenvalueTolerance
                        ? (null, ProductValue.NaN(ProductReason.DegenerateSpectrum))
                        : (v, ProductValue.Of(lambda));
                }
            }
            return (null, ProductValue.NaN(ProductReason.NotConverged));
        }

        /// <summary>v minus its k_c-weighted mean over the countries in the network, scaled to unit norm; null when
        /// nothing is left.</summary>
        private double[]? Deflate(double[] v)
        {
            double weighted = 0,
                weights = 0;
            for (var c = 0; c < v.Length; c++)
            {
                weighted += diversity[c] * v[c];
                weights += diversity[c];
            }
            var mean = weighted / weights;
            var result = v.Select((x, c) => diversity[c] == 0 ? 0 : x - mean).ToArray();
            var norm = Math.Sqrt(result.Sum(x => x * x));
            if (norm < 1e-300 || norm < 1e-12 * Math.Sqrt(v.Sum(x => x * x)))
                return null;
            return result.Select(x => x / norm).ToArray();
        }
    }
}
