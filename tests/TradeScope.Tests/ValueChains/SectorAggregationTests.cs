using TradeScope.Core;
using TradeScope.ValueChains;
using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.ValueChains;

/// <summary><c>--sectors FILE</c>: a CSV <c>group,sector</c> read by the shared CSV reader (file:line errors).</summary>
public sealed class SectorAggregationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tradescope-sectors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Sectors = ["c1", "c2", "c3"];

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "sectors.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("group,sector\nPRIMARY,c1\nGOODS,C1\nGOODS,c2\n\"GOODS\",c2\nLAST,c3\n")]
    [InlineData("\uFEFFgroup,sector\r\nPRIMARY,c1\r\nGOODS,c1\r\n\r\nGOODS,\"c2\"\r\nLAST,c3\r\n\r\n")]
    public void Groups_in_first_appearance_order_may_overlap_and_ignore_repeats(string text)
    {
        var agg = SectorAggregation.Parse(Write(text), Sectors);
        Assert.Equal(["PRIMARY", "GOODS", "LAST"], agg.Groups.Select(g => g.Name));
        Assert.Equal(
            [
                [0],
                [0, 1],
                [2],
            ],
            agg.Groups.Select(g => g.Members)
        );
        Assert.Equal([("PRIMARY", 1.0), ("GOODS", 3.0), ("LAST", 4.0)], agg.Apply([1, 2, 4]));
    }

    [Theory]
    [InlineData("group,sector\nA,c1\nA,c9\n", ":3: unknown sector 'c9' (table sectors: c1 c2 c3…)")]
    [InlineData(
        "group,sector\nA,c1\nA,c2,c3\n",
        ":3: malformed line: 3 fields, the header has 2; remove the extra field or quote fields that contain commas"
    )]
    [InlineData("name,sector\nA,c1\n", ":1: header must be 'group,sector'")]
    [InlineData("group,sector\n", ":1: no sector groups")]
    [InlineData("", ":1: empty file: expected a header line")]
    public void Bad_sector_files_are_one_line_errors_with_file_and_line(string text, string expected)
    {
        var path = Write(text);
        Assert.Equal(path + expected, Assert.Throws<InputException>(() => SectorAggregation.Parse(path, Sectors)).Message);
    }

    [Fact]
    public void Missing_file_names_the_option()
    {
        var path = Path.Combine(_dir, "none.csv");
        Assert.Equal(
            $"--sectors {path}: file not found (use all, standard or the path of a CSV group,sector)",
            OptionNames.Message(Assert.Throws<InputException>(() => SectorAggregation.Parse(path, Sectors)))
        );
    }
}
