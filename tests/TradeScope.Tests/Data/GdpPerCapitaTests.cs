using TradeScope.Core;
using TradeScope.Data;
using Xunit;

namespace TradeScope.Tests.Data;

public sealed class GdpPerCapitaTests
{
    private static readonly GdpPerCapita Table = GdpPerCapita.Bundled;

    private static GdpPerCapita ParseText(string text) => GdpPerCapita.Parse(new StringReader(text), "test.csv", "test");

    [Theory]
    // 2019 values as printed (rounded to US$ 1) in the World Bank extract's README (shared data/gdp/README.txt).
    [InlineData("RUS", 11536)]
    [InlineData("KAZ", 9813)]
    [InlineData("BLR", 6838)]
    [InlineData("ARM", 4829)]
    [InlineData("KGZ", 1374)]
    public void Bundled_2019_values_match_the_source(string iso3, double rounded)
    {
        var value = Table.Get(new CountryCode(iso3), 2019);
        Assert.True(value.IsAvailable);
        Assert.Equal(rounded, Math.Round(value.Usd));
        Assert.Equal(value.Usd, Table[new CountryCode(iso3), 2019]);
    }

    [Fact]
    public void Bundled_table_covers_217_economies_1995_to_2022_without_aggregates()
    {
        Assert.Equal(1995, Table.FirstYear);
        Assert.Equal(2022, Table.LastYear);
        Assert.Equal(217, Table.Economies.Count);
        Assert.Equal(Table.Economies.Order().ToList(), Table.Economies);
        foreach (var aggregate in new[] { "WLD", "EUU", "EMU", "HIC", "OED", "SSF" })
            Assert.Equal(GdpMissingReason.UnknownEconomy, Table.Get(new CountryCode(aggregate), 2019).Reason);
        Assert.Contains(new CountryCode("XKX"), Table.Economies);
        Assert.Contains("World Bank", Table.Provenance.Source.En);
        Assert.Contains("217 economies, 1995–2022; 5706 values, 370 rows not reported", Table.Provenance.Notes.Select(n => n.En));
    }

    [Fact]
    public void Every_bundled_value_is_positive_and_finite_or_NaN_with_a_reason()
    {
        var available = 0;
        foreach (var economy in Table.Economies)
            for (var year = Table.FirstYear; year <= Table.LastYear; year++)
            {
                var value = Table.Get(economy, year);
                if (value.IsAvailable)
                {
                    available++;
                    Assert.True(double.IsFinite(value.Usd) && value.Usd > 0);
                }
                else
                {
                    Assert.True(double.IsNaN(value.Usd));
                    Assert.Equal(GdpMissingReason.NotReported, value.Reason);
                }
            }
        Assert.Equal(5706, available);
    }

    [Fact]
    public void Missing_values_are_NaN_with_the_reason()
    {
        var northKorea = Table.Get(new CountryCode("PRK"), 2019);
        Assert.True(double.IsNaN(northKorea.Usd));
        Assert.Equal(GdpMissingReason.NotReported, northKorea.Reason);
        Assert.Equal(GdpMissingReason.NotReported, Table.Get(new CountryCode("AFG"), 2001).Reason);
        Assert.True(Table.Get(new CountryCode("AFG"), 2002).IsAvailable);
        Assert.Equal(GdpMissingReason.YearOutsideCoverage, Table.Get(new CountryCode("RUS"), 1994).Reason);
        Assert.Equal(GdpMissingReason.YearOutsideCoverage, Table.Get(new CountryCode("RUS"), 2023).Reason);
        Assert.Equal(GdpMissingReason.UnknownEconomy, Table.Get(new CountryCode("ROM"), 2005).Reason);
        Assert.True(double.IsNaN(Table[new CountryCode("ROM"), 2005]));
        Assert.True(Table.Get(new CountryCode("ROU"), 2005).IsAvailable);
    }

    [Fact]
    public void Parses_the_tidy_layout_with_gaps_and_a_byte_order_mark()
    {
        var table = ParseText("\uFEFFiso3,year,gdppc_usd\nAAA,2000,100.5\nAAA,2002,\nbbb,2003,1e3\n");
        Assert.Equal(2000, table.FirstYear);
        Assert.Equal(2003, table.LastYear);
        Assert.Equal(100.5, table[new CountryCode("AAA"), 2000]);
        Assert.Equal(1000, table[new CountryCode("BBB"), 2003]);
        Assert.Equal(GdpMissingReason.NotReported, table.Get(new CountryCode("AAA"), 2002).Reason);
        Assert.Equal(GdpMissingReason.NotReported, table.Get(new CountryCode("AAA"), 2001).Reason); // absent row
        Assert.Equal(GdpMissingReason.NotReported, table.Get(new CountryCode("BBB"), 2000).Reason);
    }

    [Theory]
    [InlineData("country,year,value\nAAA,2000,1\n", "test.csv:1: header is")]
    [InlineData("", "test.csv:1: empty file")]
    [InlineData("iso3,year,gdppc_usd\n", "no data rows")]
    [InlineData("iso3,year,gdppc_usd\nAAA,2000,1\nAAA,2001\n", "test.csv:3: malformed line: 2 fields, the header has 3")]
    [InlineData("iso3,year,gdppc_usd\nAA1,2000,1\n", "test.csv:2: 'AA1' is not a three-letter ISO3 code")]
    [InlineData("iso3,year,gdppc_usd\nAAA,20x0,1\n", "test.csv:2: '20x0' is not a year")]
    [InlineData("iso3,year,gdppc_usd\nAAA,2000,-5\n", "test.csv:2: '-5' is not a positive number")]
    [InlineData("iso3,year,gdppc_usd\nAAA,2000,0\n", "test.csv:2: '0' is not a positive number")]
    [InlineData("iso3,year,gdppc_usd\nAAA,2000,NaN\n", "test.csv:2: 'NaN' is not a positive number")]
    [InlineData("iso3,year,gdppc_usd\nAAA,2000,1\naaa,2000,2\n", "test.csv:3: duplicate row for AAA 2000")]
    [InlineData("iso3,year,gdppc_usd\nAAA,2000,\"1\n", "test.csv:2: malformed line: a quoted field is never closed")]
    [InlineData("iso3,year,gdppc_usd\nAAA,2000,\"1,5\"\n", "test.csv:2: '1,5' is not a positive number")]
    public void Bad_tables_are_input_errors_with_file_and_line(string text, string message)
    {
        var e = Assert.Throws<InputException>(() => ParseText(text));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Quoted_fields_are_read_as_csv_not_split_on_every_comma()
    {
        var table = ParseText("\"iso3\",\"year\",\"gdppc_usd\"\n\"AAA\",\"2000\",\"1234.5\"\nBBB,2000,\"\"\n");
        Assert.Equal(1234.5, table[new CountryCode("AAA"), 2000]);
        Assert.Equal(GdpMissingReason.NotReported, table.Get(new CountryCode("BBB"), 2000).Reason);
    }

    [Fact]
    public void Load_reports_a_missing_file()
    {
        var e = Assert.Throws<InputException>(() => GdpPerCapita.Load(Path.Combine(Path.GetTempPath(), "no-such-gdp.csv")));
        Assert.Contains("file not found", e.Message);
    }
}
