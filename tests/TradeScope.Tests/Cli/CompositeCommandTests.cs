using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>tradescope composite</c>: outputs in every format, exit 2 with file:line on bad metadata, reproducible --mc.</summary>
public class CompositeCommandTests
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "DocExamples", "composite");
    private static readonly string DataFile = Path.Combine(Example, "data.csv");
    private static readonly string MetaFile = Path.Combine(Example, "meta.csv");

    [Fact]
    public void The_example_gives_one_row_per_unit_with_every_aggregate_and_the_rank()
    {
        var result = CliRunner.Run("composite", "--data", DataFile, "--meta", MetaFile);
        Assert.Equal(App.Ok, result.ExitCode);
        var (header, rows) = CliRunner.ReadCsv(result.Output);
        Assert.Equal(["table", "unit", "EPI", "BASE", "TECH", "MKT", "rank", "reason", "node", "child", "contribution"], header);
        var scores = rows.Where(r => r["table"] == "scores").ToList();
        Assert.Equal(12, scores.Count);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => i.ToString()), scores.Select(r => r["rank"]));
        // contributions of the index's pillars add up to the index (arithmetic mean)
        var deu = scores.Single(r => r["unit"] == "DEU");
        var sum = rows.Where(r => r["table"] == "contributions" && r["unit"] == "DEU" && r["node"] == "EPI")
            .Sum(r => double.Parse(r["contribution"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(deu["EPI"], System.Globalization.CultureInfo.InvariantCulture), sum, 9);
    }

    [Fact]
    public void Monte_Carlo_adds_rank_intervals_and_is_reproducible_with_a_seed()
    {
        string[] args = ["composite", "--data", DataFile, "--meta", MetaFile, "--mc", "50", "--seed", "7"];
        var first = CliRunner.Run(args);
        var again = CliRunner.Run(args);
        Assert.Equal(App.Ok, first.ExitCode);
        Assert.Equal(first.Output, again.Output);
        var (header, _) = CliRunner.ReadCsv(first.Output);
        Assert.Contains("rank_median", header);
        Assert.Contains("rank_p05", header);
        Assert.Contains("rank_p95", header);
    }

    [Fact]
    public void Sensitivity_adds_a_table_of_indices()
    {
        var result = CliRunner.Run("composite", "--data", DataFile, "--meta", MetaFile, "--sensitivity", "20");
        Assert.Equal(App.Ok, result.ExitCode);
        var (header, rows) = CliRunner.ReadCsv(result.Output);
        Assert.Contains("first_order", header);
        Assert.Equal(
            ["weights", "normalisation", "aggregation", "imputation"],
            rows.Where(r => r["table"] == "sensitivity").Select(r => r["choice"])
        );
    }

    [Theory]
    [InlineData("md", "# Composite indicator")]
    [InlineData("json", "\"scores\"")]
    public void Renders_in_other_formats(string format, string expected)
    {
        var result = CliRunner.Run("composite", "--data", DataFile, "--meta", MetaFile, "--format", format, "--lang", "ru");
        Assert.Equal(App.Ok, result.ExitCode);
        Assert.Contains(format == "md" ? "# Составной индикатор" : expected, result.Output);
    }

    [Fact]
    public void Writes_xlsx_to_a_file()
    {
        var path = Path.Combine(CliRunner.TempFolder(), "composite.xlsx");
        var result = CliRunner.Run("composite", "--data", DataFile, "--meta", MetaFile, "--out", path);
        Assert.Equal(App.Ok, result.ExitCode);
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Fact]
    public void Bad_metadata_exits_2_with_one_line_naming_file_and_line_and_writes_nothing()
    {
        var folder = CliRunner.TempFolder();
        var meta = Path.Combine(folder, "meta.csv");
        File.WriteAllText(
            meta,
            File.ReadAllText(MetaFile).Replace("hightech,Medium- and high-tech share of exports,TECH", "hightech,x,TEC")
        );
        var output = Path.Combine(folder, "out.csv");
        var result = CliRunner.Run("composite", "--data", DataFile, "--meta", meta, "--out", output);
        Assert.Equal(App.BadInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("meta.csv:10:", line);
        Assert.Contains("parent 'TEC'", line);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--normalise", "minmax:9,1", "--normalise minmax:9,1")]
    [InlineData("--weights", "nothere.csv", "nothere.csv")]
    public void A_bad_option_value_exits_2_naming_the_option(string option, string value, string expected)
    {
        var result = CliRunner.Run("composite", "--data", DataFile, "--meta", MetaFile, option, value);
        Assert.Equal(App.BadInput, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
    }
}
