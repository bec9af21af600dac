using System.Globalization;
using System.IO.Compression;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.Data.Reference;
using TradeScope.Potential.ExportPotential;
using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>The export-potential indicator table: every bundled-data indicator on a four-country data set computed by hand,
/// and Russia's (and Kazakhstan's) sanctions exposure against the raw bundled Comtrade rows.</summary>
public sealed class PotentialIndicatorTableTests
{
    // 2021: RUS → AUT 30, CHN 60, IND 10 (total 100); imports of RUS as the others report them: AUT 10, CHN 40, IND 50.
    // 2019: RUS → AUT 20, CHN 50 (70); 2020: RUS → AUT 25, CHN 55 (IND not served).
    private const string Flows = """
        year,reporter_iso3,partner_iso3,value
        2019,RUS,AUT,20
        2019,RUS,CHN,50
        2019,AUT,RUS,5
        2019,IND,RUS,5
        2020,RUS,AUT,25
        2020,RUS,CHN,55
        2020,AUT,RUS,5
        2020,CHN,RUS,5
        2020,IND,RUS,5
        2021,RUS,AUT,30
        2021,RUS,CHN,60
        2021,RUS,IND,10
        2021,AUT,RUS,10
        2021,AUT,CHN,90
        2021,CHN,RUS,40
        2021,CHN,AUT,60
        2021,IND,RUS,50
        2021,IND,CHN,50
        """;

    private static PotentialIndicatorTable HandTable()
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, "flows.csv");
        File.WriteAllText(path, Flows);
        var trade = TradeFile.Load(path);
        var atlas = AtlasComplexity.Parse(
            new StringReader("year,location_code,eci_hs92\n2021,RUS,0.5\n"),
            "eci.csv",
            new StringReader("year,hs_product_code,product_complexity_index\n2021,0101,1.0\n"),
            "pci.csv"
        );
        var rta = RtaPairs.Parse(
            new StringReader("iso3_a,iso3_b,from,until,rta_id,type,rta_name\nCHN,RUS,2000-01-01,,1,FTA,Test\n"),
            "rta.csv"
        );
        var sanctions = PotentialIndicatorTables.Sanctions("RU_UNFRIENDLY", GroupRegistry.Default, 2021);
        var request = new PotentialDataRequest(2021, GrowthYears: 2, PersistenceYears: 3);
        return PotentialIndicatorTables.Compute(request, trade, atlas, rta, sanctions, products: null);
    }

    [Fact]
    public void Bundled_data_indicators_match_the_hand_computation()
    {
        var table = HandTable();
        Assert.Equal(["AUT", "CHN", "IND", "RUS"], table.Units);
        Assert.Equal(Math.Log(100), table.Value("RUS", PotentialFramework.ExportSize), 12);
        Assert.Equal(Math.Sqrt(100.0 / 70) - 1, table.Value("RUS", PotentialFramework.ExportGrowth), 12);
        Assert.Equal(0.09 + 0.36 + 0.01, table.Value("RUS", PotentialFramework.MarketHhi), 12);
        Assert.Equal(0.9, table.Value("RUS", PotentialFramework.Persistence), 12); // IND not served in 2020
        Assert.Equal(0.6, table.Value("RUS", PotentialFramework.FtaShare), 12); // CHN only
        Assert.Equal(0.3, table.Value("RUS", PotentialFramework.SanctionsExports), 12); // AUT is on the list
        Assert.Equal(0.1, table.Value("RUS", PotentialFramework.SanctionsImports), 12); // 10 of 100 mirrored
        Assert.Equal(0.5, table.Value("RUS", PotentialFramework.Eci), 12);
    }

    [Fact]
    public void Missing_values_carry_a_reason_and_are_never_zero()
    {
        var table = HandTable();
        var aut = table.Units.ToList().IndexOf("AUT");
        var chn = table.Units.ToList().IndexOf("CHN");
        var sanctions = table.IndexOf(PotentialFramework.SanctionsExports);
        Assert.True(double.IsNaN(table.Values[aut][sanctions]));
        Assert.Equal(PotentialReasons.SanctioningMember, table.Reasons[aut][sanctions]);
        Assert.Equal(PotentialReasons.NotInSource, table.Reasons[chn][table.IndexOf(PotentialFramework.Eci)]);
        // CHN's earlier years have no row (it reported nothing), so growth has no history.
        Assert.Equal(PotentialReasons.NoHistory, table.Reasons[chn][table.IndexOf(PotentialFramework.ExportGrowth)]);
        // Without a product store, the product indicators are not columns and the pillars say why.
        Assert.Equal(-1, table.IndexOf(PotentialFramework.RcaCount));
        var competitiveness = table.Pillars.Single(p => p.Pillar.Code == PotentialFramework.Competitiveness);
        Assert.False(competitiveness.Computed);
        Assert.Contains("product store", competitiveness.From.En, StringComparison.Ordinal);
        Assert.False(table.Pillars.Single(p => p.Pillar.Code == PotentialFramework.ValueChains).Computed);
    }

    /// <summary>The acceptance check: Russia's 2021 sanctions-exposure indicator equals the share of its 2021 exports that
    /// goes to the 430-r states, summed here from the raw rows of data/comtrade/exports_2021A.csv.gz and the members listed in
    /// data/ref/groups.csv (latest list), not through the library's readers. S19 ("Other Asia, nes") is Taiwan, as the
    /// reader's documented convention says (docs/methods/trade-indices.md#conventions).</summary>
    [Theory]
    [InlineData("RUS")]
    [InlineData("KAZ")]
    public void Sanctions_exposure_equals_the_share_summed_from_the_raw_bundled_rows(string country)
    {
        var root = ReadmeCommandsTests.RepositoryRoot();
        var members = File.ReadLines(Path.Combine(root, "data", "ref", "groups.csv"))
            .Select(SplitCsv)
            .Where(f => f[0] == "RU_UNFRIENDLY" && f[5].Length == 0)
            .Select(f => f[3])
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("USA", members);
        Assert.True(members.Count > 40);
        double world = double.NaN,
            toGroup = 0;
        using (
            var gz = new GZipStream(
                File.OpenRead(Path.Combine(root, "data", "comtrade", "exports_2021A.csv.gz")),
                CompressionMode.Decompress
            )
        )
        using (var reader = new StreamReader(gz))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var f = SplitCsv(line);
                if (f[2].Trim() != country)
                    continue;
                var partner = f[5].Trim() == "S19" ? "TWN" : f[5].Trim();
                var value = double.Parse(f[7], CultureInfo.InvariantCulture);
                if (partner == "W00")
                    world = value;
                else if (members.Contains(partner))
                    toGroup += value;
            }
        }
        var expected = toGroup / world;
        Assert.InRange(expected, 0.05, 0.95);
        var table = PotentialIndicatorTables.FromData(new PotentialDataRequest(2021));
        Assert.Equal(expected, table.Value(country, PotentialFramework.SanctionsExports), 10);
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        fields.Add(current.ToString());
        return [.. fields];
    }
}
