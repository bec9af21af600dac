using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeScope.Core;
using TradeScope.Products;
using Xunit;

namespace TradeScope.Tests.Products;

/// <summary>NaN reasons wherever a base is zero (docs/methods/products.md#product-nan-reasons), the table's input rules,
/// and identities of the complexity indices on random tables.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void Reason_codes_are_those_of_the_method_page()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DocMethods", "products.md"));
        foreach (var reason in Enum.GetValues<ProductReason>().Where(r => r != ProductReason.None))
            Assert.Contains($"`{reason.Code()}`", page);
        Assert.Equal("", ProductReason.None.Code());
    }

    [Fact]
    public void A_value_is_NaN_exactly_when_it_has_a_reason()
    {
        Assert.Throws<ArgumentException>(() => ProductValue.NaN(ProductReason.None));
        Assert.Equal(ProductReason.Missing, ProductValue.Of(double.NaN).Reason);
        Assert.Equal(ProductReason.ZeroDenominator, ProductValue.Ratio(1, 0).Reason);
        Assert.True(double.IsNaN(ProductValue.Ratio(0, 0).Value));
        Assert.Equal("NaN (ZERO_DENOM)", ProductValue.Ratio(1, 0).ToString());
        Assert.Equal(0, ProductValue.Ratio(0, 2).Value);
    }

    [Fact]
    public void Table_sums_duplicates_and_sorts_codes()
    {
        var table = CountryProductMatrix.FromRows([new("B", "k2", 1), new("A", "k1", 2), new("B", "k2", 3)]);
        Assert.Equal(["A", "B"], table.Countries);
        Assert.Equal(["k1", "k2"], table.Products);
        Assert.Equal(4, table[table.IndexOfCountry("B"), table.IndexOfProduct("k2")]);
        Assert.Equal(0, table[table.IndexOfCountry("A"), table.IndexOfProduct("k2")]);
        Assert.Equal(6, table.Total);
        Assert.Equal(-1, table.IndexOfCountry("C"));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Table_rejects_values_that_are_not_finite_and_non_negative(double value)
    {
        var error = Assert.Throws<InputException>(() => CountryProductMatrix.FromRows([new("A", "k1", value)]));
        Assert.Contains("'A'", error.Message);
    }

    [Fact]
    public void Country_without_exports_and_product_without_world_exports()
    {
        // The U, V, W toy with a country Z and a product k4 that have only zero rows.
        var toy = WorkedExamplesTests.Toy();
        var rows = new List<CountryProductValue> { new("Z", "k1", 0), new("U", "k4", 0) };
        for (var c = 0; c < toy.Countries.Count; c++)
            for (var k = 0; k < toy.Products.Count; k++)
                rows.Add(new(toy.Countries[c], toy.Products[k], toy[c, k]));
        var table = CountryProductMatrix.FromRows(rows);
        var rca = Rca.Balassa(table);
        var z = table.IndexOfCountry("Z");
        var k4 = table.IndexOfProduct("k4");
        Assert.Equal(ProductReason.ZeroDenominator, rca[z, 0].Reason);
        Assert.Equal(ProductReason.ZeroDenominator, rca[0, k4].Reason);
        Assert.Equal(1.8, rca[0, 0].Value, 12);
        Assert.Equal(ProductReason.ZeroDenominator, Rca.Symmetric(rca)[z, 0].Reason);
        var concentration = Concentration.OfCountries(table, ConcentrationScope.Products);
        Assert.Equal(ProductReason.ZeroDenominator, concentration[z].Herfindahl.Reason);
        Assert.Equal(4, concentration[0].Count);
        Assert.Equal(ProductReason.ZeroDenominator, StructureComparison.ExportSimilarity(table, "U", "Z").Reason);
        Assert.Equal(ProductReason.ZeroDenominator, StructureComparison.Complementarity(table, table, "U", "Z").Reason);
        // The zero row and column are left out of the network: the others' ECI and PCI are those of the toy alone.
        var complexity = Complexity.Compute(table);
        var alone = Complexity.Compute(toy);
        Assert.Equal(ProductReason.ZeroDenominator, complexity.Eci[z].Reason);
        Assert.Equal(ProductReason.ZeroDenominator, complexity.Pci[k4].Reason);
        Assert.Equal(0, complexity.Diversity[z]);
        for (var c = 0; c < toy.Countries.Count; c++)
            Assert.Equal(alone.Eci[c].Value, complexity.Eci[table.IndexOfCountry(toy.Countries[c])].Value, 10);
        for (var k = 0; k < toy.Products.Count; k++)
            Assert.Equal(alone.Pci[k].Value, complexity.Pci[table.IndexOfProduct(toy.Products[k])].Value, 10);
        Assert.True(alone.Eci[0].HasValue);
    }

    [Fact]
    public void Pairs_of_a_country_with_itself_or_with_an_unknown_country()
    {
        var toy = WorkedExamplesTests.Toy();
        Assert.Equal(ProductReason.Self, StructureComparison.ExportSimilarity(toy, "U", "U").Reason);
        Assert.Equal(ProductReason.Self, StructureComparison.Complementarity(toy, toy, "U", "U").Reason);
        Assert.Equal(ProductReason.NoReporterData, StructureComparison.ExportSimilarity(toy, "U", "Q").Reason);
        Assert.Equal(ProductReason.NoReporterData, StructureComparison.Complementarity(toy, toy, "Q", "U").Reason);
        Assert.All(Rca.ExportSpecialisation(toy, toy, "U", "U"), v => Assert.Equal(ProductReason.Self, v.Reason));
        Assert.All(Rca.ExportSpecialisation(toy, toy, "U", "Q"), v => Assert.Equal(ProductReason.NoReporterData, v.Reason));
    }

    [Fact]
    public void Concentration_of_nothing_or_of_one_product()
    {
        Assert.Equal(ProductReason.ZeroDenominator, Concentration.Herfindahl([0, 0]).Reason);
        Assert.Equal(ProductReason.ZeroDenominator, Concentration.Herfindahl([]).Reason);
        Assert.Equal(1, Concentration.Herfindahl([3]).Value);
        Assert.Equal(ProductReason.ZeroDenominator, Concentration.Normalised([3]).Reason);
        Assert.Equal(ProductReason.Missing, Concentration.Herfindahl([1, double.NaN]).Reason);
    }

    [Theory]
    [InlineData(ComplexityMethod.Eigenvector)]
    [InlineData(ComplexityMethod.Reflections)]
    public void Degenerate_networks_have_no_eci(ComplexityMethod method)
    {
        string[] four = ["c1", "c2", "c3", "c4"];
        string[] products = ["p1", "p2", "p3", "p4"];
        // Two disconnected blocks: the eigenvalue 1 is repeated.
        bool[] blocks = [true, true, false, false, true, true, false, false, false, false, true, true, false, false, true, true];
        // Every country exports the same products: λ₂ = 0.
        bool[] same = [true, true, false, false, true, true, false, false, true, true, false, false, true, true, false, false];
        foreach (var m in new[] { blocks, same })
        {
            var result = Complexity.FromSpecialisation(four, products, m, method);
            Assert.False(result.Eigenvalue.HasValue);
            Assert.All(result.Eci, v => Assert.True(v.Reason is ProductReason.DegenerateSpectrum or ProductReason.NotConverged));
        }
        var one = Complexity.FromSpecialisation(["c1"], ["p1"], [true], method);
        Assert.Equal(ProductReason.DegenerateSpectrum, one.Eci[0].Reason);
    }

    [Fact]
    public void Repeated_second_eigenvalue_is_degenerate()
    {
        // Three countries with one product each and a fourth product shared by all: S is symmetric under any
        // permutation of the countries, so λ₂ = λ₃.
        bool[] m = [true, false, false, true, false, true, false, true, false, false, true, true];
        var result = Complexity.FromSpecialisation(["a", "b", "c"], ["p1", "p2", "p3", "all"], m);
        Assert.Equal(ProductReason.DegenerateSpectrum, result.Eigenvalue.Reason);
    }

    /// <summary>On random tables: ECI equals the mean PCI of each country's products, ECI has mean 0 and population
    /// standard deviation 1, correlates positively with diversity, and the two methods agree.</summary>
    [Property(MaxTest = 40)]
    public bool Eci_is_the_mean_pci_and_the_methods_agree(int seed)
    {
        var random = new Random(seed);
        var rows = new List<CountryProductValue>();
        for (var c = 0; c < 12; c++)
            for (var p = 0; p < 25; p++)
                if (random.NextDouble() < 0.7)
                    rows.Add(new($"c{c:D2}", $"p{p:D2}", Math.Exp(random.NextDouble() * 8)));
        var table = CountryProductMatrix.FromRows(rows);
        var eigen = Complexity.Compute(table);
        if (!eigen.Eigenvalue.HasValue)
            return eigen.Eigenvalue.Reason == ProductReason.DegenerateSpectrum;
        var reflections = Complexity.Compute(table, ComplexityMethod.Reflections);
        var n = table.Countries.Count;
        var eci = eigen.Eci.Select(v => v.Value).ToArray();
        var mean = eci.Average();
        var sd = Math.Sqrt(eci.Average(x => (x - mean) * (x - mean)));
        var meanK = eigen.Diversity.Average();
        var covariance = Enumerable.Range(0, n).Sum(c => (eci[c] - mean) * (eigen.Diversity[c] - meanK));
        var ok = Math.Abs(mean) < 1e-9 && Math.Abs(sd - 1) < 1e-9 && covariance >= 0;
        for (var c = 0; c < n; c++)
        {
            var products = Enumerable.Range(0, table.Products.Count).Where(p => eigen.Specialised(c, p)).ToList();
            ok &= Math.Abs(eci[c] - products.Average(p => eigen.Pci[p].Value)) < 1e-8;
            ok &= reflections.Eci[c].HasValue && Math.Abs(eci[c] - reflections.Eci[c].Value) < 1e-6;
        }
        return ok;
    }
}
