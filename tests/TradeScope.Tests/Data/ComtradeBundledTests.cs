using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Model;
using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Data;

/// <summary>The bundled Comtrade data read per docs/methods/trade-indices.md#conventions (shared fixture: loaded once).</summary>
public sealed class BundledFixture
{
    public TradeDataset All { get; } = ComtradeBundled.Default;
}

public class ComtradeBundledTests(BundledFixture bundled) : IClassFixture<BundledFixture>
{
    private static readonly CountryCode Rus = new("RUS"),
        Twn = new("TWN"),
        Chn = new("CHN");

    [Fact]
    public void All_nine_years_are_bundled_and_loaded()
    {
        Assert.Equal(Enumerable.Range(2014, 9), ComtradeBundled.Years);
        Assert.Equal(Enumerable.Range(2014, 9), bundled.All.Years);
    }

    [Fact]
    public void Russia_2019_total_is_its_World_row_and_exceeds_the_sum_over_country_partners()
    {
        var m = bundled.All.ForYear(2019);
        var rus = m.IndexOf(Rus);
        Assert.Equal(FlowSource.Reported, m.Source(rus));
        Assert.Equal(426.72e9, m.TotalExports(rus), 0.01e9); // README: World 426.72 bn
        var countries = 0.0;
        foreach (var x in m.ExportsRow(rus))
            countries += x;
        // README: country partners 421.58 bn without Taiwan; with S19 -> TWN (3.22 bn) the row sums to 424.80 bn
        // (recomputed independently from the gz file with Python's csv module).
        Assert.Equal(424.80e9, countries, 0.01e9);
        Assert.Equal(3.22e9, m.Exports(rus, m.IndexOf(Twn)), 0.01e9);
        Assert.Equal(TotalsBasis.WorldRow, m.TotalsBasis);
    }

    [Fact]
    public void Reporter_counts_match_the_source_README()
    {
        // README.txt of the Comtrade extract: 2019 has 161 reporters (S19 among them), 2022 only 85.
        int Reporters(int year)
        {
            var m = bundled.All.ForYear(year);
            return Enumerable.Range(0, m.Count).Count(i => m.Source(i) == FlowSource.Reported);
        }
        Assert.Equal(161, Reporters(2019));
        Assert.Equal(85, Reporters(2022));
    }

    [Fact]
    public void Bundled_files_are_embedded_resources()
    {
        Assert.Equal(Enumerable.Range(2014, 9).Select(y => $"exports_{y}A.csv.gz"), Bundled.List("comtrade"));
        Assert.Equal(["comtrade_former_codes.csv", "countries.csv", "groups.csv"], Bundled.List("ref"));
        Assert.Same(ComtradeBundled.Default, TradeDataset.Open(null));
    }

    [Fact]
    public void Sum_of_partners_basis_makes_totals_equal_row_sums()
    {
        var m = ComtradeBundled.Load(new TradeLoadOptions(TotalsBasis.SumOfPartners, [2019])).ForYear(2019);
        var rus = m.IndexOf(Rus);
        var sum = 0.0;
        foreach (var x in m.ExportsRow(rus))
            sum += x;
        Assert.Equal(sum, m.TotalExports(rus), 1e-6 * sum);
        Assert.Equal(424.80e9, sum, 0.01e9);
    }

    [Fact]
    public void S19_is_Taiwan_as_reporter_and_partner()
    {
        var m = bundled.All.ForYear(2019);
        var twn = m.IndexOf(Twn);
        Assert.True(twn >= 0);
        Assert.Equal(FlowSource.Reported, m.Source(twn));
        Assert.True(m.TotalExports(twn) > 100e9);
        Assert.True(m.Exports(m.IndexOf(Chn), twn) > 10e9); // China's exports to Taiwan
        Assert.Contains(m.Provenance.Notes, n => n.En.Contains("S19") && n.Ru.Contains("S19"));
    }

    [Fact]
    public void Non_country_partners_are_not_economies_and_are_reported_in_the_notes()
    {
        var m = bundled.All.ForYear(2019);
        Assert.DoesNotContain(m.Economies, c => c.Value is "W00" or "E19" or "A79" or "A59" or "F19" or "O19" or "S19");
        Assert.All(m.Economies, c => Assert.True(CountryRegistry.Default.Contains(c)));
        var note = Assert.Single(m.Provenance.Notes, n => n.En.StartsWith("2019: excluded from bilateral flows"));
        Assert.Contains("_X ", note.En);
        Assert.StartsWith("2019: исключено из двусторонних потоков", note.Ru);
        Assert.Contains("X1 ", note.En);
    }

    [Fact]
    public void World_totals_are_sums_over_reporters()
    {
        var m = bundled.All.ForYear(2019);
        double world = 0,
            toChina = 0;
        var chn = m.IndexOf(Chn);
        for (var s = 0; s < m.Count; s++)
        {
            if (m.Source(s) == FlowSource.Missing)
            {
                Assert.True(double.IsNaN(m.TotalExports(s)));
                continue;
            }
            world += m.TotalExports(s);
            toChina += m.Exports(s, chn);
        }
        Assert.Equal(world, m.WorldExports, 1e-9 * world);
        Assert.Equal(toChina, m.WorldExportsTo(chn), 1e-9 * toChina);
    }

    [Fact]
    public void Russia_did_not_report_in_2022_so_its_row_is_missing()
    {
        var m = bundled.All.ForYear(2022);
        var rus = m.IndexOf(Rus);
        Assert.True(rus >= 0); // a partner of reporters
        Assert.Equal(FlowSource.Missing, m.Source(rus));
        Assert.True(double.IsNaN(m.Exports(rus, m.IndexOf(Chn))));
        var e = Assert.Throws<InputException>(() => bundled.All.RequireReporter(Rus, 2022));
        Assert.StartsWith("--reporter RUS: no exports of RUS in 2022", OptionNames.Message(e));
        Assert.Contains("NO_REPORTER_DATA", e.Message);
    }

    [Fact]
    public void Year_not_in_the_data_is_an_input_error_naming_the_option()
    {
        var e = Assert.Throws<InputException>(() => bundled.All.ForYear(2030));
        Assert.Equal("--year 2030: year not in the data (2014-2022); choose one of these years", OptionNames.Message(e));
        var e2 = Assert.Throws<InputException>(() => ComtradeBundled.Load(new TradeLoadOptions(Years: [2013])));
        Assert.StartsWith("--year 2013: year not in the bundled data (2014-2022)", OptionNames.Message(e2));
    }
}
