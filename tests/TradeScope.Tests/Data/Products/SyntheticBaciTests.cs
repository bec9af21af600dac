using System.Globalization;
using TradeScope.Data;
using TradeScope.Data.Products;
using TradeScope.Model;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Data.Products;

/// <summary>
/// The BACI-format generator (issue 10, "Realistic generator"): deterministic by seed, real country codes, six-digit
/// HS codes in real chapters, most cells absent at about the requested density, skewed product shares, gravity-like
/// bilateral totals, and files the importer accepts without an error.
/// </summary>
public sealed class SyntheticBaciTests : IDisposable
{
    private readonly string _dir = CliRunner.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly SyntheticBaciOptions Small = new(30, 400, [2020, 2021], Seed: 11);

    private static string Generate(SyntheticBaciOptions options)
    {
        using var writer = new StringWriter();
        SyntheticBaci.Write(writer, options);
        return writer.ToString();
    }

    private static List<(int Year, int I, int J, string K, double V)> Parse(string text) =>
        [
            .. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Skip(1)
                .Select(l => l.Split(','))
                .Select(f =>
                    (
                        int.Parse(f[0], CultureInfo.InvariantCulture),
                        int.Parse(f[1], CultureInfo.InvariantCulture),
                        int.Parse(f[2], CultureInfo.InvariantCulture),
                        f[3],
                        double.Parse(f[4], CultureInfo.InvariantCulture)
                    )
                ),
        ];

    [Fact]
    public void The_same_seed_gives_the_same_file_and_another_seed_another()
    {
        Assert.Equal(Generate(Small), Generate(Small));
        Assert.NotEqual(Generate(Small), Generate(Small with { Seed = 12 }));
    }

    [Fact]
    public void Countries_are_real_BACI_codes_with_the_EAEU_members_and_Comtrade_codes_where_BACI_uses_them()
    {
        var countries = SyntheticBaci.Countries(12);
        foreach (var (code, iso3) in countries)
            Assert.True(CountryRegistry.Default.TryGetByM49(code, out var info) && info.Iso3.Value == iso3, $"{code} {iso3}");
        Assert.Contains((842, "USA"), countries);
        Assert.Contains((251, "FRA"), countries);
        Assert.Contains((699, "IND"), countries);
        Assert.Subset(countries.Select(c => c.Iso3).ToHashSet(), new HashSet<string> { "ARM", "BLR", "KAZ", "KGZ", "RUS" });
    }

    [Fact]
    public void Product_codes_are_distinct_six_digit_codes_in_real_HS_chapters()
    {
        var codes = SyntheticBaci.ProductCodes(5000);
        Assert.Equal(5000, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        var chapters = codes.Select(c => int.Parse(c[..2], CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(96, chapters.Count);
        Assert.DoesNotContain(77, chapters);
        Assert.True(chapters.Min() == 1 && chapters.Max() == 97);
    }

    [Fact]
    public void Flows_are_sparse_skewed_and_gravity_like()
    {
        var rows = Parse(Generate(Small));
        var cells = 30 * 29 * 400 * 2;
        var density = rows.Count / (double)cells;
        Assert.InRange(density, 0.035, 0.075); // requested 5.5 %
        Assert.DoesNotContain(rows, r => r.I == r.J);
        // Skewed product shares: the top tenth of products carries more than a third of the value (uniform: a tenth).
        var byProduct = rows.GroupBy(r => r.K).Select(g => g.Sum(r => r.V)).OrderDescending().ToList();
        Assert.True(byProduct.Take(byProduct.Count / 10).Sum() > byProduct.Sum() / 3);
        // Gravity: bilateral totals span orders of magnitude, and exporters that trade more also reach more partners.
        var pairs = rows.Where(r => r.Year == 2020).GroupBy(r => (r.I, r.J)).Select(g => g.Sum(r => r.V)).Order().ToList();
        Assert.True(pairs[^1] / pairs[pairs.Count / 2] > 10);
        var exporters = rows.Where(r => r.Year == 2020)
            .GroupBy(r => r.I)
            .Select(g => (Total: g.Sum(r => r.V), Partners: g.Select(r => r.J).Distinct().Count()))
            .OrderBy(e => e.Total)
            .ToList();
        Assert.True(exporters.Take(5).Average(e => e.Partners) < exporters.TakeLast(5).Average(e => e.Partners));
    }

    [Fact]
    public void A_generated_file_imports_without_error_and_keeps_its_total()
    {
        var path = Path.Combine(_dir, SyntheticBaci.FileName(HsRevision.Hs2002, 2020));
        var rowCount = SyntheticBaci.WriteFile(path, Small with { Years = [2020] });
        var expected = Parse(File.ReadAllText(path)).Sum(r => (decimal)r.V) * 1000m;
        using var store = ProductStore.OpenForWriting(Path.Combine(_dir, "s.duckdb"));
        store.Import(new ProductImportRequest(path, ProductSource.Baci));
        var entry = Assert.Single(store.Info().Imports);
        Assert.Equal((rowCount, HsRevision.Hs2002, 30L), (entry.Rows, entry.HsRevision, entry.Reporters));
        Assert.Equal((double)expected, entry.ValueTotal, 1e-6 * (double)expected);
    }
}
