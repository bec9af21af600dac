using System.Globalization;
using TradeScope.Data;
using TradeScope.Model;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>
/// <c>tradescope rvc-regress --layout oecd</c>: the EAEU study design on generated files in the 2023 OECD ICIO layout
/// (the 77 economies, a subset of the 45 industries, 2015–2020), with the exact command of docs/value-chains.md.
/// </summary>
public sealed class RvcRegressOecdCommandTests
{
    /// <summary>Industries of the generated files: the study's (C10T12 … C31T33 incl. C20, C21, C26, C29, C30) and two
    /// outside manufacturing (D = electricity, G = trade) that no manufacturing aggregate may include.</summary>
    private static readonly string[] Industries = ["C10T12", "C20", "C21", "C26", "C29", "C30", "C31T33", "D", "G"];

    private static readonly Lazy<string> Series = new(() =>
    {
        var dir = CliRunner.TempFolder();
        for (var year = 2015; year <= 2020; year++)
        {
            var table = SyntheticIcio.Oecd2023Small(seed: year, Industries, foreignDensity: 0.3);
            using var writer = new StreamWriter(Path.Combine(dir, $"{year}_SML.csv"));
            OecdIcioLayout.Write(table, writer, OecdIcioEdition.Edition2023);
        }
        return dir;
    });

    private static string[] Args(params string[] extra) =>
    [
        "rvc-regress",
        "--tables",
        Series.Value,
        "--layout",
        "oecd",
        "--countries",
        "BLR,KAZ,RUS",
        "--group",
        "group:EAEU",
        "--years",
        "2015-2020",
        .. extra,
    ];

    [Fact]
    public void The_study_command_estimates_every_member_industry_and_direction()
    {
        var r = CliRunner.Run(Args());
        Assert.True(r.ExitCode == 0, r.Error);
        var (_, rows) = CliRunner.ReadCsv(r.Output);
        // 3 members × 4 industries × 2 directions × 4 terms (intercept, BP, FP, GDP per capita).
        Assert.Equal(3 * 4 * 2 * 4, rows.Count);
        Assert.Equal(["BLR", "KAZ", "RUS"], rows.Select(x => x["country"]).Distinct().Order());
        Assert.Equal(["chemicals", "electronics", "total-manufacturing", "transport"], rows.Select(x => x["sector"]).Distinct().Order());
        Assert.All(rows, x => Assert.True(double.IsFinite(double.Parse(x["estimate"], CultureInfo.InvariantCulture)), x["estimate"]));
        var md = CliRunner.Run(Args("--format", "md"));
        Assert.True(md.ExitCode == 0, md.Error);
        Assert.Contains("| Country | Industry | Exports | BP | FP | GDPpc | F | R², % |", md.Output);
    }

    /// <summary>Gross exports (intermediate + final) of <paramref name="country"/>'s industries <paramref name="codes"/> to
    /// the economies that <paramref name="to"/> accepts, summed from the table's cells.</summary>
    private static double Exports(IcioTable t, string country, string[] codes, Func<string, bool> to)
    {
        var k = t.SectorCount;
        var rows = codes.Select(code => t.CountryIndex(country) * k + t.SectorIndex(code)).ToArray();
        double sum = 0;
        foreach (var i in rows)
        {
            for (var j = 0; j < t.Size; j++)
                if (to(t.Regions[j / k]))
                    sum += t.Z(i, j);
            for (var c = 0; c < t.CountryCount; c++)
                if (to(t.Countries[c]))
                    sum += t.Y(i, c);
        }
        return sum;
    }

    [Fact]
    public void Mutual_is_to_the_other_members_in_the_table_and_external_to_everyone_else()
    {
        var seriesPath = Path.Combine(CliRunner.TempFolder(), "panel.csv");
        var r = CliRunner.Run(Args("--series-out", seriesPath, "--out", Path.Combine(CliRunner.TempFolder(), "coef.csv")));
        Assert.True(r.ExitCode == 0, r.Error);
        var (_, panel) = CliRunner.ReadCsv(File.ReadAllText(seriesPath));
        Assert.Equal(3 * 4 * 6, panel.Count);
        var table = OecdIcioLayout.Read(Path.Combine(Series.Value, "2018_SML.csv"), 2018);
        // EAEU since 2015: ARM, BLR, KAZ, KGZ, RUS; ARM and KGZ are not OECD ICIO economies (inside ROW), so their trade is external.
        string[] eaeu = ["BLR", "KAZ", "RUS"];
        var industries = new Dictionary<string, string[]>
        {
            ["total-manufacturing"] = ["C10T12", "C20", "C21", "C26", "C29", "C30", "C31T33"],
            ["chemicals"] = ["C20"],
            ["electronics"] = ["C26"],
            ["transport"] = ["C29", "C30"],
        };
        foreach (var member in eaeu)
            foreach (var (sector, codes) in industries)
            {
                var row = panel.Single(x => x["country"] == member && x["sector"] == sector && x["year"] == "2018");
                var mutual = Exports(table, member, codes, e => e != member && eaeu.Contains(e));
                var external = Exports(table, member, codes, e => !eaeu.Contains(e));
                Assert.Equal(mutual, double.Parse(row["ex_mutual"], CultureInfo.InvariantCulture), mutual * 1e-9);
                Assert.Equal(external, double.Parse(row["ex_external"], CultureInfo.InvariantCulture), external * 1e-9);
            }
    }

    [Fact]
    public void Tiva_ids_and_2021_codes_name_the_same_industries_and_pharmaceuticals_are_an_option()
    {
        string Panel(string sectors)
        {
            var path = Path.Combine(CliRunner.TempFolder(), "panel.csv");
            var r = CliRunner.Run(Args("--sectors", sectors, "--series-out", path, "--out", Path.Combine(CliRunner.TempFolder(), "c.csv")));
            Assert.True(r.ExitCode == 0, r.Error);
            return File.ReadAllText(path);
        }
        var (_, named) = CliRunner.ReadCsv(Panel("electronics,pharmaceuticals"));
        var (_, byId) = CliRunner.ReadCsv(Panel("D26,21"));
        var (_, byCode) = CliRunner.ReadCsv(Panel("C26,C21"));
        Assert.Equal(
            named.Where(x => x["sector"] == "electronics").Select(x => x["ex_mutual"] + x["bp"]),
            byId.Where(x => x["sector"] == "D26").Select(x => x["ex_mutual"] + x["bp"])
        );
        Assert.Equal(
            named.Where(x => x["sector"] == "pharmaceuticals").Select(x => x["ex_external"] + x["fp"]),
            byCode.Where(x => x["sector"] == "C21").Select(x => x["ex_external"] + x["fp"])
        );
    }

    [Fact]
    public void Without_years_the_oecd_layout_asks_for_the_2023_edition_years_1995_to_2020()
    {
        var args = Args().ToList();
        args.RemoveRange(args.IndexOf("--years"), 2);
        var r = CliRunner.Run([.. args]);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.ErrorLines);
        Assert.Contains("1995", line);
        Assert.Contains("no table for this year", line);
    }

    [Theory]
    [InlineData("--countries", "BLR,KAZ,ARM", "ARM")]
    [InlineData("--group", "BLR,KAZ,KGZ", "KGZ")]
    [InlineData("--years", "2014-2020", "2014")]
    [InlineData("--years", "2015-2021", "2021")]
    public void A_member_or_a_year_missing_from_the_tables_is_one_line_and_exit_2(string option, string value, string named)
    {
        var args = Args().ToList();
        args[args.IndexOf(option) + 1] = value;
        var r = CliRunner.Run([.. args]);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.ErrorLines);
        Assert.Contains(named, line);
        Assert.Equal("", r.Output);
    }
}
