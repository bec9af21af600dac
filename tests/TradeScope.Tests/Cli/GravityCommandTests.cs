using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>tradescope gravity-potential</c>: the partner table's columns and one-line errors.</summary>
public sealed class GravityCommandTests
{
    [Fact]
    public void Csv_has_one_row_per_partner_with_the_documented_columns()
    {
        var result = CliRunner.Run("gravity-potential", "--reporter", "RUS", "--year", "2019", "--window", "2", "--format", "csv");
        Assert.Equal(App.Ok, result.ExitCode);
        var (header, rows) = CliRunner.ReadCsv(result.Output);
        string[] expected =
        [
            "partner_iso3",
            "partner_name_en",
            "partner_name_ru",
            "actual",
            "predicted",
            "untapped",
            "ratio",
            "screen_rank",
            "reason",
        ];
        Assert.Equal(["table", .. expected], header.Take(expected.Length + 1));
        var partners = rows.Where(r => r["table"] == "gravity_potential").ToList();
        Assert.True(partners.Count > 200);
        Assert.DoesNotContain(partners, r => r["partner_iso3"] == "RUS");
        Assert.Contains(rows, r => r["table"] == "gravity_coefficients" && r["term"] == "rta");
        Assert.All(partners.Where(r => r["predicted"] == ""), r => Assert.NotEqual("", r["reason"]));
    }

    [Theory]
    [InlineData("--reporter", "XXX", "--year", "2019")]
    [InlineData("--reporter", "RUS", "--year", "2030")]
    [InlineData("--reporter", "RUS", "--year", "2022")]
    [InlineData("--reporter", "RUS", "--year", "2019", "--window", "0")]
    public void Bad_input_is_exit_2_with_one_line(params string[] args)
    {
        var result = CliRunner.Run(["gravity-potential", .. args]);
        Assert.Equal(App.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Equal("", result.Output);
    }
}
