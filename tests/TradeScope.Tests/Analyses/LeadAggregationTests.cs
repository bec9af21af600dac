using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Model;
using TradeScope.Products;
using Xunit;

namespace TradeScope.Tests.Analyses;

public class LeadAggregationTests
{
    private static readonly CountryCode[] Bloc = [new("BLR"), new("RUS"), new("KAZ")];

    [Fact]
    public void Mutual_exports_go_to_the_other_members_and_the_bloc_sums_its_members()
    {
        ProductFlowTotal[] byGroup =
        [
            new(2015, "BLR", "RUS", "VI", 10),
            new(2015, "BLR", "DEU", "VI", 5),
            new(2015, "BLR", "BLR", "VI", 100), // self-trade is not mutual, but is part of what the data call total
            new(2021, "BLR", "KAZ", "VI", 20),
            new(2021, "BLR", "CHN", "VI", 2),
            new(2021, "RUS", "BLR", "VI", 7),
            new(2021, "DEU", "BLR", "VI", 1000), // not a member: ignored
            new(2018, "BLR", "RUS", "VI", 999), // outside both periods: ignored
        ];
        ProductFlowTotal[] allGoods = [new(2015, "BLR", "RUS", "x", 40), new(2021, "BLR", "DEU", "x", 50)];
        var rows = LeadAggregation.Sum(byGroup, allGoods, Bloc, "EAEU", ["VI"], new(2015, 2015), new(2021, 2021));
        var blr = rows.Single(r => r.Unit == "BLR");
        Assert.Equal(new LeadGroupFlows("BLR", "VI", new LeadFlows(10, 115, 40, 40), new LeadFlows(20, 22, 0, 50)), blr);
        var bloc = rows.Single(r => r.Unit == "EAEU");
        Assert.Equal(new LeadGroupFlows("EAEU", "VI", new LeadFlows(10, 115, 40, 40), new LeadFlows(27, 29, 0, 50)), bloc);
        Assert.Equal(new LeadGroupFlows("KAZ", "VI", default, default), rows.Single(r => r.Unit == "KAZ"));
        Assert.Equal(["BLR", "RUS", "KAZ", "EAEU"], rows.Select(r => r.Unit)); // members in the bloc's order, then the bloc
    }

    [Fact]
    public void Period_values_are_means_over_the_years_of_the_period()
    {
        ProductFlowTotal[] all =
        [
            new(2015, "KAZ", "RUS", "270900", 30),
            new(2016, "KAZ", "RUS", "270900", 60),
            new(2017, "KAZ", "WLD", "270900", 90),
            new(2021, "KAZ", "RUS", "100190", 8),
        ];
        var rows = LeadAggregation.Sum(all, all, Bloc, "EAEU", ["270900"], new(2015, 2017), new(2021, 2021));
        var kaz = rows.Single(r => r.Unit == "KAZ");
        Assert.Equal(30.0, kaz.Start.Mutual, 12); // (30 + 60 + 0) / 3
        Assert.Equal(60.0, kaz.Start.Total, 12); // (30 + 60 + 90) / 3
        Assert.Equal(60.0, kaz.Start.TotalAllGoods, 12);
        Assert.Equal(0.0, kaz.End.Mutual, 12); // 100190 is another group
        Assert.Equal(8.0, kaz.End.MutualAllGoods, 12);
    }

    [Theory]
    [InlineData("2015", 2015, 2015)]
    [InlineData(" 2015-2017 ", 2015, 2017)]
    public void Periods_parse_as_a_year_or_a_span(string text, int first, int last) =>
        Assert.Equal(new LeadPeriod(first, last), LeadPeriod.Parse(text, "from"));

    [Theory]
    [InlineData("15")]
    [InlineData("2017-2015")]
    [InlineData("2015-2016-2017")]
    [InlineData("")]
    public void Anything_else_is_an_error_naming_the_parameter(string text)
    {
        var e = Assert.Throws<InputException>(() => LeadPeriod.Parse(text, "from"));
        Assert.Equal("from", e.Parameter);
    }
}
