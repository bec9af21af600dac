using System.Globalization;
using TradeScope.Reports;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>The <c>indices</c>, <c>blocs</c> and <c>screen</c> commands: exact columns, formats, and one-line errors (exit 2) on bad
/// input.</summary>
public class IndicesCommandTests
{
    private const string PartnerHeader =
        "partner_iso3,partner_name_en,partner_name_ru,exports,imports,export_share_pct,esi,esi_kojima,esi_row,"
        + "tii_one_dir,tii_sym,tii_sym_neutral,sti_turnover,sti_exports,reason";
    private const string BlocHeader = "bloc,members,export_share_pct,tii_h1,tii_h2,tii_h3,tii_h4,sti_turnover,sti_exports,reason";

    /// <summary>A 4-economy tidy file: RUS, DEU, CHN report; KAZ does not, but RUS and CHN report imports from it (mirror).</summary>
    private static string SmallWorld(string folder)
    {
        var path = Path.Combine(folder, "small.csv");
        File.WriteAllText(
            path,
            """
            year,reporter_iso3,partner_iso3,value,flow
            2019,RUS,DEU,30,X
            2019,RUS,CHN,20,X
            2019,RUS,KAZ,10,X
            2019,DEU,RUS,15,X
            2019,DEU,CHN,80,X
            2019,DEU,KAZ,5,X
            2019,CHN,RUS,25,X
            2019,CHN,DEU,90,X
            2019,CHN,KAZ,12,X
            2019,RUS,KAZ,6,M
            2019,CHN,KAZ,9,M
            """
        );
        return path;
    }

    [Fact]
    public void Indices_csv_has_the_exact_leading_columns_and_one_row_per_partner()
    {
        var folder = CliRunner.TempFolder();
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--data", SmallWorld(folder));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(PartnerHeader + ",", run.Output.Split('\n')[0]);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        Assert.Equal(["CHN", "DEU", "KAZ"], rows.Select(r => r["partner_iso3"]));
        var deu = rows.Single(r => r["partner_iso3"] == "DEU");
        Assert.Equal("Germany", deu["partner_name_en"]);
        Assert.Equal("Германия", deu["partner_name_ru"]);
        // X_RUS = 60, X_w = 60 + 100 + 127 + 15 (KAZ mirror row: 6 + 9) = 302, X_wDEU = 30 + 90 = 120, X_wRUS = 15 + 25 + 6 = 46, X_wKAZ =
        // 27.
        Assert.Equal(30.0 / 60 / (120.0 / 302), double.Parse(deu["esi"], CultureInfo.InvariantCulture), 12);
        Assert.Equal(50, double.Parse(deu["export_share_pct"], CultureInfo.InvariantCulture), 12);
        Assert.Equal(deu["esi"], deu["tii_one_dir"]);
        var kaz = rows.Single(r => r["partner_iso3"] == "KAZ");
        Assert.Equal("mirror", kaz["partner_source"]);
        Assert.Equal(6, double.Parse(kaz["imports"], CultureInfo.InvariantCulture)); // KAZ→RUS from Russia's reported imports
        Assert.Equal((10.0 + 6) / (60 + 15) / ((46.0 + 27) / 302), double.Parse(kaz["tii_sym"], CultureInfo.InvariantCulture), 12);
    }

    [Theory]
    [InlineData("indices")]
    [InlineData("screen")]
    public void Self_trade_rows_in_a_user_file_are_warned_on_stderr_and_the_output_ignores_them(string command)
    {
        var folder = CliRunner.TempFolder();
        var clean = SmallWorld(folder);
        var path = Path.Combine(folder, "self.csv");
        File.WriteAllText(path, File.ReadAllText(clean).TrimEnd() + "\n2019,RUS,RUS,1000,X\n");
        var run = CliRunner.Run(command, "--reporter", "RUS", "--year", "2019", "--data", path, "--format", "csv");
        var reference = CliRunner.Run(command, "--reporter", "RUS", "--year", "2019", "--data", clean, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"warning: {path}: 1 row with partner = reporter dropped", line);
        Assert.Contains("RUS 1", line);
        Assert.Equal("", reference.Error);
        Assert.Equal(reference.Output.Replace(clean, path), run.Output);
    }

    /// <summary>RUS, DEU, CHN, KAZ report in 2017-2019; RUS→DEU 10→40, DEU→RUS 20→5, RUS→CHN and CHN→RUS 0→0, RUS→KAZ
    /// 0→7, KAZ→RUS
    /// 3→3.</summary>
    private static string ThreeYears(string folder)
    {
        var path = Path.Combine(folder, "years.csv");
        File.WriteAllText(
            path,
            """
            year,reporter_iso3,partner_iso3,value
            2017,RUS,DEU,10
            2017,RUS,CHN,0
            2017,RUS,KAZ,0
            2017,DEU,RUS,20
            2017,DEU,CHN,1
            2017,CHN,RUS,0
            2017,CHN,DEU,1
            2017,KAZ,RUS,3
            2017,KAZ,DEU,1
            2018,RUS,DEU,12
            2018,DEU,RUS,20
            2018,CHN,DEU,1
            2018,KAZ,RUS,3
            2019,RUS,DEU,40
            2019,RUS,CHN,0
            2019,RUS,KAZ,7
            2019,DEU,RUS,5
            2019,DEU,CHN,1
            2019,CHN,RUS,0
            2019,CHN,DEU,2
            2019,KAZ,RUS,3
            2019,KAZ,DEU,1
            """
        );
        return path;
    }

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    private static string ReasonGroup(Dictionary<string, string> row, string code) =>
        row["reason"].Split(';').SingleOrDefault(g => g.StartsWith(code + ":", StringComparison.Ordinal)) ?? "";

    [Fact]
    public void From_adds_period_and_annual_growth_after_the_exact_leading_columns_with_zero_both_and_new_flow_reasons()
    {
        var folder = CliRunner.TempFolder();
        var data = ThreeYears(folder);
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--from", "2017", "--data", data);
        Assert.True(run.ExitCode == 0, run.Error);
        var (header, rows) = CliRunner.ReadCsv(run.Output);
        Assert.StartsWith(PartnerHeader + ",", string.Join(',', header));
        Assert.Equal(["exports_growth_pct", "exports_growth_annual_pct", "imports_growth_pct", "imports_growth_annual_pct"], header[^4..]);
        var deu = rows.Single(r => r["partner_iso3"] == "DEU");
        Assert.Equal(300, Number(deu["exports_growth_pct"]), 10); // 10 → 40
        Assert.Equal(100, Number(deu["exports_growth_annual_pct"]), 10); // (40/10)^(1/2) − 1
        Assert.Equal(-75, Number(deu["imports_growth_pct"]), 10); // 20 → 5
        Assert.Equal(-50, Number(deu["imports_growth_annual_pct"]), 10);
        Assert.Equal(233.33333333, Number(deu["exports_yoy_pct"]), 6); // year on year stays: 12 → 40
        var chn = rows.Single(r => r["partner_iso3"] == "CHN"); // 0 → 0 both ways
        Assert.Equal("", chn["exports_growth_pct"]);
        Assert.Contains(
            "exports_growth_pct exports_growth_annual_pct imports_growth_pct imports_growth_annual_pct",
            ReasonGroup(chn, "ZERO_BOTH")
        );
        Assert.DoesNotContain("growth", ReasonGroup(chn, "NEW_FLOW"));
        var kaz = rows.Single(r => r["partner_iso3"] == "KAZ"); // exports 0 → 7, imports 3 → 3
        Assert.Contains("exports_growth_pct exports_growth_annual_pct", ReasonGroup(kaz, "NEW_FLOW"));
        Assert.Equal("", ReasonGroup(kaz, "ZERO_BOTH"));
        Assert.Equal(0, Number(kaz["imports_growth_pct"]), 12);

        var plain = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--data", data);
        Assert.DoesNotContain("growth", plain.Output.Split('\n')[0]); // without --from: no growth columns
    }

    [Theory]
    [InlineData("2019", "years", "--from 2019: the base year must be before --year 2019")]
    [InlineData("2016", "years", "--from 2016: year not in the data")]
    [InlineData("2010", null, "--from 2010: year not in the bundled data")]
    public void From_is_checked(string from, string? file, string message)
    {
        var folder = CliRunner.TempFolder();
        string[] data = file is null ? [] : ["--data", ThreeYears(folder)];
        AssertOneLineError(CliRunner.Run(["indices", "--reporter", "RUS", "--year", "2019", "--from", from, .. data]), message);
    }

    [Fact]
    public void From_on_the_bundled_data_reads_the_base_year()
    {
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--from", "2015");
        Assert.True(run.ExitCode == 0, run.Error);
        var (header, rows) = CliRunner.ReadCsv(run.Output);
        Assert.Equal("imports_growth_annual_pct", header[^1]);
        var data = TradeScope.Data.ComtradeBundled.Load(new TradeScope.Data.TradeLoadOptions(Years: [2015, 2019]));
        var (m0, m1) = (data.ForYear(2015), data.ForYear(2019));
        double Flow(TradeScope.Model.TradeMatrix m, string to) => m.Exports(m.IndexOf(new("RUS")), m.IndexOf(new(to)));
        var chn = rows.Single(r => r["partner_iso3"] == "CHN");
        Assert.Equal(100 * (Flow(m1, "CHN") / Flow(m0, "CHN") - 1), Number(chn["exports_growth_pct"]), 6);
        Assert.Equal(100 * (Math.Pow(Flow(m1, "CHN") / Flow(m0, "CHN"), 0.25) - 1), Number(chn["exports_growth_annual_pct"]), 6);
    }

    [Fact]
    public void A_partner_without_data_has_empty_cells_and_a_reason()
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, "nomirror.csv");
        File.WriteAllText(
            path,
            "year,reporter_iso3,partner_iso3,value\n2019,RUS,DEU,30\n2019,RUS,KAZ,10\n2019,DEU,RUS,15\n2019,DEU,KAZ,5\n"
        );
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--data", path);
        Assert.Equal(0, run.ExitCode);
        var kaz = CliRunner.ReadCsv(run.Output).Rows.Single(r => r["partner_iso3"] == "KAZ");
        Assert.Equal("", kaz["tii_sym"]);
        Assert.Equal("", kaz["imports"]);
        Assert.Contains("NO_REPORTER_DATA:", kaz["reason"]);
        Assert.Contains("tii_sym", kaz["reason"]);
        Assert.Equal("missing", kaz["partner_source"]);
        Assert.NotEqual("", kaz["esi"]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("md")]
    public void Indices_other_formats(string format)
    {
        var folder = CliRunner.TempFolder();
        var run = CliRunner.Run(
            "indices",
            "--reporter",
            "RUS",
            "--year",
            "2019",
            "--data",
            SmallWorld(folder),
            "--format",
            format,
            "--lang",
            "ru"
        );
        Assert.Equal(0, run.ExitCode);
        if (format == "json")
            Assert.Contains("\"tii_sym_neutral\":", run.Output);
        else
            Assert.Contains("ИИТ симметричный", run.Output);
    }

    [Fact]
    public void Blocs_csv_has_the_exact_leading_columns_and_removes_the_reporter_from_its_bloc()
    {
        var run = CliRunner.Run("blocs", "--reporter", "RUS", "--year", "2019");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(BlocHeader + ",", run.Output.Split('\n')[0]);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var eaeu = rows.Single(r => r["bloc"] == "EAEU");
        Assert.Equal("ARM;BLR;KAZ;KGZ", eaeu["members"]);
        Assert.Equal("yes", eaeu["reporter_removed"]);
        var eu = rows.Single(r => r["bloc"] == "EU");
        Assert.Equal(28, eu["members"].Split(';').Length); // EU28 in 2019
        var h2 = double.Parse(eu["tii_h2"], CultureInfo.InvariantCulture);
        Assert.InRange(h2, 0.10, 0.20); // docs/methods/trade-indices.md#tii-reference-study: about 0.14-0.15 on 2019 data
        Assert.Contains(rows, r => r["bloc"] == "USMCA" && r["reason"].StartsWith("EMPTY_GROUP:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("report.md", "# FTA partner screening")]
    [InlineData("report.csv", "table,rank,partner_iso3")]
    [InlineData("report.xlsx", "PK")]
    public void Screen_writes_the_report_in_the_format_of_the_extension(string name, string start)
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, name);
        var run = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--top", "15", "--out", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var text = File.ReadAllText(path);
        Assert.StartsWith(start, text);
        if (name.EndsWith(".md", StringComparison.Ordinal))
        {
            foreach (
                var table in new[]
                {
                    "1. Export significance index",
                    "2. Trade intensity index",
                    "3. Trade intensity of",
                    "4. Symmetric trade introversion",
                    "5. Combined ranking",
                }
            )
                Assert.Contains(table, text);
            Assert.Contains("UN Comtrade", text);
            Assert.Contains("Year 2019", text);
            Assert.Contains("Partners clearing the neutral benchmark on all four indices", text);
            Assert.Contains("| BLR | Belarus |", text);
        }
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            var (_, rows) = CliRunner.ReadCsv(text);
            Assert.Equal(15, rows.Count(r => r["table"] == "ranking"));
            Assert.Equal(["esi", "tii", "tii_blocs", "sti", "ranking"], rows.Select(r => r["table"]).Distinct());
        }
    }

    [Fact]
    public void Screen_in_Russian()
    {
        var run = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--top", "5", "--lang", "ru");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("# Отбор партнёров для зоны свободной торговли: Российская " +
            "" + "Федерация (RUS), 2019", run.Output);
        Assert.Contains("| BLR | Беларусь |", run.Output);
    }

    // ---- bad input: one line naming the file:line or the argument, exit 2, no stack trace, no output file ----

    public static TheoryData<string, string, string> BadFiles =>
        new()
        {
            { "malformed", "year,reporter_iso3,partner_iso3,value\n2019,RUS,DEU,10\n2019,RUS,CHN,abc\n", ":3:" },
            { "extra_field", "year,reporter_iso3,partner_iso3,value\n2019,RUS,DEU,10,5\n2019,RUS,CHN,3\n", ":2: malformed line: 5 fields" },
            { "unknown_iso3", "year,reporter_iso3,partner_iso3,value\n2019,RUS,DEU,10\n2019,RUS,QQQ,5\n", ":3:" },
            { "negative", "year,reporter_iso3,partner_iso3,value\n2019,RUS,DEU,10\n2019,RUS,CHN,-5\n", ":3:" },
            { "duplicate", "year,reporter_iso3,partner_iso3,value\n2019,RUS,DEU,10\n2019,DEU,RUS,7\n2019,RUS,DEU,11\n", ":4:" },
        };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_data_file_gives_one_line_with_file_and_line(string name, string content, string location)
    {
        var folder = CliRunner.TempFolder();
        var data = Path.Combine(folder, name + ".csv");
        File.WriteAllText(data, content);
        foreach (var command in new[] { "indices", "blocs", "screen" })
        {
            var output = Path.Combine(folder, $"out-{command}.csv");
            var run = CliRunner.Run(command, "--reporter", "RUS", "--year", "2019", "--data", data, "--out", output);
            AssertOneLineError(run, name + ".csv" + location);
            Assert.False(File.Exists(output));
            Assert.Equal([data], Directory.GetFiles(folder)); // no output and no temporary file left behind
        }
    }

    [Theory]
    [InlineData("--reporter", "XYZ", "2019", null)] // unknown ISO3
    [InlineData("--reporter", "RU", "2019", null)] // not an ISO3 code
    [InlineData("--year", "RUS", "2031", null)] // year not in the bundled data
    [InlineData("--reporter", "RUS", "2022", null)] // Russia did not report in 2022
    [InlineData("--reporter", "FRA", "2019", "small")] // reporter not in the data file
    [InlineData("--year", "RUS", "2018", "small")] // year not in the data file
    [InlineData("--data", "RUS", "2019", "missing")] // missing file
    public void Bad_argument_gives_one_line_naming_the_argument(string named, string reporter, string year, string? data)
    {
        var folder = CliRunner.TempFolder();
        var args = new List<string> { "indices", "--reporter", reporter, "--year", year };
        if (data == "small")
            args.AddRange(["--data", SmallWorld(folder)]);
        if (data == "missing")
            args.AddRange(["--data", Path.Combine(folder, "nope.csv")]);
        var output = Path.Combine(folder, "out.csv");
        args.AddRange(["--out", output]);
        var run = CliRunner.Run([.. args]);
        AssertOneLineError(
            run,
            named == "--data" ? "nope.csv"
                : named == "--year" ? $"--year {year}"
                : $"--reporter {reporter}"
        );
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Bad_top_is_rejected_without_output()
    {
        var folder = CliRunner.TempFolder();
        var output = Path.Combine(folder, "r.md");
        var run = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--top", "0", "--out", output);
        AssertOneLineError(run, "--top 0");
        Assert.False(File.Exists(output));
    }

    // ---- --groups: CSV or JSON, same result ----

    [Theory]
    [InlineData("groups.csv", "group_id,member_iso3,name_en\nPAIR,DEU,Pair\nPAIR,CHN,Pair\n")]
    [InlineData(
        "groups.json",
        "{\"groups\": [{\"id\": \"PAIR\", \"name_en\": \"Pair\", \"members\": [\"DEU\", {\"iso3\": \"CHN\", \"from\": \"2001-12-11\"}]}]}"
    )]
    public void Blocs_and_screen_accept_user_groups_in_CSV_or_JSON(string name, string content)
    {
        var folder = CliRunner.TempFolder();
        var groups = Path.Combine(folder, name);
        File.WriteAllText(groups, content);
        var data = SmallWorld(folder);
        var blocs = CliRunner.Run("blocs", "--reporter", "RUS", "--year", "2019", "--data", data, "--groups", groups);
        Assert.Equal(0, blocs.ExitCode);
        var pair = CliRunner.ReadCsv(blocs.Output).Rows.Single(r => r["bloc"] == "PAIR");
        Assert.Equal("CHN;DEU", pair["members"]);
        Assert.Equal(50 + 100.0 / 3, double.Parse(pair["export_share_pct"], CultureInfo.InvariantCulture), 9); // (30 + 20) / 60
        var screen = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--data", data, "--groups", groups, "--format", "md");
        Assert.Equal(0, screen.ExitCode);
        Assert.Contains("PAIR", screen.Output);
    }

    [Theory]
    [InlineData(
        "groups.json",
        "{\"groups\": [{\"id\": \"PAIR\",\n \"members\": [\"DEU\", \"XYZ\"]}]}",
        "groups.json:2: $.groups[0].members[1]: unknown ISO3 code 'XYZ'"
    )]
    [InlineData("groups.json", "{\"groups\": [", "groups.json:1: not valid JSON")]
    [InlineData("groups.csv", "group_id,member_iso3\nPAIR,XYZ\n", "groups.csv:2: unknown ISO3 code 'XYZ'")]
    public void Bad_group_file_gives_one_line_error_for_every_command(string name, string content, string expected)
    {
        var folder = CliRunner.TempFolder();
        var groups = Path.Combine(folder, name);
        File.WriteAllText(groups, content);
        var data = SmallWorld(folder);
        foreach (var command in new[] { "indices", "blocs", "screen" })
        {
            var output = Path.Combine(folder, $"out-{command}.csv");
            var run = CliRunner.Run(command, "--reporter", "RUS", "--year", "2019", "--data", data, "--groups", groups, "--out", output);
            AssertOneLineError(run, expected);
            Assert.False(File.Exists(output));
        }
    }

    private static void AssertOneLineError(CliRunner.Result run, string mustContain)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", run.ErrorLines[0]);
        Assert.Contains(mustContain, run.ErrorLines[0]);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Output);
    }
}
