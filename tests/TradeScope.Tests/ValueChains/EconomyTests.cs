using TradeScope.Core;
using TradeScope.ValueChains;
using Xunit;
using static TradeScope.Tests.ValueChains.IcioTestSupport;

namespace TradeScope.Tests.ValueChains;

/// <summary>Economy: the typed unit of value-chain results (country, ROW, merged group, other region label).</summary>
public sealed class EconomyTests
{
    [Theory]
    [InlineData("RUS", EconomyKind.Country, "RUS")]
    [InlineData(" rus ", EconomyKind.Country, "RUS")]
    [InlineData("ROW", EconomyKind.RestOfWorld, "ROW")]
    [InlineData("row", EconomyKind.RestOfWorld, "ROW")]
    [InlineData("P", EconomyKind.Region, "P")]
    [InlineData("CN1", EconomyKind.Region, "CN1")]
    public void A_table_label_is_a_country_the_rest_of_the_world_or_a_region(string label, EconomyKind kind, string expected)
    {
        var economy = Economy.OfTable(label);
        Assert.Equal(kind, economy.Kind);
        Assert.Equal(expected, economy.Label);
        Assert.Equal(kind == EconomyKind.Country, economy.Country is not null);
    }

    [Fact]
    public void Partitions_type_their_economies()
    {
        var table = ExvatoolsTable();
        var partition = EconomyPartition.WithGroup(table, "NAFTA", ["MEX", "USA"]);
        Assert.Equal(partition.Names, partition.Economies.Select(e => e.Label));
        Assert.Equal(EconomyKind.Group, partition.Economies[^1].Kind);
        Assert.Equal(EconomyKind.RestOfWorld, partition.Economies.Single(e => e.Label == "ROW").Kind);
        Assert.Equal(new CountryCode("ESP"), partition.Economies.Single(e => e.Label == "ESP").Country);
        Assert.Equal(Economy.OfCountry(new CountryCode("ESP")), Economy.OfTable("esp"));
    }

    private static TradeScope.Model.IcioTable ExvatoolsTable() =>
        TradeScope.Data.ExvatoolsLayout.Read(Fixture("exvatools", "iciotest_input_Z_Yfd.csv"), null);
}
