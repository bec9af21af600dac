using TradeScope.Core;
using TradeScope.Data;
using Xunit;

namespace TradeScope.Tests.Data;

/// <summary>The one resolver of group:ID names (aliases, dates, default dates) and the matching of members against a table.</summary>
public sealed class GroupResolutionTests
{
    [Fact]
    public void Eu27_is_the_eu_on_2020_02_01_and_eu28_adds_the_uk()
    {
        var eu27 = GroupResolution.Resolve("group:EU27", "--exporter", 2011);
        Assert.Equal(27, eu27.Members.Count);
        Assert.Contains(new CountryCode("HRV"), eu27.Members);
        Assert.DoesNotContain(new CountryCode("GBR"), eu27.Members);
        Assert.Equal(GroupDateRule.FixedComposition, eu27.Rule);
        Assert.Equal(new DateOnly(2020, 2, 1), eu27.Date);
        Assert.Equal(eu27.Members, GroupResolution.Resolve("group:EU27", "--exporter", 1995).Members); // fixed, whatever the year
        var eu28 = GroupResolution.Resolve("EU28", "--exporter", null);
        Assert.Equal(28, eu28.Members.Count);
        Assert.Contains(new CountryCode("GBR"), eu28.Members);
    }

    [Fact]
    public void Default_date_is_1_july_of_the_year_or_the_latest_composition_without_a_year()
    {
        var eu2004 = GroupResolution.Resolve("group:EU", "--partners", 2004);
        Assert.Equal(new DateOnly(2004, 7, 1), eu2004.Date);
        Assert.Equal(25, eu2004.Members.Count);
        // NAFTA ended on 2020-06-30: an undated table gets its last composition (exvatools' NAFTA on iciotest).
        var nafta = GroupResolution.Resolve("group:NAFTA", "--exporter", null);
        Assert.Equal(["CAN", "MEX", "USA"], nafta.Members.Select(m => m.Value));
        Assert.Equal(GroupDateRule.LatestComposition, nafta.Rule);
        var eu = GroupResolution.Resolve("group:EU", "--exporter", null);
        Assert.Equal(27, eu.Members.Count); // the day after GBR left
        var eaeu = GroupResolution.Resolve("group:EAEU@2016-01-01", "--exporter", 2011);
        Assert.Equal("EAEU@2016-01-01", eaeu.Label);
        Assert.Equal(["ARM", "BLR", "KAZ", "KGZ", "RUS"], eaeu.Members.Select(m => m.Value));
    }

    [Theory]
    [InlineData("group:EAEU", 2011, "group EAEU has no members on 2011-07-01; give a date: group:EAEU@YYYY-MM-DD")]
    [InlineData("group:NAFTA", 2021, "group NAFTA has no members on 2021-07-01")]
    [InlineData("group:NOPE", 2011, "unknown group")]
    [InlineData("group:EU@2011-13-01", 2011, "the date after @ must be YYYY-MM-DD")]
    public void Bad_names_and_empty_dates_are_input_errors(string text, int year, string message)
    {
        var e = Assert.Throws<InputException>(() => GroupResolution.Resolve(text, "--exporter", year));
        Assert.StartsWith("--exporter " + text, e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Members_in_a_table_are_intersected_and_the_rest_named()
    {
        var eu27 = GroupResolution.Resolve("group:EU27", "--exporter", null);
        var inTable = eu27.InTable(["CHN", "ESP", "FRA", "MEX", "USA", "ROW"]); // iciotest
        Assert.Equal(["ESP", "FRA"], inTable.Present);
        Assert.Equal(25, inTable.Folded.Count);
        // WIOD spells Romania ROM; the readers normalise it to ROU, and so does the matching.
        Assert.Equal(["ROU"], GroupResolution.InTable(["ROM"], ["ROU", "ROW"]).Present);
    }

    [Fact]
    public void User_groups_resolve_like_bundled_ones()
    {
        var dir = Directory.CreateTempSubdirectory("groups-").FullName;
        var file = Path.Combine(dir, "g.csv");
        File.WriteAllText(file, "group_id,member_iso3,from\nCORE,RUS,\nCORE,KAZ,2000-01-01\n");
        var registry = GroupRegistry.Default.WithUserGroups(file);
        Assert.Equal(["KAZ", "RUS"], GroupResolution.Resolve("group:CORE", "--exporter", 2011, registry).Members.Select(m => m.Value));
        Assert.Equal(["RUS"], GroupResolution.Resolve("group:CORE@1999-01-01", "--exporter", 2011, registry).Members.Select(m => m.Value));
        Directory.Delete(dir, recursive: true);
    }
}
