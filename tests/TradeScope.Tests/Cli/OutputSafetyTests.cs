using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>
/// Outputs never destroy inputs and never lie about their format; an unwritable or contradictory output is exit 2 with
/// one line, checked before any computation (CommandFiles.Check in App.Run).
/// </summary>
public sealed class OutputSafetyTests
{
    private const string Trade =
        "year,reporter_iso3,partner_iso3,value\n2019,RUS,DEU,30\n2019,RUS,CHN,20\n2019,DEU,RUS,15\n2019,CHN,RUS,25\n";

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertOneLineError(CliRunner.Result run, int code, string expected)
    {
        Assert.Equal(code, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(expected, line);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Out_naming_the_data_file_is_exit_2_and_the_input_stays_intact()
    {
        var folder = CliRunner.TempFolder();
        var data = Write(folder, "in.csv", Trade);
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--data", data, "--out", data);
        AssertOneLineError(run, 2, $"--out {data}: is the --data input");
        Assert.Equal(Trade, File.ReadAllText(data));
    }

    [Fact]
    public void The_same_file_by_another_route_is_still_the_input()
    {
        var folder = CliRunner.TempFolder();
        var data = Write(folder, "in.csv", Trade);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        var dotted = Path.Combine(folder, "sub", "..", "in.csv");
        var run = CliRunner.Run("blocs", "--reporter", "RUS", "--year", "2019", "--data", dotted, "--out", data);
        AssertOneLineError(run, 2, "is the --data input");
        var link = Path.Combine(folder, "link.csv");
        try
        {
            File.CreateSymbolicLink(link, data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // no symbolic links here (Windows without the privilege)
        }
        run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--data", data, "--out", link);
        AssertOneLineError(run, 2, "is the --data input");
        Assert.Equal(Trade, File.ReadAllText(data));
    }

    [Fact]
    public void Outputs_are_checked_against_inputs_before_the_inputs_are_read()
    {
        // A malformed groups file: reading it would fail with its own message; the output check comes first.
        var folder = CliRunner.TempFolder();
        var groups = Write(folder, "groups.csv", "not,a,groups,file\n");
        var run = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--groups", groups, "--out", groups);
        AssertOneLineError(run, 2, $"--out {groups}: is the --groups input");
        Assert.Equal("not,a,groups,file\n", File.ReadAllText(groups));
    }

    [Fact]
    public void Every_input_option_of_every_command_is_protected()
    {
        var folder = CliRunner.TempFolder();
        var tidy = Write(folder, "tidy.csv", "y,x\n1,1\n2,3\n3,2\n4,5\n");
        var gdp = Write(folder, "gdp.csv", "iso3,year,gdppc_usd\nRUS,2010,1\n");
        var sectors = Write(folder, "sectors.csv", "group,sector\nall,s1\n");
        var tables = TradeScope.Tests.Analyses.ProgressReportTests.SmallTables();
        var table2010 = Path.Combine(tables, "2010.csv");
        var before = File.ReadAllText(table2010);
        AssertOneLineError(CliRunner.Run("regress", "--data", tidy, "--formula", "y ~ x", "--out", tidy), 2, "is the --data input");
        AssertOneLineError(
            CliRunner.Run("gvc", "--table", table2010, "--layout", "generic", "--method", "oecd", "--out", table2010),
            2,
            "is the --table input"
        );
        AssertOneLineError(
            CliRunner.Run(
                "gvc",
                "--table",
                table2010,
                "--layout",
                "generic",
                "--method",
                "wwz",
                "--detail",
                "--sectors",
                sectors,
                "--out",
                sectors
            ),
            2,
            "is the --sectors input"
        );
        AssertOneLineError(
            CliRunner.Run(
                "gvc-series",
                "--tables",
                tables,
                "--layout",
                "generic",
                "--exporter",
                "AAA",
                "--partners",
                "BBB",
                "--years",
                "2010-2011",
                "--out",
                table2010
            ),
            2,
            $"is a file of the --tables directory {tables}"
        );
        AssertOneLineError(
            CliRunner.Run(
                "rvc-regress",
                "--tables",
                tables,
                "--layout",
                "generic",
                "--countries",
                "AAA",
                "--group",
                "BBB",
                "--gdp",
                gdp,
                "--series-out",
                gdp
            ),
            2,
            "--series-out " + gdp + ": is the --gdp input"
        );
        AssertOneLineError(
            CliRunner.Run(
                "rvc-regress",
                "--tables",
                tables,
                "--layout",
                "generic",
                "--countries",
                "AAA",
                "--group",
                "BBB",
                "--out",
                Path.Combine(folder, "a.csv"),
                "--series-out",
                Path.Combine(folder, ".", "a.csv")
            ),
            2,
            "is the same file as --out"
        );
        Assert.Equal(before, File.ReadAllText(table2010));
        Assert.Equal("iso3,year,gdppc_usd\nRUS,2010,1\n", File.ReadAllText(gdp));
        Directory.Delete(tables, recursive: true);
    }

    [Fact]
    public void The_file_options_of_every_command_are_marked()
    {
        var root = App.BuildRoot(new CliContext(new MemoryStream(), new StringWriter()));
        var commands = root
            .Subcommands.Select(c => (Name: c.Name, Command: c))
            .Concat(
                root.Subcommands.SelectMany(p =>
                    p.Subcommands.Select(c => (Name: c.Name == "synth" ? $"{p.Name} synth" : c.Name, Command: c))
                )
            )
            .ToDictionary(c => c.Name, c => c.Command);
        static string Names(IReadOnlyList<System.CommandLine.Option> options) =>
            string.Join(" ", options.Select(o => o.Name).Order(StringComparer.Ordinal));
        var expected = new Dictionary<string, (string Inputs, string Outputs, string Folders)>
        {
            ["indices"] = ("--data --db --groups --products", "--out", ""),
            ["blocs"] = ("--data --db --groups --products", "--out", ""),
            ["screen"] = ("--data --db --groups --products", "--out", ""),
            ["gvc"] = ("--groups --sectors --table", "--out", ""),
            ["gvc synth"] = ("", "", "--out"),
            ["gvc-series"] = ("--groups --sectors --tables", "--out", ""),
            ["import-substitution"] = ("--table", "--out", ""),
            ["rvc-regress"] = ("--gdp --groups --tables", "--out --series-out", ""),
            ["regress"] = ("--data", "--out", ""),
            ["about"] = ("", "", ""),
            ["import"] = ("--db", "", ""),
            ["lead"] = ("--by --db --groups", "--out", ""),
            ["product-potential"] = ("--db --distances --tariffs", "--out", ""),
            ["potential"] = ("--db --groups --pillars --units", "--meta-out --out", ""),
            ["products"] = ("", "", ""),
            ["rca"] = ("--by --data --db", "--out", ""),
            ["concentration"] = ("--by --data --db", "--out", ""),
            ["similarity"] = ("--by --data --db", "--out", ""),
            ["complementarity"] = ("--by --data --db", "--out", ""),
            ["complexity"] = ("--by --data --db", "--out", ""),
            ["db"] = ("", "", ""),
            ["info"] = ("--db", "--out", ""),
            ["export"] = ("--db", "", "--parquet"),
            ["db synth"] = ("", "--out", ""),
            ["composite"] = ("--data --meta --weights", "--out", ""),
            ["serve"] = ("", "", ""),
            ["gravity-potential"] = ("--data --groups", "--out", ""),
            ["scenario"] = ("--data --db --groups --pillars --shock", "--out", ""),
        };
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), commands.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, (inputs, outputs, folders)) in expected)
        {
            var marked = CommandFiles.Marked(commands[name]);
            Assert.Equal((name, inputs), (name, Names(marked.Inputs)));
            Assert.Equal((name, outputs), (name, Names(marked.Outputs)));
            Assert.Equal((name, folders), (name, Names(marked.Folders)));
        }
    }

    [Fact]
    public void An_unwritable_place_or_a_directory_as_out_is_exit_2_with_one_line()
    {
        var folder = CliRunner.TempFolder();
        var directory = Directory.CreateDirectory(Path.Combine(folder, "x.csv")).FullName;
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--out", directory);
        AssertOneLineError(run, 2, "is a directory; give a file name");
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self"))
            return;
        AssertOneLineError(
            CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--out", "/proc/x.csv"),
            2,
            "--out /proc/x.csv: cannot write there (permission denied / read-only); choose another folder"
        );
        AssertOneLineError(
            CliRunner.Run("gvc", "synth", "--countries", "2", "--sectors", "2", "--out", "/proc/tradescope-synth"),
            2,
            "--out /proc/tradescope-synth: cannot write there"
        );
        Assert.False(Directory.Exists("/proc/tradescope-synth"));
    }

    [Fact]
    public void A_format_contradicting_the_out_extension_is_exit_2_and_writes_nothing()
    {
        var folder = CliRunner.TempFolder();
        var xlsx = Path.Combine(folder, "s.xlsx");
        var run = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--format", "md", "--out", xlsx);
        AssertOneLineError(run, 2, $"--format md disagrees with --out {xlsx} (.xlsx); drop one");
        Assert.False(File.Exists(xlsx));
        var markdown = Path.Combine(folder, "s.md");
        var agreeing = CliRunner.Run("screen", "--reporter", "RUS", "--year", "2019", "--format", "md", "--out", markdown);
        Assert.Equal(0, agreeing.ExitCode);
    }

    [Fact]
    public void An_unknown_extension_takes_the_explicit_format()
    {
        var folder = CliRunner.TempFolder();
        var text = Path.Combine(folder, "partners.txt");
        var run = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--format", "csv", "--out", text);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("partner_iso3,", File.ReadAllText(text));
        var without = CliRunner.Run("indices", "--reporter", "RUS", "--year", "2019", "--out", Path.Combine(folder, "other.txt"));
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("unknown extension", Assert.Single(without.ErrorLines));
    }

    [Fact]
    public void Rvc_regress_rejects_a_clustered_covariance_up_front_naming_the_accepted_ones()
    {
        var run = CliRunner.Run(
            "rvc-regress",
            "--countries",
            "RUS",
            "--group",
            "group:EU27",
            "--years",
            "2000-2005",
            "--vcov",
            "cluster:country"
        );
        AssertOneLineError(run, 2, "--vcov cluster:country:");
        Assert.Contains("use iid, hc0, hc1, hc2 or hc3", run.Error);
    }
}
