using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Model;
using TradeScope.Reports;
using TradeScope.Reports.Formats;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Reports;

/// <summary>The lead table from store-like rows to CSV: the columns in order, the worked example of Belarus's
/// chemicals (values in US$ bn, docs/methods/products.md#lead-example) and a zero base shown as an empty cell with its
/// reason.</summary>
public class LeadReportTests
{
    private static readonly CountryCode[] Members = [new("BLR"), new("RUS")];

    private static LeadResult Example()
    {
        // Belarus: mutual 20 → 25, total 30 → 38; chemicals (VI) mutual 1.42 → 2.05, total 1.80 → 2.356. A second group
        // (XVI) has no mutual exports at t0: NEW_FLOW.
        ProductFlowTotal[] byGroup =
        [
            new(2015, "BLR", "RUS", "VI", 1.42),
            new(2015, "BLR", "DEU", "VI", 0.38),
            new(2021, "BLR", "RUS", "VI", 2.05),
            new(2021, "BLR", "DEU", "VI", 0.306),
            new(2015, "BLR", "DEU", "XVI", 3),
            new(2021, "BLR", "RUS", "XVI", 1),
        ];
        ProductFlowTotal[] all =
        [
            new(2015, "BLR", "RUS", "*", 20),
            new(2015, "BLR", "DEU", "*", 10),
            new(2021, "BLR", "RUS", "*", 25),
            new(2021, "BLR", "DEU", "*", 13),
        ];
        var flows = LeadAggregation.Sum(byGroup, all, Members, "EAEU", ["VI", "XVI"], new(2015, 2015), new(2021, 2021));
        var chemicals = new Bilingual("Chemical products", "Продукция химической промышленности");
        var names = new Dictionary<string, Bilingual> { ["VI"] = chemicals };
        return new LeadResult(
            "EAEU",
            new("Eurasian Economic Union", "Евразийский экономический союз"),
            Members,
            2021,
            new(2015, 2015),
            new(2021, 2021),
            new("HS sections", "Разделы ТН ВЭД"),
            LeadResult.Compute(flows, names),
            [new Provenance("test", "memory")]
        );
    }

    private static (string[] Header, List<Dictionary<string, string>> Rows) Csv()
    {
        using var stream = new MemoryStream();
        OutputFormats.Csv.Render(LeadReport.Build(Example()), Language.En, stream);
        return CliRunner.ReadCsv(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Columns_are_those_of_the_documented_tidy_table()
    {
        var expected =
            "member,group,group_name_en,group_name_ru,mutual_t0,mutual_t1,total_t0,total_t1,third_t0,third_t1,"
            + "share_mutual_t0_pct,share_mutual_t1_pct,share_total_t0_pct,share_total_t1_pct,share_third_t0_pct,share_third_t1_pct,"
            + "k_a,k_a3,k_b,k_b3,reason";
        Assert.Equal(expected, string.Join(',', Csv().Header));
    }

    [Fact]
    public void Belarus_chemicals_reproduce_the_worked_example()
    {
        var row = Csv().Rows.Single(r => r["member"] == "BLR" && r["group"] == "VI");
        double V(string key) => double.Parse(row[key], CultureInfo.InvariantCulture);
        Assert.Equal(1.1030, V("k_a"), 4);
        Assert.Equal(1.7928, V("k_a3"), 4);
        Assert.Equal(1.1177, V("k_b"), 4);
        Assert.Equal(1.8645, V("k_b3"), 4);
        Assert.Equal(7.10, V("share_mutual_t0_pct"), 10);
        Assert.Equal(8.20, V("share_mutual_t1_pct"), 10);
        Assert.Equal("Chemical products", row["group_name_en"]);
        Assert.Equal("", row["reason"]);
    }

    [Fact]
    public void A_zero_base_is_an_empty_cell_with_its_reason_and_the_bloc_rows_follow_the_members()
    {
        var rows = Csv().Rows;
        var machinery = rows.Single(r => r["member"] == "BLR" && r["group"] == "XVI");
        Assert.Equal("", machinery["k_a"]);
        Assert.Equal("NEW_FLOW", machinery["reason"]);
        Assert.Equal(["BLR", "BLR", "RUS", "RUS", "EAEU", "EAEU"], rows.Select(r => r["member"]));
    }

    [Fact]
    public void The_summary_in_words_comes_first()
    {
        var document = LeadReport.Build(Example());
        var first = Assert.IsType<ParagraphBlock>(document.Blocks[0]);
        Assert.Contains("K_B > 1", first.Text.En);
    }
}
