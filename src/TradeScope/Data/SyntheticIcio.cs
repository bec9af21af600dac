using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>
/// A synthetic ICIO table for benchmarks and property tests, realistic in structure: lognormal country and industry
/// sizes, strong domestic input blocks (dense), sparse foreign input blocks (about 5 % of cells), intermediate input
/// shares of 30–60 % of output (so value added is positive everywhere), mostly domestic final demand.
/// </summary>
/// <remarks>
/// Built demand-side: draw A (column sums &lt; 0.6) and Y ≥ 0, solve X = (I − A)⁻¹·Y·1 by fixed-point iteration, set
/// Z = A·diag(X). The table is therefore balanced exactly (up to rounding). Deterministic for a seed.
/// Countries are named XAA, XAB, …; sectors s01, s02, ….
/// </remarks>
public static class SyntheticIcio
{
    /// <exception cref="InputException">Fewer than 2 countries or 1 sector, or more than 676 countries.</exception>
    public static IcioTable Generate(int countries, int sectors, int seed, double foreignDensity = 0.05)
    {
        if (countries is < 2 or > 676)
            throw InputException.Argument(
                DataParameters.CountryCount,
                countries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "must be between 2 and 676"
            );
        if (sectors is < 1 or > 999)
            throw InputException.Argument(
                DataParameters.SectorCount,
                sectors.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "must be between 1 and 999"
            );
        var rng = new Random(seed);
        var names = Enumerable.Range(0, countries).Select(c => $"X{(char)('A' + c / 26)}{(char)('A' + c % 26)}").ToArray();
        var sectorNames = Enumerable.Range(1, sectors).Select(k => $"s{k:00}").ToArray();
        var n = countries * sectors;
        double LogNormal(double sigma) => Math.Exp(sigma * Gaussian(rng));
        var countrySize = Enumerable.Range(0, countries).Select(_ => LogNormal(1.2)).ToArray();
        var industrySize = new double[n];
        for (var i = 0; i < n; i++)
            industrySize[i] = countrySize[i / sectors] * LogNormal(0.8);

        // A: column j has input share α_j ∈ [0.3, 0.6], domestic part 70–90 %, spread by supplier size.
        var a = new double[n * n];
        var weights = new double[n];
        for (var j = 0; j < n; j++)
        {
            var cj = j / sectors;
            var alpha = 0.3 + 0.3 * rng.NextDouble();
            var domestic = 0.7 + 0.2 * rng.NextDouble();
            double wDom = 0,
                wFor = 0;
            for (var i = 0; i < n; i++)
            {
                var own = i / sectors == cj;
                weights[i] = own || rng.NextDouble() < foreignDensity ? industrySize[i] * (0.2 + rng.NextDouble()) : 0;
                if (own)
                    wDom += weights[i];
                else
                    wFor += weights[i];
            }
            if (wFor == 0)
                domestic = 1;
            for (var i = 0; i < n; i++)
            {
                if (weights[i] == 0)
                    continue;
                var own = i / sectors == cj;
                a[i + j * n] = alpha * (own ? domestic * weights[i] / wDom : (1 - domestic) * weights[i] / wFor);
            }
        }
        // Y: domestic final demand 75–95 % of an industry's final sales, the rest to a few partners.
        var y = new double[n * countries];
        for (var i = 0; i < n; i++)
        {
            var ci = i / sectors;
            var total = industrySize[i] * (0.2 + rng.NextDouble());
            var dom = 0.75 + 0.2 * rng.NextDouble();
            y[i + ci * n] = total * dom;
            var partners = Math.Min(countries - 1, 1 + rng.Next(Math.Max(1, countries / 4)));
            for (var p = 0; p < partners; p++)
            {
                var c = rng.Next(countries - 1);
                if (c >= ci)
                    c++;
                y[i + c * n] += total * (1 - dom) / partners;
            }
        }
        // X = A X + y, fixed point (spectral radius < 0.6).
        var yRow = new double[n];
        for (var c = 0; c < countries; c++)
            for (var i = 0; i < n; i++)
                yRow[i] += y[i + c * n];
        var x = (double[])yRow.Clone();
        var next = new double[n];
        for (var iteration = 0; iteration < 200; iteration++)
        {
            Array.Copy(yRow, next, n);
            for (var j = 0; j < n; j++)
            {
                var xj = x[j];
                var col = j * n;
                for (var i = 0; i < n; i++)
                    next[i] += a[col + i] * xj;
            }
            double change = 0,
                size = 0;
            for (var i = 0; i < n; i++)
            {
                change += Math.Abs(next[i] - x[i]);
                size += next[i];
            }
            (x, next) = (next, x);
            if (change <= 1e-15 * size)
                break;
        }
        var builder = new IcioTableBuilder($"synthetic:{countries}x{sectors}:seed{seed}", names, names, sectorNames, names)
        {
            Provenance = new Provenance(
                new Bilingual("synthetic ICIO table (TradeScope SyntheticIcio)", "синтетическая МТЗВ (TradeScope SyntheticIcio)"),
                $"countries={countries}, sectors={sectors}, seed={seed}"
            ),
        };
        var z = builder.Intermediate;
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++)
                z[i + j * n] = a[i + j * n] * x[j];
        y.CopyTo(builder.FinalDemand);
        return builder.Build();
    }

    private static double Gaussian(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
