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
        var names = Enumerable.Range(0, countries).Select(c => $"X{(char)('A' + c / 26)}{(char)('A' + c % 26)}").ToArray();
        var sectorNames = Enumerable.Range(1, sectors).Select(k => $"s{k:00}").ToArray();
        return Build(
            names,
            names,
            sectorNames,
            names,
            seed,
            foreignDensity,
            $"synthetic:{countries}x{sectors}:seed{seed}",
            $"countries={countries}, sectors={sectors}, seed={seed}"
        );
    }

    /// <summary>The 77 economies of the OECD ICIO 2023 edition (76 and the rest of the world), alphabetical by ISO3 code,
    /// ROW last; BLR (new in 2023) and KAZ are separate economies.</summary>
    public static IReadOnlyList<string> Oecd2023Economies { get; } =
    [
        .. "ARG AUS AUT BEL BGD BGR BLR BRA BRN CAN CHE CHL CHN CIV CMR COL CRI CYP CZE DEU DNK EGY ESP EST FIN FRA GBR GRC HKG ".Split(
            ' ',
            StringSplitOptions.RemoveEmptyEntries
        ),
        .. "HRV HUN IDN IND IRL ISL ISR ITA JOR JPN KAZ KHM KOR LAO LTU LUX LVA MAR MEX MLT MMR MYS NGA NLD NOR NZL PAK PER ".Split(
            ' ',
            StringSplitOptions.RemoveEmptyEntries
        ),
        .. "PHL POL PRT ROU RUS SAU SEN SGP SVK SVN SWE THA TUN TUR TWN UKR USA VNM ZAF ROW".Split(' '),
    ];

    /// <summary>The 45 industries (ISIC Rev.4) of the OECD ICIO 2023 edition, as their label suffixes (<c>A01_02</c> …
    /// <c>T</c>).</summary>
    public static IReadOnlyList<string> Oecd2023Industries { get; } =
    [
        .. "A01_02 A03 B05_06 B07_08 B09 C10T12 C13T15 C16 C17_18 C19 C20 C21 C22 C23 C24 C25 C26 C27 C28 C29 C30 C31T33".Split(' '),
        .. "D E F G H49 H50 H51 H52 H53 I J58T60 J61 J62_63 K L M N O P Q R S T".Split(' '),
    ];

    /// <summary>The split parts of the extended tables, after ROW, and the country each belongs to.</summary>
    private static readonly (string Part, string Country)[] Oecd2023Parts =
    [
        ("MX1", "MEX"),
        ("MX2", "MEX"),
        ("CN1", "CHN"),
        ("CN2", "CHN"),
    ];

    /// <summary>
    /// A synthetic table in the shape of an extended OECD ICIO 2023 file: the 77 economies, then MX1, MX2, CN1, CN2 (81
    /// row blocks × 45 industries = 3,645 industries), the aggregate CHN and MEX blocks empty as in the OECD files, final
    /// demand of the 77 economies. Written with <see cref="OecdIcioLayout.Write"/> it is a full-size extended file.
    /// </summary>
    /// <param name="foreignDensity">Share of foreign input cells that are not zero (1 for a dense file like the real ones).</param>
    public static IcioTable Oecd2023Extended(int seed, double foreignDensity = 0.05)
    {
        var regions = Oecd2023Economies.Concat(Oecd2023Parts.Select(p => p.Part)).ToArray();
        var countries = Oecd2023Economies.Concat(Oecd2023Parts.Select(p => p.Country)).ToArray();
        return Build(
            regions,
            countries,
            [.. Oecd2023Industries],
            [.. Oecd2023Economies],
            seed,
            foreignDensity,
            $"synthetic:oecd2023-extended:seed{seed}",
            $"OECD ICIO 2023 extended shape (81 blocks x 45 industries), seed={seed}",
            empty: ["CHN", "MEX"]
        );
    }

    /// <summary>
    /// A synthetic table in the shape of a small (<c>_SML</c>) OECD ICIO 2023 file with the 77 economies but only the
    /// given industries (2023 label suffixes, e.g. <c>C20</c>): for tests that need the real economies at a small size.
    /// </summary>
    public static IcioTable Oecd2023Small(int seed, IReadOnlyList<string> industries, double foreignDensity = 0.05) =>
        Build(
            [.. Oecd2023Economies],
            [.. Oecd2023Economies],
            [.. industries],
            [.. Oecd2023Economies],
            seed,
            foreignDensity,
            $"synthetic:oecd2023-small:{industries.Count}:seed{seed}",
            $"OECD ICIO 2023 small shape (77 economies x {industries.Count} industries), seed={seed}"
        );

    /// <summary>The generator: regions (row blocks), the country of each, sectors and final-demand countries; regions
    /// listed in <paramref name="empty"/> have no flows at all.</summary>
    private static IcioTable Build(
        string[] regions,
        string[] regionCountries,
        string[] sectorNames,
        string[] fdCountries,
        int seed,
        double foreignDensity,
        string source,
        string location,
        string[]? empty = null
    )
    {
        var rng = new Random(seed);
        var countries = fdCountries.Length;
        var sectors = sectorNames.Length;
        var countryOf = regionCountries.Select(c => Array.IndexOf(fdCountries, c)).ToArray();
        var isEmpty = regions.Select(r => empty?.Contains(r) == true).ToArray();
        var n = regions.Length * sectors;
        double LogNormal(double sigma) => Math.Exp(sigma * Gaussian(rng));
        var countrySize = Enumerable.Range(0, regions.Length).Select(r => isEmpty[r] ? 0 : LogNormal(1.2)).ToArray();
        var industrySize = new double[n];
        for (var i = 0; i < n; i++)
            industrySize[i] = isEmpty[i / sectors] ? 0 : countrySize[i / sectors] * LogNormal(0.8);

        // A: column j has input share α_j ∈ [0.3, 0.6], domestic part 70–90 %, spread by supplier size.
        var a = new double[n * n];
        var weights = new double[n];
        for (var j = 0; j < n; j++)
        {
            if (isEmpty[j / sectors])
                continue;
            var cj = countryOf[j / sectors];
            var alpha = 0.3 + 0.3 * rng.NextDouble();
            var domestic = 0.7 + 0.2 * rng.NextDouble();
            double wDom = 0,
                wFor = 0;
            for (var i = 0; i < n; i++)
            {
                var own = countryOf[i / sectors] == cj;
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
                var own = countryOf[i / sectors] == cj;
                a[i + j * n] = alpha * (own ? domestic * weights[i] / wDom : (1 - domestic) * weights[i] / wFor);
            }
        }
        // Y: domestic final demand 75–95 % of an industry's final sales, the rest to a few partners.
        var y = new double[n * countries];
        for (var i = 0; i < n; i++)
        {
            if (isEmpty[i / sectors])
                continue;
            var ci = countryOf[i / sectors];
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
        var builder = new IcioTableBuilder(source, regions, regionCountries, sectorNames, fdCountries)
        {
            Provenance = new Provenance(
                new Bilingual("synthetic ICIO table (TradeScope " +
                    "" + "SyntheticIcio)", "синтетическая МТЗВ (TradeScope SyntheticIcio)"),
                location
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
