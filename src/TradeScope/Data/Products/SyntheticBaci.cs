using System.Globalization;
using System.IO.Compression;
using System.Text;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>What <see cref="SyntheticBaci"/> generates.</summary>
/// <param name="Countries">Number of countries (at most the registry's; the five EAEU members come first).</param>
/// <param name="Products">Number of HS6 products.</param>
/// <param name="Years">The years, one block of rows each.</param>
/// <param name="Seed">The random seed: the same options give the same bytes.</param>
/// <param name="Density">Target share of reporter × partner × product cells with a flow (BACI: about 5.5 %).</param>
public sealed record SyntheticBaciOptions(int Countries, int Products, IReadOnlyList<int> Years, int Seed = 1, double Density = 0.055);

/// <summary>
/// A generator of BACI-format files (<c>t,i,j,k,v,q</c>, values in US$ thousand) with the shape of real data, for tests
/// and benchmarks: real BACI/M49 country codes (Comtrade's where BACI uses them: 251 France, 842 USA, …), real-looking HS6
/// codes (chapters 01–97 without 77, headings and subheadings numbered within them), log-normal country sizes and
/// positions giving gravity-like bilateral totals (exporter size × importer size / distance), log-normal product weights
/// and exporter specialisation giving skewed product shares, and most cells absent: a flow exists with probability
/// 1 − exp(−λ·m) where m is its expected size relative to the mean and λ is set so the share of flows is
/// <see cref="SyntheticBaciOptions.Density"/>. Quantities are value over a product price with noise; 3 % are NA.
/// Written by hand because no library generates BACI-shaped data.
/// </summary>
public static class SyntheticBaci
{
    private static readonly string[] FirstCountries = ["ARM", "BLR", "KAZ", "KGZ", "RUS", "CHN", "USA", "DEU", "JPN", "FRA", "GBR", "IND"];

    /// <summary>BACI's numeric codes of <paramref name="count"/> countries: the EAEU members and large economies first,
    /// then the registry's other countries by M49 code.</summary>
    public static IReadOnlyList<(int Code, string Iso3)> Countries(int count)
    {
        var registry = CountryRegistry.Default;
        var codeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var number = 1; number < 1000; number++)
            if (registry.TryGetByM49(number, out var info) && (!codeOf.ContainsKey(info.Iso3.Value) || info.M49 != number))
                codeOf[info.Iso3.Value] = number; // Comtrade's own code (e.g. 842 USA) where it differs from M49, as BACI uses
        var order = FirstCountries.Concat(codeOf.Keys.Except(FirstCountries).OrderBy(c => codeOf[c])).Take(count);
        var chosen = order.Select(iso3 => (codeOf[iso3], iso3)).OrderBy(c => c.Item1).ToList();
        if (chosen.Count < count)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"at most {codeOf.Count} countries");
        return chosen;
    }

    /// <summary><paramref name="count"/> distinct six-digit codes spread over the HS chapters 01–97 (77 is unused in HS),
    /// sorted.</summary>
    public static IReadOnlyList<string> ProductCodes(int count)
    {
        var chapters = Enumerable.Range(1, 97).Where(c => c != 77).ToArray();
        if (count > chapters.Length * 99 * 9)
            throw new ArgumentOutOfRangeException(nameof(count), count, "too many products");
        var codes = new List<string>(count);
        for (var p = 0; p < count; p++)
        {
            var chapter = chapters[p % chapters.Length];
            var within = p / chapters.Length;
            codes.Add(string.Create(CultureInfo.InvariantCulture, $"{chapter:00}{1 + within / 9:00}{10 * (1 + within % 9):00}"));
        }
        codes.Sort(StringComparer.Ordinal);
        return codes;
    }

    /// <summary>A BACI-style file name, e.g. <c>BACI_HS02_Y2021_V202401.csv</c>.</summary>
    public static string FileName(HsRevision revision, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"BACI_HS{revision.Year() % 100:00}_Y{year}_V202401.csv");

    /// <summary>Writes the file (gzip when the name ends in .gz); returns the number of data rows.</summary>
    public static long WriteFile(string path, SyntheticBaciOptions options)
    {
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.Fastest)
            : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
        return Write(writer, options);
    }

    /// <summary>Writes the header and rows, sorted by year, exporter code, importer code and product; returns the row count.</summary>
    public static long Write(TextWriter writer, SyntheticBaciOptions options)
    {
        var random = new Random(options.Seed);
        var countries = Countries(options.Countries);
        var products = ProductCodes(options.Products);
        int n = countries.Count,
            p = products.Count;
        var size = Draw(random, n, 1.5);
        var (x, y) = (Draw(random, n, 0, uniform: true), Draw(random, n, 0, uniform: true));
        var weight = Normalised(Draw(random, p, 1.5));
        var price = Draw(random, p, 1.0);
        var special = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var row = Draw(random, p, 1.2);
            for (var k = 0; k < p; k++)
                row[k] *= weight[k];
            special[i] = Normalised(row);
        }
        var lambda = Calibrate(random, n, p, options.Density, size, x, y, special);
        writer.Write("t,i,j,k,v,q\n");
        long rows = 0;
        var line = new StringBuilder(64);
        foreach (var year in options.Years)
        {
            var growth = Draw(random, n, 0.05);
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                {
                    if (i == j)
                        continue;
                    var mass = Mass(size, x, y, i, j) * growth[i];
                    var prefix = string.Create(CultureInfo.InvariantCulture, $"{year},{countries[i].Code},{countries[j].Code},");
                    for (var k = 0; k < p; k++)
                    {
                        var expected = lambda * mass * special[i][k];
                        var chance = 1 - Math.Exp(-expected);
                        if (random.NextDouble() >= chance)
                            continue;
                        // Value in US$ thousand: the expected value given presence, with log-normal noise.
                        var value = Math.Max(0.001, Math.Round(50 * expected / chance * Math.Exp(0.5 * Normal(random)), 3));
                        line.Clear()
                            .Append(prefix)
                            .Append(products[k])
                            .Append(',')
                            .Append(value.ToString("0.###", CultureInfo.InvariantCulture));
                        line.Append(',');
                        var quantity = value / price[k] * Math.Exp(0.2 * Normal(random));
                        line.Append(random.NextDouble() < 0.03 ? "NA" : quantity.ToString("0.###", CultureInfo.InvariantCulture));
                        line.Append('\n');
                        writer.Write(line);
                        rows++;
                    }
                }
        }
        return rows;
    }

    /// <summary>Gravity: exporter size × importer size^0.9 / distance (positions in the unit square).</summary>
    private static double Mass(double[] size, double[] x, double[] y, int i, int j)
    {
        var distance = Math.Max(0.05, Math.Sqrt((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])));
        return size[i] * Math.Pow(size[j], 0.9) / distance;
    }

    /// <summary>λ such that the expected share of cells with a flow is the density (bisection on a sample of cells).</summary>
    private static double Calibrate(Random random, int n, int p, double density, double[] size, double[] x, double[] y, double[][] special)
    {
        var sample = new double[Math.Min(200_000, n * (n - 1) * p)];
        for (var s = 0; s < sample.Length; s++)
        {
            var i = random.Next(n);
            var j = (i + 1 + random.Next(n - 1)) % n;
            sample[s] = Mass(size, x, y, i, j) * special[i][random.Next(p)];
        }
        double low = 1e-12,
            high = 1e12;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var mid = Math.Sqrt(low * high);
            var share = sample.Average(m => 1 - Math.Exp(-mid * m));
            (low, high) = share < density ? (mid, high) : (low, mid);
        }
        return Math.Sqrt(low * high);
    }

    private static double[] Draw(Random random, int count, double sigma, bool uniform = false)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
            values[i] = uniform ? random.NextDouble() : Math.Exp(sigma * Normal(random));
        return values;
    }

    private static double[] Normalised(double[] values)
    {
        var mean = values.Average();
        return [.. values.Select(v => v / mean)];
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
