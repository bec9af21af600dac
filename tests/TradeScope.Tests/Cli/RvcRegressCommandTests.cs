using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>tradescope rvc-regress</c>: outputs on small synthetic tables, one-line errors (exit 2) on bad input.</summary>
public sealed class RvcRegressCommandTests
{
    private static readonly Lazy<(string Dir, string Gdp)> Synthetic = new(() =>
    {
        var dir = CliRunner.TempFolder();
        for (var year = 2000; year <= 2005; year++)
        {
            var table = SyntheticIcio.Generate(4, 3, seed: year, foreignDensity: 0.5);
            using var writer = new StreamWriter(Path.Combine(dir, $"{year}.csv"));
            GenericIcioLayout.Write(table, writer);
        }
        var gdp = Path.Combine(dir, "gdp.csv");
        File.WriteAllLines(
            gdp,
            new[] { "iso3,year,gdppc_usd" }.Concat(
                from c in new[] { "XAA", "XAB", "XAC", "XAD" }
                from y in Enumerable.Range(2000, 6)
                select string.Create(CultureInfo.InvariantCulture, $"{c},{y},{1000 + 37 * (y - 2000) + c[2] * 3 + (y % 3) * 11}")
            )
        );
        return (dir, gdp);
    });

    /// <summary>Arguments on the synthetic tables; <paramref name="options"/> (pairs) replace or add options.</summary>
    private static string[] SyntheticArgs(params string[] options)
    {
        var args = new List<(string, string)>
        {
            ("--tables", Synthetic.Value.Dir),
            ("--layout", "generic"),
            ("--years", "2000-2005"),
            ("--countries", "XAA,XAD"),
            ("--group", "XAA,XAB,XAC"),
            ("--sectors", "s01,s03"),
            ("--gdp", Synthetic.Value.Gdp),
        };
        for (var i = 0; i < options.Length; i += 2)
        {
            var k = args.FindIndex(a => a.Item1 == options[i]);
            if (k >= 0)
                args[k] = (options[i], options[i + 1]);
            else
                args.Add((options[i], options[i + 1]));
        }
        return ["rvc-regress", .. args.SelectMany(a => new[] { a.Item1, a.Item2 })];
    }

    [Fact]
    public void Writes_tidy_coefficients_and_the_panel_and_they_agree()
    {
        var dir = CliRunner.TempFolder();
        string outPath = Path.Combine(dir, "coef.csv"),
            seriesPath = Path.Combine(dir, "series.csv");
        var r = CliRunner.Run(SyntheticArgs("--out", outPath, "--series-out", seriesPath));
        Assert.True(r.ExitCode == 0, r.Error);
        // XAD is outside the group and sells only to it: its external regressions cannot be estimated → NaN with a warning.
        Assert.Contains(r.ErrorLines, l => l.StartsWith("warning: XAD s01 external: not estimated", StringComparison.Ordinal));
        var (header, rows) = CliRunner.ReadCsv(File.ReadAllText(outPath));
        Assert.All(rows.Where(x => x["country"] == "XAD" && x["direction"] == "external"), x => Assert.Equal("", x["estimate"]));
        Assert.Equal(["country", "sector", "direction", "term", "estimate", "std_error", "statistic", "p_value"], header);
        Assert.Equal(2 * 2 * 2 * 4, rows.Count);
        Assert.Equal(["(Intercept)", "bp", "fp", "gdppc"], rows.Take(4).Select(x => x["term"]));
        Assert.Equal(["external", "mutual"], rows.Select(x => x["direction"]).Distinct());
        var (sHeader, series) = CliRunner.ReadCsv(File.ReadAllText(seriesPath));
        Assert.Equal(["country", "sector", "year", "bp", "fp", "ex_mutual", "ex_external", "gdppc"], sHeader);
        Assert.Equal(2 * 2 * 6, series.Count);
        // Re-estimate one cell from the written panel: the same numbers as the written coefficients.
        double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        var cell = series.Where(x => x["country"] == "XAD" && x["sector"] == "s03").ToList();
        var points = cell.Select(x => new RvcPoint(
                "XAD",
                "s03",
                int.Parse(x["year"], CultureInfo.InvariantCulture),
                D(x["bp"]),
                D(x["fp"]),
                D(x["ex_mutual"]),
                D(x["ex_external"]),
                D(x["gdppc"])
            ))
            .ToList();
        var fit = RvcRegression.Fit(points, RvcDirection.Mutual, VcovSpec.HC1, "check");
        foreach (var c in fit.Coefficients)
        {
            var row = rows.Single(x => x["country"] == "XAD" && x["sector"] == "s03" && x["direction"] == "mutual" && x["term"] == c.Term);
            Assert.Equal(c.Estimate, D(row["estimate"]), 1e-9 * Math.Max(1, Math.Abs(c.Estimate)));
            Assert.Equal(c.StdError, D(row["std_error"]), 1e-9 * Math.Max(1, Math.Abs(c.StdError)));
        }
    }

    [Fact]
    public void A_user_group_file_defines_the_partner_group()
    {
        var dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "groups.csv"),
            seriesPath = Path.Combine(dir, "series.csv");
        File.WriteAllLines(file, ["group_id,member_iso3,from", "CORE,DEU,1958-01-01", "CORE,FRA,1958-01-01", "CORE,POL,2004-05-01"]);
        var r = CliRunner.Run(
            "rvc-regress",
            "--years",
            "2007-2011",
            "--countries",
            "POL",
            "--group",
            "group:CORE",
            "--groups-file",
            file,
            "--sectors",
            "c9",
            "--series-out",
            seriesPath
        );
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Empty(r.ErrorLines);
        var row = CliRunner.ReadCsv(File.ReadAllText(seriesPath)).Rows.Single(x => x["year"] == "2011");
        // POL's 2011 exports of c9 to DEU and FRA, summed from the bundled table by hand.
        var table = Wiod2013.ReadBundled(2011);
        var polC9 = table.CountryIndex("POL") * table.SectorCount + table.SectorIndex("c9");
        double mutual = 0,
            total = 0;
        for (var c = 0; c < table.CountryCount; c++)
        {
            if (table.Countries[c] == "POL")
                continue;
            var x = table.Y(polC9, c);
            for (var j = c * table.SectorCount; j < (c + 1) * table.SectorCount; j++)
                x += table.Z(polC9, j);
            total += x;
            if (table.Countries[c] is "DEU" or "FRA")
                mutual += x;
        }
        Assert.Equal(mutual, double.Parse(row["ex_mutual"], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(total - mutual, double.Parse(row["ex_external"], CultureInfo.InvariantCulture), 1e-6);
    }

    [Fact]
    public void Markdown_and_xlsx_render_the_study_table()
    {
        var md = CliRunner.Run(SyntheticArgs("--format", "md"));
        Assert.True(md.ExitCode == 0, md.Error);
        Assert.Contains("| Country | Industry | Exports | BP | FP | GDPpc | F | R², % |", md.Output);
        Assert.Contains("* p < 0.1, ** p < 0.05, *** p < 0.01", md.Output);
        Assert.Contains("external (to the rest)", md.Output);
        var ru = CliRunner.Run(SyntheticArgs("--format", "md", "--lang", "ru"));
        Assert.Contains("взаимный (в группу)", ru.Output);
        Assert.Contains("* p < 0,1, ** p < 0,05, *** p < 0,01", ru.Output);
        var path = Path.Combine(CliRunner.TempFolder(), "t.xlsx");
        var x = CliRunner.Run(SyntheticArgs("--out", path));
        Assert.True(x.ExitCode == 0, x.Error);
        using var book = new ClosedXML.Excel.XLWorkbook(path);
        Assert.Equal(["About", "RVC table", "Coefficients"], book.Worksheets.Select(s => s.Name));
        Assert.Equal("BP", book.Worksheet("RVC table").Cell(1, 4).GetString());
    }

    [Fact]
    public void Markdown_leads_with_the_counts_of_positive_and_significant_bp_coefficients()
    {
        var md = CliRunner.Run(SyntheticArgs("--format", "md"));
        Assert.True(md.ExitCode == 0, md.Error);
        var csv = CliRunner.Run(SyntheticArgs());
        var (_, rows) = CliRunner.ReadCsv(csv.Output);
        var head = md.Output.Split('\n').Take(6).ToList();
        foreach (var (direction, label) in new[] { ("mutual", "mutual (to the group)"), ("external", "external (to the rest)") })
        {
            // Counted here from the tidy coefficients (CSV), not from the summary's code.
            var bp = rows.Where(r => r["direction"] == direction && r["term"] == "bp" && r["estimate"].Length > 0).ToList();
            var positive = bp.Count(r => double.Parse(r["estimate"], CultureInfo.InvariantCulture) > 0);
            var significant = bp.Count(r => double.Parse(r["p_value"], CultureInfo.InvariantCulture) < 0.05);
            var line = Assert.Single(head, l => l.Contains($"exports {label}", StringComparison.Ordinal));
            Assert.Contains($"positive in {positive} of {bp.Count} regressions, significant at 5 % in {significant}", line);
        }
        Assert.Contains("## Provenance", md.Output);
    }

    private static void FailsWithOneLine(string[] args, params string[] expected)
    {
        var dir = CliRunner.TempFolder();
        string outPath = Path.Combine(dir, "out.csv"),
            seriesPath = Path.Combine(dir, "series.csv");
        var r = CliRunner.Run([.. args, "--out", outPath, "--series-out", seriesPath]);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.ErrorLines);
        Assert.StartsWith("error: ", line);
        foreach (var e in expected)
            Assert.Contains(e, line);
        Assert.False(File.Exists(outPath));
        Assert.False(File.Exists(seriesPath));
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void A_failing_out_leaves_no_series_file_behind()
    {
        var dir = CliRunner.TempFolder();
        var seriesPath = Path.Combine(dir, "series.csv");
        var r = CliRunner.Run(SyntheticArgs("--series-out", seriesPath, "--out", Path.Combine(dir, "missing", "x.md")));
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.ErrorLines);
        Assert.Contains("--out", line);
        Assert.Contains("does not exist", line);
        Assert.False(File.Exists(seriesPath));
        Assert.Empty(Directory.GetFileSystemEntries(dir));
        r = CliRunner.Run(SyntheticArgs("--series-out", seriesPath, "--out", seriesPath));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("same file as --out", Assert.Single(r.ErrorLines));
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void Outputs_are_written_together_or_not_at_all()
    {
        var dir = CliRunner.TempFolder();
        string first = Path.Combine(dir, "a.csv"),
            second = Path.Combine(dir, "b.csv");
        File.WriteAllText(second, "old");
        Assert.Throws<InvalidOperationException>(() =>
            TradeScope.Reports.OutputFiles.WriteAll(
                [(first, s => s.Write("new"u8)), (second, _ => throw new InvalidOperationException("render failed"))],
                Stream.Null
            )
        );
        Assert.False(File.Exists(first));
        Assert.Equal("old", File.ReadAllText(second));
        Assert.Equal([second], Directory.GetFiles(dir));
        var stdout = new MemoryStream();
        TradeScope.Reports.OutputFiles.WriteAll(
            [(first, s => s.Write("1"u8)), (null, s => s.Write("2"u8)), (second, s => s.Write("3"u8))],
            stdout
        );
        Assert.Equal(
            ["1", "2", "3"],
            [File.ReadAllText(first), System.Text.Encoding.UTF8.GetString(stdout.ToArray()), File.ReadAllText(second)]
        );
    }

    [Fact]
    public void Unknown_iso3_codes_are_named_as_such()
    {
        FailsWithOneLine(
            ["rvc-regress", "--years", "2007-2011", "--countries", "POL,XYZ", "--group", "group:EU27"],
            "--countries XYZ",
            "unknown ISO3 code"
        );
        FailsWithOneLine(
            ["rvc-regress", "--years", "2007-2011", "--countries", "POL", "--group", "DEU,XYZ"],
            "--group XYZ",
            "unknown ISO3 code"
        );
    }

    [Fact]
    public void A_tables_directory_needs_layout() =>
        FailsWithOneLine(
            ["rvc-regress", "--tables", Synthetic.Value.Dir, "--years", "2000-2005", "--countries", "XAA", "--group", "XAB"],
            "--layout: required with --tables"
        );

    [Fact]
    public void A_country_folded_into_row_is_an_error() =>
        FailsWithOneLine(
            ["rvc-regress", "--years", "2007-2011", "--countries", "POL,KAZ", "--group", "group:EU27"],
            "--countries KAZ",
            "inside ROW"
        );

    [Fact]
    public void A_partner_folded_into_row_is_an_error() =>
        FailsWithOneLine(["rvc-regress", "--years", "2007-2011", "--countries", "RUS", "--group", "DEU,BLR"], "--group BLR", "inside ROW");

    [Fact]
    public void A_year_without_a_table_is_an_error()
    {
        FailsWithOneLine(
            ["rvc-regress", "--tables", "bundled:wiod2013", "--years", "2008-2013", "--countries", "RUS", "--group", "group:EU27"],
            "--years 2012",
            "no table for this year"
        );
        FailsWithOneLine(SyntheticArgs("--years", "2000-2006"), "--years 2006", "no table for this year");
    }

    [Fact]
    public void A_group_without_members_in_the_table_is_an_error()
    {
        FailsWithOneLine(
            ["rvc-regress", "--years", "2007-2011", "--countries", "RUS", "--group", "group:EAEU@2016-01-01"],
            "--group",
            "no member other than RUS",
            "ARM BLR KAZ KGZ are inside ROW"
        );
        FailsWithOneLine(SyntheticArgs("--group", "XAA"), "no member other than XAA");
    }

    [Fact]
    public void Too_few_years_missing_gdp_and_unknown_sectors_are_errors()
    {
        FailsWithOneLine(SyntheticArgs("--years", "2000-2003"), "--years", "at least 5 years");
        FailsWithOneLine(
            [
                "rvc-regress",
                "--tables",
                Synthetic.Value.Dir,
                "--layout",
                "generic",
                "--years",
                "2000-2005",
                "--countries",
                "XAA",
                "--group",
                "XAB",
                "--sectors",
                "s01",
            ],
            "--countries XAA",
            "no World Bank GDP per capita"
        );
        FailsWithOneLine(SyntheticArgs("--sectors", "chemicals"), "--sectors chemicals", "WIOD 2013 sector codes");
    }
}
