using TradeScope.Products;
using Xunit;

namespace TradeScope.Tests.Products;

/// <summary>
/// The worked examples of docs/methods/products.md on the U, V, W toy (three economies × three products, each exporting
/// 100; world exports 100, 80, 120): numbers derived by hand on the page.
/// </summary>
public sealed class WorkedExamplesTests
{
    internal static CountryProductMatrix Toy() =>
        CountryProductMatrix.FromRows(
            [
                new("U", "k1", 60),
                new("U", "k2", 30),
                new("U", "k3", 10),
                new("V", "k1", 10),
                new("V", "k2", 20),
                new("V", "k3", 70),
                new("W", "k1", 30),
                new("W", "k2", 30),
                new("W", "k3", 40),
            ]
        );

    [Theory]
    [InlineData("U", 1.8000, 1.1250, 0.2500)]
    [InlineData("V", 0.3000, 0.7500, 1.7500)]
    [InlineData("W", 0.9000, 1.1250, 1.0000)]
    public void Rca_of_the_toy(string country, double k1, double k2, double k3)
    {
        // RCA_ck = (x_ck/100)/(x_wk/300), e.g. U in k1: (60/100)/(100/300) = 1.8 (docs/methods/products.md#rca-example).
        var toy = Toy();
        var rca = Rca.Balassa(toy);
        var c = toy.IndexOfCountry(country);
        Assert.Equal(k1, rca[c, 0].Value, 12);
        Assert.Equal(k2, rca[c, 1].Value, 12);
        Assert.Equal(k3, rca[c, 2].Value, 12);
    }

    [Fact]
    public void Symmetric_rca_of_U_in_k1_and_the_inclusive_threshold()
    {
        var toy = Toy();
        var rca = Rca.Balassa(toy);
        Assert.Equal(0.8 / 2.8, Rca.Symmetric(rca)[0, 0].Value, 12);
        Assert.Equal(0, Rca.Symmetric(ProductValue.Of(1)).Value);
        Assert.Equal(-1, Rca.Symmetric(ProductValue.Of(0)).Value);
        // W exports k3 with RCA exactly 1: M_W,k3 = 1 (the threshold is inclusive).
        Assert.True(Complexity.Compute(toy).Specialised(toy.IndexOfCountry("W"), toy.IndexOfProduct("k3")));
    }

    [Theory]
    [InlineData("U", 0.4600, 0.1900)]
    [InlineData("V", 0.5400, 0.3100)]
    [InlineData("W", 0.3400, 0.0100)]
    public void Concentration_of_the_toy(string country, double herfindahl, double normalised)
    {
        // U: 0.6² + 0.3² + 0.1² = 0.46, normalised (0.46 − 1/3)/(2/3) = 0.19 (docs/methods/products.md#concentration).
        var byCountry = Concentration.OfCountries(Toy(), ConcentrationScope.Products).ToDictionary(c => c.Country);
        Assert.Equal(herfindahl, byCountry[country].Herfindahl.Value, 12);
        Assert.Equal(normalised, byCountry[country].Normalised.Value, 12);
        Assert.Equal(3, byCountry[country].Count);
    }

    [Fact]
    public void Concentration_of_one_product_and_of_an_even_spread()
    {
        Assert.Equal(1, Concentration.Herfindahl([0, 5, 0]).Value);
        Assert.Equal(1, Concentration.Normalised([0, 5, 0]).Value);
        Assert.Equal(0.25, Concentration.Herfindahl([2, 2, 2, 2]).Value, 15);
        Assert.Equal(0, Concentration.Normalised([2, 2, 2, 2]).Value, 15);
    }

    [Theory]
    [InlineData("V", 80.0)]
    [InlineData("W", 90.0)]
    public void Complementarity_with_U_as_importer(string exporter, double expected)
    {
        // U imports 20, 30, 50; V's export shares 0.1, 0.2, 0.7: 100·(1 − (0.1 + 0.1 + 0.2)/2) = 80
        // (docs/methods/products.md#complementarity).
        var imports = CountryProductMatrix.FromRows([new("U", "k1", 20), new("U", "k2", 30), new("U", "k3", 50)]);
        Assert.Equal(expected, StructureComparison.Complementarity(Toy(), imports, exporter, "U").Value, 10);
    }

    [Fact]
    public void Complementarity_counts_products_present_in_one_table_only()
    {
        // Exporter ships only k1; importer buys only k2: no overlap, TC = 100·(1 − (1 + 1)/2) = 0.
        var exports = CountryProductMatrix.FromRows([new("E", "k1", 5)]);
        var imports = CountryProductMatrix.FromRows([new("I", "k2", 7)]);
        Assert.Equal(0, StructureComparison.Complementarity(exports, imports, "E", "I").Value, 12);
    }

    [Theory]
    [InlineData("U", "V", 40.0)]
    [InlineData("U", "W", 70.0)]
    [InlineData("V", "W", 70.0)]
    public void Export_similarity_of_the_toy(string first, string second, double expected)
    {
        // U (0.6, 0.3, 0.1), V (0.1, 0.2, 0.7): 100·(0.1 + 0.2 + 0.1) = 40; U, W (0.3, 0.3, 0.4): 100·(0.3 + 0.3 + 0.1) = 70;
        // V, W: 100·(0.1 + 0.2 + 0.4) = 70 (docs/methods/products.md#similarity).
        Assert.Equal(expected, StructureComparison.ExportSimilarity(Toy(), first, second).Value, 10);
        Assert.Equal(expected, StructureComparison.ExportSimilarity(Toy(), second, first).Value, 10);
    }

    [Theory]
    [InlineData(ComplexityMethod.Eigenvector)]
    [InlineData(ComplexityMethod.Reflections)]
    public void Complexity_of_the_nested_matrix(ComplexityMethod method)
    {
        // docs/methods/products.md#complexity-example: c1 exports p1..p4, c2 p1..p3, c3 p1..p2, c4 p1.
        bool[] m = [true, true, true, true, true, true, true, false, true, true, false, false, true, false, false, false];
        var result = Complexity.FromSpecialisation(["c1", "c2", "c3", "c4"], ["p1", "p2", "p3", "p4"], m, method);
        Assert.Equal([4, 3, 2, 1], result.Diversity);
        Assert.Equal([4, 3, 2, 1], result.Ubiquity);
        Assert.Equal(0.25, result.Eigenvalue.Value, 10);
        // ECI = (3, 1, −1, −3)/√5; PCI = (−3, 1, 5, 9)/√5 on ECI's scale.
        double[] eci = [3, 1, -1, -3];
        double[] pci = [-3, 1, 5, 9];
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(eci[i] / Math.Sqrt(5), result.Eci[i].Value, 9);
            Assert.Equal(pci[i] / Math.Sqrt(5), result.Pci[i].Value, 9);
        }
        // c2's ECI is the mean PCI of p1, p2, p3.
        Assert.Equal(result.Eci[1].Value, (result.Pci[0].Value + result.Pci[1].Value + result.Pci[2].Value) / 3, 9);
        // φ(p3, p4) = 1/max(2, 1) = 0.5; density of p4 for c3 = (1/4 + 1/3)/(1/4 + 1/3 + 1/2 + 1) = 0.28.
        var proximity = ProductProximity.Of(result);
        Assert.Equal(0.5, proximity[2, 3].Value, 15);
        Assert.Equal(0.28, proximity.Density(result)[2, 3].Value, 12);
    }
}
