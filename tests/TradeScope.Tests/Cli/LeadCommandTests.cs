using System.Globalization;
using TradeScope.Data.Products;
using TradeScope.Model;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>tradescope lead</c> and <c>--db/--products</c> on a store filled from a generated BACI file, checked
/// against sums computed here from the file's own rows (not through the store).</summary>
public sealed class LeadCommandTests : IDisposable
{
    private readonly string _folder = CliRunner.TempFolder();
    private readonly string _store;
    private readonly List<(int Year, string Exporter, string Importer, string Product, double Value)> _rows = [];

    public LeadCommandTests()
    {
        var file = Path.Combine(_folder, SyntheticBaci.FileName(HsRevision.Hs2002, 2015).Replace("Y2015", "Y2015-2021"));
        SyntheticBaci.WriteFile(file, new SyntheticBaciOptions(25, 400, [2015, 2021], Seed: 7, Density: 0.2));
        var iso3 = SyntheticBaci.Countries(25).ToDictionary(c => c.Code.ToString(CultureInfo.InvariantCulture), c => c.Iso3);
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var f = line.Split(',');
            var value = double.Parse(f[4], CultureInfo.InvariantCulture) * 1000;
            _rows.Add((int.Parse(f[0], CultureInfo.InvariantCulture), iso3[f[1]], iso3[f[2]], f[3].PadLeft(6, '0'), value));
        }
        _store = Path.Combine(_folder, "store.duckdb");
        var import = CliRunner.Run("import", "--source", "baci", file, "--db", _store);
        Assert.True(import.ExitCode == 0, import.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Eaeu = ["ARM", "BLR", "KAZ", "KGZ", "RUS"];

    private static bool Chemicals(string product) => int.Parse(product[..2], CultureInfo.InvariantCulture) is >= 28 and <= 38;

    private double Sum(int year, string exporter, bool mutual, bool chemicalsOnly) =>
        _rows
            .Where(r => r.Year == year && r.Exporter == exporter && (!chemicalsOnly || Chemicals(r.Product)))
            .Where(r => !mutual || (Eaeu.Contains(r.Importer) && r.Importer != exporter))
            .Sum(r => r.Value);

    [Fact]
    public void Lead_coefficients_of_every_member_and_the_bloc_match_sums_of_the_file()
    {
        var run = CliRunner.Run("lead", "--bloc", "EAEU", "--from", "2015", "--to", "2021", "--by", "hs-section", "--db", _store);
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        Assert.Equal(6 * 21, rows.Count); // five members and the bloc × 21 HS sections
        foreach (var member in Eaeu)
        {
            var row = rows.Single(r => r["member"] == member && r["group"] == "VI");
            var (m0, m1) = (Sum(2015, member, true, true), Sum(2021, member, true, true));
            var (g0, g1) = (Sum(2015, member, false, true), Sum(2021, member, false, true));
            var (mAll0, mAll1) = (Sum(2015, member, true, false), Sum(2021, member, true, false));
            var (gAll0, gAll1) = (Sum(2015, member, false, false), Sum(2021, member, false, false));
            Assert.Equal(m0, Value(row, "mutual_t0"), m0 * 1e-12);
            Assert.Equal(g1, Value(row, "total_t1"), g1 * 1e-12);
            var kA = m1 / m0 / (g1 / g0);
            var kB = m1 / mAll1 / (m0 / mAll0) / (g1 / gAll1 / (g0 / gAll0));
            Assert.Equal(kA, Value(row, "k_a"), 1e-9);
            Assert.Equal(kB, Value(row, "k_b"), 1e-9);
        }
        var bloc = rows.Single(r => r["member"] == "EAEU" && r["group"] == "VI");
        var blocMutual = Eaeu.Sum(m => Sum(2021, m, true, true));
        Assert.Equal(blocMutual, Value(bloc, "mutual_t1"), blocMutual * 1e-12);
    }

    [Fact]
    public void Indices_on_product_filtered_data_use_exports_of_those_products_only()
    {
        var run = CliRunner.Run("indices", "--reporter", "KAZ", "--year", "2021", "--db", _store, "--products", "hs-section:VI");
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var china = rows.Single(r => r["partner_iso3"] == "CHN");
        var expected = _rows
            .Where(r => r.Year == 2021 && r.Exporter == "KAZ" && r.Importer == "CHN" && Chemicals(r.Product))
            .Sum(r => r.Value);
        Assert.Equal(expected, Value(china, "exports"), expected * 1e-12);
    }

    [Theory]
    [InlineData("--from", "2021", "--to", "2015", "--to 2015")]
    [InlineData("--from", "2015", "--to", "2030", "2030")]
    [InlineData("--bloc", "RUS", "--to", "2021", "--bloc RUS")]
    public void Bad_requests_are_one_line_and_exit_2(string option, string value, string option2, string value2, string mentioned)
    {
        var args = new Dictionary<string, string>
        {
            ["--bloc"] = "EAEU",
            ["--from"] = "2015",
            ["--to"] = "2021",
        };
        args[option] = value;
        args[option2] = value2;
        var run = CliRunner.Run(["lead", .. args.SelectMany(a => new[] { a.Key, a.Value }), "--db", _store]);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains(mentioned, run.Error);
        Assert.Equal("", run.Output);
    }

    private static double Value(Dictionary<string, string> row, string key) => double.Parse(row[key], CultureInfo.InvariantCulture);
}
