using TradeScope.Products;
using Xunit;

namespace TradeScope.Tests.Products;

/// <summary>
/// The WITS toy (Fixtures/wits: four countries that are the whole world, two products): RCA, export specialisation,
/// product and market concentration and trade complementarity match the expected values derived from the WITS formulas
/// by an independent script (Fixtures/wits/README.txt).
/// </summary>
public sealed class WitsFixtureTests
{
    private static readonly IReadOnlyList<Dictionary<string, string>> Flows = FixtureCsv.Read("wits", "toy_bilateral_exports.csv");

    private static readonly IReadOnlyList<Dictionary<string, string>> Expected = FixtureCsv.Read("wits", "toy_expected_indices.csv");

    /// <summary>Exports by product: x_ik = Σ_j x_ijk.</summary>
    private static CountryProductMatrix Exports() =>
        Table("exporter", "product");

    /// <summary>Imports by product: m_jk = Σ_i x_ijk (the whole world reports).</summary>
    private static CountryProductMatrix Imports() =>
        Table("importer", "product");

    /// <summary>Exports by market: x_ij = Σ_k x_ijk.</summary>
    private static CountryProductMatrix Markets() =>
        Table("exporter", "importer");

    private static CountryProductMatrix Table(string row, string column) =>
        CountryProductMatrix.FromRows(Flows.Select(r => new CountryProductValue(r[row], r[column], FixtureCsv.Number(r["value"]))));

    private static List<(string Key, double Value)> Rows(string indicator)
    {
        var rows = Expected.Where(r => r["indicator"] == indicator).Select(r => (r["key"], FixtureCsv.Number(r["value"]))).ToList();
        Assert.NotEmpty(rows);
        return rows;
    }

    [Fact]
    public void Rca_matches()
    {
        var exports = Exports();
        var rca = Rca.Balassa(exports);
        foreach (var (key, value) in Rows("RCA"))
        {
            var parts = key.Split(',');
            Assert.Equal(value, rca[exports.IndexOfCountry(parts[0]), exports.IndexOfProduct(parts[1])].Value, 9);
        }
    }

    [Fact]
    public void Export_specialisation_matches()
    {
        var exports = Exports();
        var imports = Imports();
        foreach (var (key, value) in Rows("export_specialization"))
        {
            var parts = key.Split(','); // "A,k1,mkt=B"
            var values = Rca.ExportSpecialisation(exports, imports, parts[0], parts[2]["mkt=".Length..]);
            Assert.Equal(value, values[exports.IndexOfProduct(parts[1])].Value, 9);
        }
    }

    [Fact]
    public void Product_concentration_and_its_normalised_form_match()
    {
        var byCountry = Concentration.OfCountries(Exports(), ConcentrationScope.Products).ToDictionary(c => c.Country);
        foreach (var (key, value) in Rows("HHI_product"))
            Assert.Equal(value, byCountry[key].Herfindahl.Value, 9);
        foreach (var (key, value) in Rows("HHI_product_normalized"))
            Assert.Equal(value, byCountry[key].Normalised.Value, 9);
        Assert.All(byCountry.Values, c => Assert.Equal(2, c.Count));
    }

    [Fact]
    public void Market_concentration_matches_and_leaves_the_own_market_out_of_N()
    {
        var byCountry = Concentration.OfCountries(Markets(), ConcentrationScope.Markets).ToDictionary(c => c.Country);
        foreach (var (key, value) in Rows("HHI_market"))
            Assert.Equal(value, byCountry[key].Herfindahl.Value, 9);
        // A's markets B, C, D (shares 0.5, 0.3, 0.2): N = 3, HH* = (0.38 − 1/3)/(1 − 1/3) = 0.07.
        Assert.Equal(3, byCountry["A"].Count);
        Assert.Equal(0.07, byCountry["A"].Normalised.Value, 12);
    }

    [Fact]
    public void Trade_complementarity_matches()
    {
        var exports = Exports();
        var imports = Imports();
        foreach (var (key, value) in Rows("trade_complementarity"))
        {
            var pair = key.Split("->");
            Assert.Equal(value, StructureComparison.Complementarity(exports, imports, pair[0], pair[1]).Value, 8);
        }
    }
}
