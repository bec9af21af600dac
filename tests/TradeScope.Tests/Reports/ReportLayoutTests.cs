using System.Reflection;
using TradeScope.Analyses;
using TradeScope.Reports;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Reports;

/// <summary>
/// Reports lead with the answer and end with provenance: the first lines of the Markdown state the result in words
/// (before any table), data notes follow the tables, and the last section names the TradeScope version, the date, the
/// command as typed and the data.
/// </summary>
public sealed class ReportLayoutTests
{
    private static readonly DateTimeOffset Date = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static string Markdown(params string[] args)
    {
        var run = CliRunner.RunAt(Date, args);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output;
    }

    private static string[] Lines(string markdown) => markdown.Split('\n');

    [Theory]
    [InlineData("en", "all four indices")]
    [InlineData("ru", "по всем четырём индексам")]
    public void Screening_answer_is_within_the_first_ten_lines_and_provenance_at_the_end(string lang, string phrase)
    {
        var md = Markdown("screen", "--reporter", "RUS", "--year", "2019", "--lang", lang);
        var head = string.Join("\n", Lines(md).Take(10));
        Assert.Contains(phrase, head);
        // The partners clearing every benchmark, computed here from the library, are named (with their names) up front.
        var s = ScreeningResult.Screen(IndicesWorkflow.Run(new IndicesRequest("RUS", 2019)), 40);
        var clearing = s.Partners.Where(p => p.Clears.All(c => c)).Select(p => p.Row.Partner).ToList();
        Assert.NotEmpty(clearing);
        foreach (var c in clearing)
            Assert.Contains($"{(lang == "ru" ? c.NameRu : c.NameEn)} ({c.Iso3})", head);
        // So is the strongest bloc relative to its neutral value (the first row of the bloc table).
        Assert.Contains($"({s.Blocs[0].Group.Id})", head);
        Assert.DoesNotContain("| ", head); // no table before the answer
        // The Comtrade code paragraphs and the bare ISO3 lists come after the tables, in the data notes.
        var firstTable = md.IndexOf("\n| ", StringComparison.Ordinal);
        Assert.True(md.IndexOf("S19", StringComparison.Ordinal) > firstTable);
        Assert.True(md.IndexOf("AIA, ASM", StringComparison.Ordinal) > firstTable);
        AssertEndsWithProvenance(md, lang, "tradescope screen --reporter RUS --year 2019 --lang " + lang);
    }

    [Theory]
    [InlineData("indices")]
    [InlineData("blocs")]
    public void Indices_and_blocs_lead_with_a_summary_and_end_with_provenance(string command)
    {
        var md = Markdown(command, "--reporter", "RUS", "--year", "2019", "--format", "md");
        var lines = Lines(md);
        var firstTable = Array.FindIndex(lines, l => l.StartsWith("| ", StringComparison.Ordinal));
        var summary = lines
            .Take(firstTable)
            .Where(l => l.StartsWith("**", StringComparison.Ordinal) && l.Contains(":**", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(summary);
        // indices: the largest partner by share in exports is China (13.4 % of Russia's 2019 exports, UN Comtrade);
        // blocs: the strongest bloc relative to its neutral value is the EAEU (Russia's own customs union).
        Assert.Contains(command == "indices" ? "China (13" : "Eurasian Economic Union (EAEU)", summary[0]);
        var notes = Array.IndexOf(lines, "## Data notes");
        Assert.True(notes > firstTable, "data notes after the table");
        AssertEndsWithProvenance(md, "en", $"tradescope {command} --reporter RUS --year 2019 --format md");
    }

    [Fact]
    public void Regression_summary_names_the_key_coefficient_with_its_significance()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fixest", "fixest_trade.csv.gz");
        var md = Markdown(
            "regress",
            "--data",
            data,
            "--formula",
            "log(Euros) ~ log(dist_km) | Origin + Destination + " + "Year",
            "--format",
            "md"
        );
        var first = Lines(md).Skip(1).First(l => l.Length > 0);
        // fixest on the same data: the distance elasticity is about -2.07, significant at 1 % (fixtures/fixest).
        Assert.Matches(@"log\(dist_km\) -2\.07\d\*\*\* \(s\.e\. 0\.\d+, p < 0\.001\)", first);
        // The command is recorded as typed, with the formula quoted for the shell.
        Assert.Contains("'log(Euros) ~ log(dist_km) | Origin + Destination + Year'", md);
        AssertEndsWithProvenance(md, "en", "tradescope regress --data");
    }

    [Fact]
    public void Value_chain_report_leads_with_the_headline_shares_of_gross_exports()
    {
        var md = Markdown("gvc", "--method", "oecd", "--exporter", "RUS", "--format", "md");
        var csv = CliRunner.Run("gvc", "--method", "oecd", "--exporter", "RUS");
        var (_, rows) = CliRunner.ReadCsv(csv.Output);
        double Total(string term) =>
            double.Parse(
                rows.Single(r =>
                    r["exporter"] == "RUS" && r["importer"] == "" && r["sector"] == "" && r["source_country"] == "" && r["term"] == term
                )["value"],
                System.Globalization.CultureInfo.InvariantCulture
            );
        var share = (100 * Total("DVA") / Total("EXGR")).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        var first = Lines(md).Skip(1).First(l => l.Length > 0);
        Assert.StartsWith("**RUS:**", first);
        Assert.Contains($"DVA {share} %", first);
        AssertEndsWithProvenance(md, "en", "tradescope gvc --method oecd");
        Assert.Contains("- Linear algebra: ", md);
    }

    /// <summary>The last section is the provenance: version (the assembly's informational version, read here), the fixed
    /// date, the command line and the data source.</summary>
    private static void AssertEndsWithProvenance(string markdown, string lang, string commandStart)
    {
        var lines = Lines(markdown.TrimEnd());
        var heading = Array.FindLastIndex(lines, l => l.StartsWith("## ", StringComparison.Ordinal));
        Assert.Equal(lang == "ru" ? "## Происхождение результатов" : "## Provenance", lines[heading]);
        var section = string.Join("\n", lines.Skip(heading));
        var version = typeof(ReportDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Contains($"`{version}`", section);
        Assert.Contains("2026-01-02T03:04:05Z", section);
        Assert.Contains("`" + commandStart, section);
        Assert.Contains(lang == "ru" ? "- Данные: " : "- Data: ", section);
    }
}
