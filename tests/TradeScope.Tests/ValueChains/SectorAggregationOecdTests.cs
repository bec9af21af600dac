using TradeScope.Core;
using TradeScope.ValueChains;
using Xunit;

namespace TradeScope.Tests.ValueChains;

/// <summary>The study's industries on OECD ICIO tables by TiVA id: 2023 label suffixes, 2021/2018 codes and TiVA ids
/// name the same industry (OECD 2023, ReadMe of the ICIO tables: the industry list with its TiVA ids).</summary>
public sealed class SectorAggregationOecdTests
{
    /// <summary>The 2023 label suffixes of the 45 industries, copied from the OECD ReadMe (not from the generator).</summary>
    private static readonly string[] Codes2023 =
    [
        .. "A01_02 A03 B05_06 B07_08 B09 C10T12 C13T15 C16 C17_18 C19 C20 C21 C22 C23 C24 C25 C26 C27 C28 C29 C30 C31T33".Split(' '),
        .. "D E F G H49 H50 H51 H52 H53 I J58T60 J61 J62_63 K L M N O P Q R S T".Split(' '),
    ];

    [Theory]
    [InlineData("C10T12", "D10T12")]
    [InlineData("C17_18", "D17T18")]
    [InlineData("A01_02", "D01T02")]
    [InlineData("J62_63", "D62T63")]
    [InlineData("C26", "D26")]
    [InlineData("D", "D35")]
    [InlineData("G", "D45T47")]
    [InlineData("10T12", "D10T12")]
    [InlineData("26", "D26")]
    [InlineData("D26", "D26")]
    [InlineData("d31t33", "D31T33")]
    public void Tiva_id_of_each_edition_code(string code, string expected) => Assert.Equal(expected, SectorAggregation.TivaId(code));

    [Theory]
    [InlineData("s01")]
    [InlineData("c3")]
    [InlineData("TLS")]
    [InlineData("C2")]
    public void Codes_of_other_classifications_have_no_tiva_id(string code) => Assert.Null(SectorAggregation.TivaId(code));

    private static string[] Members(SectorAggregation a, string group, IReadOnlyList<string> codes) =>
        a.Groups.Single(g => g.Name == group).Members.Select(i => codes[i]).ToArray();

    [Fact]
    public void The_study_industries_on_the_2023_codes()
    {
        var a = SectorAggregation.StandardOecd(Codes2023);
        // Total manufacturing = ISIC divisions 10–33: the 17 C-codes, not D (electricity) nor the services.
        Assert.Equal(Codes2023[5..22], Members(a, "TOTAL_MANUFACTURING", Codes2023));
        Assert.Equal(["C20"], Members(a, "CHEMICALS", Codes2023));
        Assert.Equal(["C21"], Members(a, "PHARMACEUTICALS", Codes2023));
        Assert.Equal(["C20", "C21"], Members(a, "CHEMICALS_PHARMACEUTICALS", Codes2023));
        Assert.Equal(["C26"], Members(a, "ELECTRONICS", Codes2023));
        Assert.Equal(["C29", "C30"], Members(a, "TRANSPORT_EQUIPMENT", Codes2023));
    }

    [Fact]
    public void The_2021_codes_give_the_same_industries_and_2018_has_chemicals_with_pharmaceuticals()
    {
        string[] codes2021 = ["01T02", "10T12", "13T15", "19", "20", "21", "26", "29", "30", "31T33", "35", "45T47"];
        var a = SectorAggregation.StandardOecd(codes2021);
        Assert.Equal(["10T12", "13T15", "19", "20", "21", "26", "29", "30", "31T33"], Members(a, "TOTAL_MANUFACTURING", codes2021));
        Assert.Equal(["29", "30"], Members(a, "TRANSPORT_EQUIPMENT", codes2021));
        string[] codes2018 = ["01T03", "10T12", "20T21", "26", "29", "30", "35T39"];
        var b = SectorAggregation.StandardOecd(codes2018);
        Assert.Equal(["20T21"], Members(b, "CHEMICALS", codes2018));
        Assert.DoesNotContain(b.Groups, g => g.Name == "PHARMACEUTICALS");
        Assert.Equal(["10T12", "20T21", "26", "29", "30"], Members(b, "TOTAL_MANUFACTURING", codes2018));
    }

    [Fact]
    public void A_table_without_oecd_manufacturing_codes_is_refused()
    {
        var e = Assert.Throws<InputException>(() => SectorAggregation.StandardOecd(["s01", "s02", "s10", "s20"]));
        Assert.Contains("no manufacturing industry", e.Message);
    }
}
