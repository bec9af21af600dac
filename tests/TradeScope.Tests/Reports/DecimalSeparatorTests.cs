using System.Text.RegularExpressions;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Reports;

/// <summary>
/// Russian Markdown writes the decimal comma everywhere (tables, summaries, notes); English never does; CSV and JSON stay
/// invariant with a decimal point whatever <c>--lang</c> says. Code spans (file names, commands, formulas, the version)
/// are not prose and are skipped.
/// </summary>
public sealed class DecimalSeparatorTests
{
    private static readonly Regex CodeSpan = new("`[^`]*`", RegexOptions.Compiled);
    private static readonly Regex DecimalPoint = new(@"\d\.\d", RegexOptions.Compiled);

    /// <summary>A decimal comma in English text: "0,5" or "1,23" or "1,2345" (a thousands group has exactly three digits
    /// after the comma and never follows a lone 0).</summary>
    private static readonly Regex DecimalComma = new(@"(?<![\d,.])(0,\d+|\d+,(\d{1,2}|\d{4,}))(?![\d])", RegexOptions.Compiled);

    private static readonly string Fixest = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fixest", "fixest_trade.csv.gz");

    public static TheoryData<string[]> Commands =>
        new()
        {
            new[] { "screen", "--reporter", "RUS", "--year", "2019" },
            new[] { "indices", "--reporter", "RUS", "--year", "2019", "--format", "md" },
            new[] { "blocs", "--reporter", "RUS", "--year", "2019", "--format", "md" },
            // PPML: its notes state the convergence criterion with numbers (0.1, the tolerance) that must follow the language.
            new[]
            {
                "regress",
                "--data",
                Fixest,
                "--formula",
                "Euros ~ log(dist_km) | Origin + Destination + Product + " + "Year",
                "--format",
                "md",
                "--model",
                "ppml",
            },
        };

    private static IEnumerable<string> Prose(string[] args, string lang)
    {
        var run = CliRunner.Run([.. args, "--lang", lang]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output.Split('\n').Select(l => CodeSpan.Replace(l, " "));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Russian_markdown_has_no_decimal_points(string[] args)
    {
        var offending = Prose(args, "ru").Where(l => DecimalPoint.IsMatch(l)).Take(3).ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void English_markdown_has_no_decimal_commas(string[] args)
    {
        var offending = Prose(args, "en").Where(l => DecimalComma.IsMatch(l)).Take(3).ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Fact]
    public void The_checks_catch_what_they_are_meant_to()
    {
        Assert.Matches(DecimalPoint, "ИЭЗ 0.513");
        Assert.DoesNotMatch(DecimalPoint, "ИЭЗ 0,513; 2019-07-01; 1 234 567");
        Assert.Matches(DecimalComma, "ESI 0,513");
        Assert.Matches(DecimalComma, "share 12,5 %");
        Assert.DoesNotMatch(DecimalComma, "exports 1,234,567 and 12,345; ranks 1, 2");
    }

    [Fact]
    public void Csv_and_json_stay_invariant_under_russian()
    {
        var csv = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--lang", "ru");
        var (_, rows) = CliRunner.ReadCsv(csv.Output);
        Assert.Matches(@"^\d+\.\d+$", rows.First(r => r["partner_iso3"] == "CHN")["esi"]);
        var json = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--lang", "ru", "--format", "json");
        Assert.Matches("\"esi\": \\d+\\.\\d+", json.Output);
    }
}
