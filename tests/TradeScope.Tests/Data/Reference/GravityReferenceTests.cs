using TradeScope.Core;
using TradeScope.Data.Reference;
using Xunit;

namespace TradeScope.Tests.Data.Reference;

public sealed class GeoDistancesTests
{
    [Fact]
    public void Bundled_pairs_carry_the_published_GeoDist_values()
    {
        // Values printed in CEPII's GeoDist release notes for these pairs (dist, distw in km).
        var rusKaz = GeoDistances.Bundled.Find("RUS", "KAZ");
        Assert.NotNull(rusKaz);
        Assert.True(rusKaz.Contiguous);
        Assert.True(rusKaz.CommonOfficialLanguage);
        Assert.True(rusKaz.Colony);
        Assert.Equal(3104.607, rusKaz.DistanceKm, 3);
        Assert.Equal(2152.753, rusKaz.WeightedDistanceKm, 3);
        var rusDeu = GeoDistances.Bundled.Find("rus", "deu");
        Assert.NotNull(rusDeu);
        Assert.False(rusDeu.Contiguous);
        Assert.Equal(2654.584, rusDeu.WeightedDistanceKm, 3);
    }

    [Theory]
    [InlineData("ROU")]
    [InlineData("COD")]
    [InlineData("TLS")]
    [InlineData("PSE")]
    [InlineData("SRB")]
    [InlineData("MNE")]
    public void CEPII_own_codes_are_found_under_their_ISO3_successors(string iso3)
    {
        Assert.NotNull(GeoDistances.Bundled.Find(iso3, "DEU"));
        Assert.NotNull(GeoDistances.Bundled.Find("DEU", iso3));
        Assert.Null(GeoDistances.Bundled.Find("ROM", "DEU"));
    }

    [Fact]
    public void A_bad_dummy_is_named_at_its_line()
    {
        var text =
            "iso_o,iso_d,contig,comlang_off,comlang_ethno,colony,comcol,smctry,dist,distw\n"
            + "AAA,BBB,0,0,0,0,0,0,10,12\n"
            + "AAA,CCC,2,0,0,0,0,0,10,\n";
        var error = Assert.Throws<InputException>(() => GeoDistances.Parse(new StringReader(text), "geo.csv"));
        Assert.StartsWith("geo.csv:3:", error.Message);
        Assert.Contains("0 or 1", error.Message);
    }

    [Fact]
    public void An_empty_weighted_distance_is_NaN_not_zero()
    {
        var text = "iso_o,iso_d,contig,comlang_off,comlang_ethno,colony,comcol,smctry,dist,distw\nAAA,BBB,0,0,0,0,0,0,10,\n";
        var table = GeoDistances.Parse(new StringReader(text), "geo.csv");
        Assert.True(double.IsNaN(table.Find("AAA", "BBB")!.WeightedDistanceKm));
    }
}

public sealed class RtaPairsTests
{
    [Theory]
    [InlineData("RUS", "KAZ", 2019, true)] // EAEU, CIS FTA
    [InlineData("KAZ", "RUS", 2019, true)] // either order
    [InlineData("RUS", "CHN", 2019, false)]
    [InlineData("ARM", "RUS", 2014, true)] // CIS FTA 2011, in force for Armenia from 2012-10-17
    [InlineData("DEU", "KOR", 2010, false)]
    [InlineData("DEU", "KOR", 2011, true)] // EU–Korea, 2011-07-01: applies on the reference day
    [InlineData("DEU", "GBR", 2020, true)] // the United Kingdom left the EU customs union on 2020-12-31
    [InlineData("DEU", "GBR", 2021, true)] // EU–UK Trade and Cooperation Agreement from 2021-01-01
    [InlineData("FRA", "USA", 2019, false)]
    [InlineData("HRV", "DEU", 2012, true)] // EU–Croatia association agreement before accession
    public void Bundled_pairs_follow_the_WTO_database(string a, string b, int year, bool expected) =>
        Assert.Equal(expected, RtaPairs.Bundled.InForce(a, b, year));

    [Fact]
    public void A_bloc_party_is_expanded_into_its_members_only_while_they_are_members()
    {
        // EU–Korea lists the EU as a party: the United Kingdom is covered until it left, and not through the EU after.
        var ukKorea = RtaPairs.Bundled.Agreements("GBR", "KOR");
        var euKorea = Assert.Single(ukKorea, s => s.RtaId == 167);
        Assert.Equal(new DateOnly(2020, 12, 31), euKorea.Until);
        // Members of the same bloc party are not paired by that bloc's external agreement.
        Assert.DoesNotContain(RtaPairs.Bundled.Agreements("DEU", "FRA"), s => s.RtaId == 167);
    }

    [Fact]
    public void Until_before_from_is_an_error_at_its_line()
    {
        var text = "iso3_a,iso3_b,from,until,rta_id,type,rta_name\nAAA,BBB,2010-01-01,2009-01-01,1,FTA,x\n";
        var error = Assert.Throws<InputException>(() => RtaPairs.Parse(new StringReader(text), "rta.csv"));
        Assert.StartsWith("rta.csv:2:", error.Message);
    }

    [Fact]
    public void The_reference_day_decides_a_year()
    {
        var text = "iso3_a,iso3_b,from,until,rta_id,type,rta_name\nAAA,BBB,2010-07-02,2015-07-01,1,FTA,x\n";
        var pairs = RtaPairs.Parse(new StringReader(text), "rta.csv");
        Assert.False(pairs.InForce("AAA", "BBB", 2010));
        Assert.True(pairs.InForce("BBB", "AAA", 2011));
        Assert.True(pairs.InForce("AAA", "BBB", 2014));
        Assert.False(pairs.InForce("AAA", "BBB", 2015));
    }
}

public sealed class AtlasComplexityTests
{
    [Theory]
    // Values printed in the Atlas extract's notes: ECI (HS92) 2021 and 2023.
    [InlineData("JPN", 2021, 2.466)]
    [InlineData("RUS", 2021, 0.281)]
    [InlineData("KAZ", 2021, -0.541)]
    [InlineData("RUS", 2023, -0.268)]
    public void Bundled_ECI_values_match_the_Atlas(string iso3, int year, double eci) =>
        Assert.Equal(eci, AtlasComplexity.Bundled.Eci(iso3, year)!.Value, 3);

    [Theory]
    [InlineData("8542", 2023, 1.491)]
    [InlineData("8703", 2023, 0.982)]
    [InlineData("2709", 2023, -2.269)]
    public void Bundled_PCI_values_match_the_Atlas(string hs4, int year, double pci) =>
        Assert.Equal(pci, AtlasComplexity.Bundled.Pci(hs4, year)!.Value, 3);

    [Fact]
    public void An_unranked_country_is_absent_not_zero()
    {
        Assert.Null(AtlasComplexity.Bundled.Eci("XXX", 2021));
        Assert.InRange(AtlasComplexity.Bundled.EciOf(2021).Count, 120, 145); // 145 ranked countries, some years fewer
    }
}
