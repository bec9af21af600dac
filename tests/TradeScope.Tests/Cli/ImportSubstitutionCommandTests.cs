using System.Globalization;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>tradescope import-substitution</c>: tidy output that names the table, and one-line errors (exit 2) naming
/// the option for a bad economy, sector code or cut.</summary>
public sealed class ImportSubstitutionCommandTests
{
    private static string Example => Path.Combine(ReadmeCommandsTests.RepositoryRoot(), "docs", "examples", "iciotest.csv");

    [Fact]
    public void Output_is_tidy_and_adds_up()
    {
        var run = CliRunner.Run(
            "import-substitution",
            "--table",
            Example,
            "--layout",
            "exvatools",
            "--economy",
            "ESP",
            "--industries",
            "10T39",
            "--cut",
            "40"
        );
        Assert.True(run.ExitCode == 0, run.Error);
        var (header, rows) = CliRunner.ReadCsv(run.Output);
        Assert.Equal(["economy", "sector", "measure", "baseline", "scenario", "change", "change_pct"], header);
        double Value(string measure, string column) =>
            double.Parse(rows.Single(r => r["sector"] == "TOTAL" && r["measure"] == measure)[column], CultureInfo.InvariantCulture);
        foreach (var column in new[] { "baseline", "scenario" })
        {
            var exports = Value("exports", column);
            Assert.Equal(exports, Value("domestic_content", column) + Value("foreign_content", column), 1e-9 * exports);
        }
        Assert.True(Value("foreign_content", "scenario") < Value("foreign_content", "baseline"), "a cut lowers foreign content");
        Assert.Equal(Value("dva", "scenario") - Value("dva", "baseline"), Value("dva", "change"), 1e-9);
    }

    [Fact]
    public void Markdown_answers_in_words_and_names_the_table_and_the_assumptions()
    {
        var run = CliRunner.Run(
            "import-substitution",
            "--table",
            Example,
            "--layout",
            "exvatools",
            "--economy",
            "MEX",
            "--cut",
            "100",
            "--format",
            "md"
        );
        Assert.True(run.ExitCode == 0, run.Error);
        var text = run.Output;
        var words = text.IndexOf("domestic value added in exports", StringComparison.Ordinal);
        var table = text.IndexOf("| Economy |", StringComparison.Ordinal);
        Assert.True(words >= 0 && words < table, "the answer in words comes before the table");
        Assert.Contains("closure: final demand", text, StringComparison.Ordinal);
        Assert.Contains("cut 100 %", text, StringComparison.Ordinal);
        Assert.Contains("iciotest.csv", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--economy", "XYZ", "--cut", "10")]
    [InlineData("--industries", "C99", "--cut", "10")]
    [InlineData("--cut", "150", "--industries", "10T39")]
    [InlineData("--cut", "-5", "--industries", "10T39")]
    public void Bad_input_exits_2_with_one_line_naming_the_option(string option, string value, string other, string otherValue)
    {
        var args = new List<string>
        {
            "import-substitution",
            "--table",
            Example,
            "--layout",
            "exvatools",
            option,
            value,
            other,
            otherValue,
        };
        if (option != "--economy")
            args.AddRange(["--economy", "ESP"]);
        var run = CliRunner.Run([.. args]);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"error: {option} {value}", line, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }
}
